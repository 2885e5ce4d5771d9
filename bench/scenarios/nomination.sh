# nomination: one nomination with its history, as the SPA's detail page reads it — GET /api/v1/nominations/{id}
# and GET /api/v1/nominations/{id}/history of the same nomination, alternately (nomination.lua: each wrk thread
# asks for a random nomination's detail, then its history), among 200 random nominations so that not one cached
# row is read. Admin sees the whole province. rps counts both requests.
# JDBC ceiling: NominationCeiling "nomination" — the statements of both requests (docs/nominations.md), alternately.
SCN_AUTH=admin
SCN_CEILING=nomination
SCN_TARGETS="ratio>=0.5;p99<100"
SCN_LUA=nomination.lua
scn_prepare() {
  table_exists nomination || { skip "no nomination table yet"; return; }
  BENCH_IDS="$(sql "select id from nomination order by rand(1) limit 200" | paste -sd, -)"
  [[ -n "$BENCH_IDS" ]] || { skip "no nominations generated"; return; }
  export BENCH_IDS
  BENCH_PATH="/api/v1/nominations/{id}"
  SCN_CEILING_ARGS=(--ids "$BENCH_IDS")
}
