# movements: the movement list as the SPA's filters ask for it — movements active in 2025 (started by 31/12/2025,
# not ended before 01/01/2025) with status ACTIVE, default sort (startDate,desc), a page of 20, as admin.
# JDBC ceiling: MovementListCeiling "movements" — the page, its count, the launching units' and the tied
# campaigns' names (MovementService.list, as Hibernate issues them).
SCN_AUTH=admin
SCN_CEILING=movements
SCN_TARGETS="ratio>=0.5;p99<100"
scn_prepare() {
  table_exists movement || { skip "no movement table yet"; return; }
  BENCH_PATH="/api/v1/movements?year=2025&status=ACTIVE&page=0&size=20"
  SCN_CEILING_ARGS=(--year 2025 --status ACTIVE --size 20)
}
