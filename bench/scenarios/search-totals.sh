# search-totals: the totals row of the search above (q="tặng quà", the whole province, the 2023 reporting year),
# GET /api/v1/activities/totals, which the SPA asks for beside the page. It reads every match: ~49,000 of the
# ~200,000 activities of the year.
# JDBC ceiling: ActivityListCeiling "search-totals" — RecordSearch's probe of the newest 1,000 rows, then the sums
# (a scan with LIKE, as the words are common; MATCH when they are rare). Heavy (a quarter of a year of the province
# summed per request) like the docx: 4 connections, not 32 (at 32 each waits ~5 s and the pool's waits give 503s).
SCN_AUTH=admin
SCN_CONNECTIONS=4
SCN_CEILING=search-totals
SCN_TARGETS="ratio>=0.5"
scn_prepare() {
  table_exists activity || { skip "no activity table yet"; return; }
  BENCH_PATH="/api/v1/activities/totals?q=t%E1%BA%B7ng%20qu%C3%A0&period=2023"
  SCN_CEILING_ARGS=(--org-unit "$ROOT_ORG_ID" --period 2023 --q "tặng quà")
}
