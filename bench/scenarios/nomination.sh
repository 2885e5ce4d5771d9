# nomination: one nomination with its history (random among 200 of them, so not one cached row).
SCN_AUTH=admin
SCN_CEILING=nomination
SCN_TARGETS="-"
scn_prepare() {
  table_exists nomination || { skip "no nomination table yet"; return; }
  BENCH_IDS="$(sql "select id from nomination order by rand(1) limit 200" | paste -sd, -)"
  [[ -n "$BENCH_IDS" ]] || { skip "no nominations generated"; return; }
  export BENCH_IDS
  BENCH_PATH="/api/v1/nominations/{id}/history"
}
