# create: POST /api/v1/activities (a small GIFT_VISIT) as a generated branch officer into their own commune, each
# request with a fresh Idempotency-Key (thread + counter, create.lua). No JDBC ceiling.
# Afterwards (scn_after): no duplicates — the officer's activity rows equal their completed idempotency keys and
# are not fewer than the 201s wrk saw; and 20 concurrent requests with ONE key and a unique title leave exactly
# one row. Prints `BENCH create-duplicates n=<rows too many>`; a duplicate fails the run (it is a bug, not a target).
SCN_AUTH=user
SCN_CEILING=""
SCN_TARGETS="p99<50"
SCN_LUA=create.lua
# at SCALE=1 on 2 cores the create climbed for ~200 s of load (130 → 190 → 246 → … → 367 → 363 → 362, where the
# three-round rule stopped at 110 s and measured 406 creates/s, p99 231 ms; ~520 once compiled)
SCN_WARMUP_MIN=210
unset BENCH_DELAY_MS # create-paced.sh sets it after sourcing this file
create_body() {
  printf '{"type":"GIFT_VISIT","title":"%s","startDate":"2026-11-20","endDate":"2026-11-20","location":"Nhà văn hóa ấp Long Hòa","orgUnitId":%s,"participants":12,"beneficiaries":40,"giftCount":40,"giftCashVnd":12000000,"giftInKindVnd":8000000,"description":"Bench"}' \
    "$1" "$USER_ORG_ID"
}
scn_prepare() {
  table_exists activity || { skip "no activity table yet"; return; }
  BENCH_METHOD=POST
  BENCH_PATH="/api/v1/activities"
  BENCH_BODY="$(create_body "Thăm hỏi, tặng quà hộ nghèo (bench)")"
}
scn_after() {
  local rows keys created=0 f
  for f in "$WORK_DIR/create.warm.created" "$WORK_DIR/create.out.created"; do
    [[ -s "$f" ]] && created=$((created + $(cat "$f")))
  done
  # requests wrk left in flight still run on the server: wait until none of the officer's keys is in progress
  local busy i
  for i in $(seq 120); do
    busy="$(sql "select count(*) from idempotency_record where principal = '$USER_NAME' and status = 0")"
    [[ "$busy" == 0 ]] && break
    sleep 0.5
  done
  read -r rows keys < <(sql "select (select count(*) from activity where created_by = '$USER_NAME'
    and title = 'Thăm hỏi, tặng quà hộ nghèo (bench)'),
    (select count(*) from idempotency_record where principal = '$USER_NAME' and status = 201)")
  # every 201 made a row; a row more than the 201s is a request still in flight when a wrk run stopped (≤ connections
  # per run — each warm-up round and the measured run — plus the probe)
  local runs=2
  [[ -s "$WORK_DIR/create.runs" ]] && runs="$(cat "$WORK_DIR/create.runs")"
  local dup=$((rows - keys)) slack=$((runs * SCN_CONNECTIONS + 1))
  ((rows >= created)) || die "create: $rows rows for $created 201 responses (rows lost)"
  ((rows - created <= slack)) || dup=$((dup > rows - created - slack ? dup : rows - created - slack))

  # the same key sent 20 times at once: one row
  local title key codes
  title="Bench retry $(date +%s%N)"
  key="bench-retry-$RANDOM$RANDOM"
  for i in $(seq 20); do
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 60 -X POST -H "Authorization: Bearer $USER_TOKEN" \
      -H 'Content-Type: application/json' -H 'Accept: application/json' -H "Idempotency-Key: $key" \
      -d "$(create_body "$title")" "$BASE/api/v1/activities" >>"$WORK_DIR/retry.codes" &
  done
  wait
  codes="$(sort "$WORK_DIR/retry.codes" | uniq -c | awk '{ printf "%s%s×%s", sep, $2, $1; sep = " " }')"
  local retry_rows
  retry_rows="$(sql "select count(*) from activity where title = '$title'")"
  say "  (create: $rows rows, $keys completed keys, $created 201s seen by wrk; same key ×20 → $codes, $retry_rows row(s))"
  ((retry_rows >= 1)) || die "create: 20 requests with one key stored no row (answers: $codes)"
  dup=$((dup + retry_rows - 1))
  echo "BENCH create-duplicates n=$dup"
  ((dup == 0)) || die "create: $dup duplicate row(s) for one Idempotency-Key"
}
