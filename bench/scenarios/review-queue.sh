# review-queue: the provincial officer's queue — nominations waiting for review (status=SUBMITTED) first submitted
# in the open 2026 reporting year (15/12/2025 – 14/12/2026), the whole province (no orgUnitId: the officer's root),
# default sort (id,desc), a page of 20, as a generated provincial officer at the root.
# JDBC ceiling: ReviewQueueCeiling "review-queue" — the page, its count and the page's unit names
# (docs/nominations.md, as Hibernate issues them).
SCN_AUTH=officer
SCN_CEILING=review-queue
SCN_TARGETS="ratio>=0.5;p99<100"
scn_prepare() {
  table_exists nomination || { skip "no nomination table yet"; return; }
  [[ -n "$OFFICER_TOKEN" ]] || { skip "no generated provincial officer at the root"; return; }
  BENCH_PATH="/api/v1/nominations?status=SUBMITTED&period=2026&page=0&size=20"
  SCN_CEILING_ARGS=(--org-unit "$ROOT_ORG_ID" --status SUBMITTED --period 2026 --size 20)
}
