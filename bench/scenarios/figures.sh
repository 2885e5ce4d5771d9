# figures: the province's figures for one year (everything under the root, period 2024).
SCN_AUTH=admin
SCN_CEILING=figures
SCN_TARGETS="p95<300"
scn_prepare() {
  BENCH_PATH="/api/v1/figures?orgUnitId=$ROOT_ORG_ID&period=2024"
}
