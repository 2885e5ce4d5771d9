# docx: the provincial annual report (2024) exported as the Word document offices file.
SCN_AUTH=admin
SCN_CEILING=""
SCN_TARGETS="p95<1000"
scn_prepare() {
  table_exists report || { skip "no report table yet"; return; }
  local id
  id="$(sql "select id from report where org_unit_id = $ROOT_ORG_ID and period = '2024' limit 1")"
  [[ -n "$id" ]] || { skip "no provincial 2024 report generated"; return; }
  BENCH_PATH="/api/v1/reports/$id/export?format=docx"
}
