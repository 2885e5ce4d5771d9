# docx: the provincial annual report (2025) exported as the Word document offices file. The report is filed
# through the API first, as a generated provincial officer at the root: POST /api/v1/reports, then SUBMIT (which
# freezes its figures). The export is heavy (POI): 4 connections, not 32. No JDBC ceiling.
SCN_AUTH=admin
SCN_CEILING=""
SCN_TARGETS="p95<1000"
SCN_CONNECTIONS=4
SCN_NOTE="4 connections"
scn_prepare() {
  table_exists report || { skip "no report table yet"; return; }
  local officer token id code
  officer="$(sql "select username from user_account where role = 'PROVINCIAL_OFFICER' and org_unit_id = $ROOT_ORG_ID
    and active order by id limit 1")"
  [[ -n "$officer" ]] || die "docx: no generated provincial officer at the root"
  token="$(login_token "$officer")"
  [[ -n "$token" ]] || die "docx: the provincial officer $officer could not log in"
  id="$(sql "select id from report where org_unit_id = $ROOT_ORG_ID and period_code = '2025'")"
  if [[ -z "$id" ]]; then
    code="$(curl -s -o "$WORK_DIR/report.json" -w '%{http_code}' --max-time 60 -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' -H "Idempotency-Key: bench-report-$RANDOM$RANDOM" \
      -d "{\"orgUnitId\":$ROOT_ORG_ID,\"period\":\"2025\",\"signerName\":\"Nguyễn Thị Lan\",\"signerTitle\":\"Chủ tịch\"}" \
      "$BASE/api/v1/reports")"
    [[ "$code" == 201 ]] || die "docx: creating the 2025 provincial report answered $code: $(head -c 300 "$WORK_DIR/report.json")"
    id="$(sql "select id from report where org_unit_id = $ROOT_ORG_ID and period_code = '2025'")"
  fi
  [[ -n "$id" ]] || die "docx: no 2025 provincial report after creating it"
  if [[ "$(sql "select status from report where id = $id")" == DRAFT ]]; then
    code="$(curl -s -o "$WORK_DIR/submit.json" -w '%{http_code}' --max-time 120 -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' -d '{"action":"SUBMIT"}' "$BASE/api/v1/reports/$id/transitions")"
    [[ "$code" =~ ^2 ]] || die "docx: SUBMIT answered $code: $(head -c 300 "$WORK_DIR/submit.json")"
  fi
  BENCH_ACCEPT="application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  BENCH_PATH="/api/v1/reports/$id/export?format=docx"
}
