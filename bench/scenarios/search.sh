# search: q= over activities, diacritics and case ignored ("tặng quà" finds "Tặng quà", "TANG QUA"), page of 20.
SCN_AUTH=admin
SCN_CEILING=search
SCN_TARGETS="ratio>=0.5;p99<100"
scn_prepare() {
  table_exists activity || { skip "no activity table yet"; return; }
  BENCH_PATH="/api/v1/activities?q=t%E1%BA%B7ng%20qu%C3%A0&page=0&size=20"
}
