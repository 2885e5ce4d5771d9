# trivial: GET /api/v1/ping, no auth, no database — the HTTP stack's ceiling for every other scenario.
SCN_AUTH=none
SCN_CEILING=""
SCN_TARGETS="-"
scn_prepare() {
  BENCH_PATH="/api/v1/ping"
}
