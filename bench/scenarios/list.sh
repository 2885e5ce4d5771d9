# list: the activities of one busy pre-2025 district's subtree in the 2023 reporting year (15/12/2022 –
# 14/12/2023), a page of 20, newest first, as the province browses them (admin sees everything).
# JDBC ceiling: ActivityListCeiling "list" — the totals row, the page's ids and the page's rows (docs/activities.md).
SCN_AUTH=admin
SCN_CEILING=list
SCN_TARGETS="ratio>=0.5;p99<100"
scn_prepare() {
  table_exists activity || { skip "no activity table yet"; return; }
  local district
  # the district with the most activities in the period (Zipf: one of its communes is among the busiest)
  district="$(sql "select c.ancestor_id from activity a join org_unit_closure c on c.descendant_id = a.org_unit_id
    join org_unit u on u.id = c.ancestor_id where u.level = 'DISTRICT'
    and a.start_date between '2022-12-15' and '2023-12-14' group by c.ancestor_id order by count(*) desc, 1 limit 1")"
  [[ -n "$district" ]] || district="$(sql "select id from org_unit where level = 'DISTRICT' order by id limit 1")"
  BENCH_PATH="/api/v1/activities?orgUnitId=$district&period=2023&page=0&size=20&sort=startDate,desc"
  SCN_CEILING_ARGS=(--org-unit "$district" --period 2023 --size 20)
}
