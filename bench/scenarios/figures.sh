# figures: the province's live figures for the 2025 reporting year (15/12/2024 – 14/12/2025, the year of the
# merger: the nine districts, the departments and the new communes are all children with a row).
# JDBC ceiling: FiguresCeiling — the sections (activities per type, communications per channel), the children
# active in the period and their per-subtree sums, as SqlFigures and FiguresService run them.
SCN_AUTH=admin
SCN_CEILING=figures
SCN_TARGETS="p95<300"
scn_prepare() {
  table_exists activity || { skip "no activity table yet"; return; }
  BENCH_PATH="/api/v1/figures?orgUnitId=$ROOT_ORG_ID&period=2025"
  SCN_CEILING_ARGS=(--org-unit "$ROOT_ORG_ID" --period 2025)
}
