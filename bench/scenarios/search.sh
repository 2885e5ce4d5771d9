# search: q="tặng quà" over the whole province's activities in the 2023 reporting year, a page of 20, newest first
# (diacritics and case ignored: it finds "Tặng quà", "tặng quà", "TANG QUA"). No orgUnitId: admin's root. The page
# alone (totals=false), as the SPA asks for it; the totals row is its own request (search-totals).
# JDBC ceiling: ActivityListCeiling "search" — RecordSearch.pageIds' statements (LIKE per word over the newest rows
# of the filtered set, the full-text way when they do not fill the page) and the page's rows.
SCN_AUTH=admin
SCN_CEILING=search
SCN_TARGETS="ratio>=0.5;p99<100"
scn_prepare() {
  table_exists activity || { skip "no activity table yet"; return; }
  BENCH_PATH="/api/v1/activities?q=t%E1%BA%B7ng%20qu%C3%A0&period=2023&page=0&size=20&sort=startDate,desc&totals=false"
  SCN_CEILING_ARGS=(--org-unit "$ROOT_ORG_ID" --period 2023 --q "tặng quà" --size 20)
}
