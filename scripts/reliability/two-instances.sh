#!/usr/bin/env bash
# Two backend instances on one database behave as one (CONVENTIONS: no state that matters kept in memory):
#   50 concurrent creates with ONE Idempotency-Key spread over both -> one record, every answer 201 with its id
#   (a 409 idempotency-in-progress is the documented answer if the first holder rolled back; counted, not expected);
#   N concurrent PUTs of that record with one If-Match spread over both -> exactly one 200, the rest 412, and the
#   database holds the winner's version.
# Prints: RELIABILITY two-instances creates=50 records=1 updates=<n> won=1   (exit 1 on any violation)
# Environment: TWO_DB (thidua_two_instances), TWO_PORTS ("8320 8321"), TWO_CREATES (50), TWO_UPDATES (20), DB_* as everywhere.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
. "$SCRIPTS_DIR/reliability/lib.sh"

TWO_DB="${TWO_DB:-thidua_two_instances}"
read -r PORT_A PORT_B <<<"${TWO_PORTS:-8320 8321}"
CREATES="${TWO_CREATES:-50}"
UPDATES="${TWO_UPDATES:-20}"
WORK="$DATA_DIR/reliability/two-instances"
pid_a=""
pid_b=""
trap 'stop_group "$pid_a"; stop_group "$pid_b"' EXIT

"$SCRIPTS_DIR/db.sh" ensure
"$SCRIPTS_DIR/keys.sh"
ensure_jar
rm -rf "$WORK"
fresh_db "$TWO_DB"

# The first instance migrates and loads the demo data; the second starts on the finished schema.
say "two instances on $TWO_DB: :$PORT_A and :$PORT_B"
start_backend pid_a "$PORT_A" "$TWO_DB" "$WORK/attachments" "$LOG_DIR/two-instances-a.log" APP_DEMO_DATA=true
wait_ready "$pid_a" "$PORT_A" 180 "$LOG_DIR/two-instances-a.log"
start_backend pid_b "$PORT_B" "$TWO_DB" "$WORK/attachments" "$LOG_DIR/two-instances-b.log"
wait_ready "$pid_b" "$PORT_B" 180 "$LOG_DIR/two-instances-b.log"

token="$(login "http://127.0.0.1:$PORT_A" canbo.xa)"
title="Giao lưu hai máy chủ $$-$RANDOM"
summary="$(node "$REL_DIR/two-instances.mjs" "$token" "http://127.0.0.1:$PORT_A" "http://127.0.0.1:$PORT_B" \
  "$CREATES" "$UPDATES" "$title")"
say "$summary"
field() { node -e 'const s=JSON.parse(process.argv[1]);const v=eval("s."+process.argv[2]);console.log(typeof v==="object"?JSON.stringify(v):v)' "$summary" "$1"; }

q() { "$SCRIPTS_DIR/db.sh" sql "$TWO_DB" -e "$1"; }
esc="${title//\'/\'\'}"
records="$(q "SELECT COUNT(*) FROM activity WHERE title = '$esc' OR title LIKE '$esc — sửa %'")"
keys="$(q "SELECT COUNT(*) FROM idempotency_record WHERE location LIKE '%/activities/%' AND body LIKE '%$esc%'")"
created201="$(field 'createStatuses["201"]||0')"
ids="$(field 'ids.length')"
won="$(field won)"
stale="$(field 'statuses["412"]||0')"
violations=()
[[ "$records" == 1 ]] || violations+=("records=$records (one expected)")
[[ "$keys" == 1 ]] || violations+=("idempotency rows=$keys (one expected)")
[[ "$ids" == 1 ]] || violations+=("distinct ids answered=$ids (one expected)")
[[ "$(field 'createOdd.length')" == 0 ]] || violations+=("unexpected create answers: $(field createOdd)")
((created201 + $(field inProgress) == CREATES)) || violations+=("creates answered 201: $created201 of $CREATES")
[[ "$(field replayed)" == "$((created201 - 1))" ]] || violations+=("replayed answers: $(field replayed) of $((created201 - 1))")
[[ "$won" == 1 ]] || violations+=("PUTs answered 200: $won (exactly one expected)")
((stale == UPDATES - 1)) || violations+=("PUTs answered 412: $stale of $((UPDATES - 1)) expected")
if [[ "$ids" == 1 ]]; then
  id="$(field 'ids[0]')"
  etag="$(field etag)"
  version="$(q "SELECT version FROM activity WHERE id = $id")"
  stored="$(q "SELECT title FROM activity WHERE id = $id")"
  audits="$(q "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'activity' AND entity_id = $id AND action = 'UPDATE'")"
  # no lost update: the row is the winner's, one version further, with one audit entry for it
  [[ "$stored" == "$(field winnerTitle)" ]] || violations+=("stored title '$stored' is not the winner's")
  matched="$(tr -dc 0-9 <<<"$etag")"
  [[ "$version" == "$((matched + 1))" ]] || violations+=("version $version is not the If-Match $etag plus one")
  [[ "$audits" == 1 ]] || violations+=("UPDATE audit entries=$audits (one expected)")
fi

reliability two-instances "creates=$CREATES" "records=$records" "updates=$UPDATES" "won=$won" "stale=$stale" \
  "in_progress=$(field inProgress)"
if ((${#violations[@]})); then
  printf 'violation: %s\n' "${violations[@]}" >&2
  exit 1
fi
