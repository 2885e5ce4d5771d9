# org-units: GET /api/v1/org-units?size=20&sort=name,asc as admin — the first page of the whole tree by name
# and its count. JDBC ceiling: OrgUnitsCeiling (the same two queries).
SCN_AUTH=admin
SCN_CEILING=org-units
SCN_TARGETS="ratio>=0.5;p99<100"
scn_prepare() {
  BENCH_PATH="/api/v1/org-units?size=20&sort=name,asc"
}
