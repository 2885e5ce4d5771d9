# list: the activities of one district's subtree in one period, a page of 20, newest first (as a provincial
# officer would browse them). JDBC ceiling: ListCeiling in bench/java (to be written with the feature).
SCN_AUTH=admin
SCN_CEILING=list
SCN_TARGETS="ratio>=0.5;p99<100"
scn_prepare() {
  table_exists activity || { skip "no activity table yet"; return; }
  local district
  district="$(sql "select id from org_unit where level = 'DISTRICT' order by id limit 1")"
  BENCH_PATH="/api/v1/activities?orgUnitId=$district&period=2023&page=0&size=20&sort=startDate,desc"
}
