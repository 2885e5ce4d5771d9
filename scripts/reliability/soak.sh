#!/usr/bin/env bash
# `make soak`: faults under a read/write load, on a private MariaDB (port 3317) that this script may stop.
#   db-outage  the database is stopped (SIGTERM) for 20 s under load, then started again: the API answers 503
#              problems quickly (no hung request), readiness goes DOWN, and the service recovers by itself within
#              10 s of the database's return.
#   sigkill    the backend is killed with SIGKILL under load and restarted.
# After each: every write that got a 2xx is in the database, and nothing is half-written (an activity without its
# audit entries or its tally, an idempotency key left in progress).
# Prints: RELIABILITY soak-db-outage ... and RELIABILITY soak-sigkill ... (exit 1 on any violation).
# Environment: SOAK_DB_PORT (3317), SOAK_DB (thidua_soak), SOAK_PORT (8330), SOAK_WORKERS (6),
#   SOAK_OUTAGE_SECONDS (20), SOAK_WARMUP_SECONDS (8), SOAK_OBSERVE_SECONDS (20), SOAK_RECOVERY_LIMIT_MS (10000),
#   SOAK_MAX_MS (6000: slowest acceptable answer while the database is down).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
. "$SCRIPTS_DIR/reliability/lib.sh"

export DB_PORT="${SOAK_DB_PORT:-3317}" DB_HOST=127.0.0.1 DB_USER=root DB_PASSWORD=""
export DB_PRIVATE_DIR="$DATA_DIR/mariadb-soak"
SOAK_DB="${SOAK_DB:-thidua_soak}"
SOAK_PORT="${SOAK_PORT:-8330}"
WORKERS="${SOAK_WORKERS:-6}"
OUTAGE="${SOAK_OUTAGE_SECONDS:-20}"
WARMUP="${SOAK_WARMUP_SECONDS:-8}"
OBSERVE="${SOAK_OBSERVE_SECONDS:-20}"
RECOVERY_LIMIT="${SOAK_RECOVERY_LIMIT_MS:-10000}"
MAX_MS_LIMIT="${SOAK_MAX_MS:-6000}"
WORK="$DATA_DIR/reliability/soak"
LOG_PREFIX="$LOG_DIR/soak-backend"
starts=0
BASE="http://127.0.0.1:$SOAK_PORT"
backend_pid=""
load_pid=""
violations=()

now_ms() { date +%s%3N; }
mariadb_pid() { cat "$DB_PRIVATE_DIR/mariadb.pid" 2>/dev/null || true; }

cleanup() {
  [[ -n "$load_pid" ]] && kill "$load_pid" 2>/dev/null || true
  stop_group "$backend_pid"
  "$SCRIPTS_DIR/db.sh" stop-private || true
}
trap cleanup EXIT

port_in_use "$DB_PORT" && [[ -z "$(mariadb_pid)" ]] && die "port $DB_PORT is taken by a server this script did not start"
"$SCRIPTS_DIR/db.sh" private
"$SCRIPTS_DIR/keys.sh"
ensure_jar
rm -rf "$WORK"
mkdir -p "$WORK"
fresh_db "$SOAK_DB"

start_soak_backend() { # one log per start, so the killed instance's log stays readable
  starts=$((starts + 1))
  start_backend backend_pid "$SOAK_PORT" "$SOAK_DB" "$WORK/attachments" "$LOG_PREFIX-$starts.log" APP_DEMO_DATA=true
  wait_ready "$backend_pid" "$SOAK_PORT" 180 "$LOG_PREFIX-$starts.log"
}
say "backend on :$SOAK_PORT, database $SOAK_DB on the private MariaDB :$DB_PORT"
start_soak_backend
token="$(login "$BASE" canbo.xa)"

start_load() { # start_load PHASE_DIR
  mkdir -p "$1"
  node "$REL_DIR/soak-load.mjs" "$BASE" "$token" "$1" "$1/stop" "$WORKERS" soak &
  load_pid=$!
}
stop_load() { # stop_load PHASE_DIR
  touch "$1/stop"
  wait "$load_pid" || die "the load driver failed"
  load_pid=""
}

q() { "$SCRIPTS_DIR/db.sh" sql --default-character-set=utf8mb4 "$SOAK_DB" -e "$1"; }

# Half-written records: each query counts one kind; their sum is the number reported.
half_written() {
  local a b c d
  # an activity of the soak without the audit entry of its creation
  a="$(q "SELECT COUNT(*) FROM activity x WHERE x.title LIKE 'soak %' AND NOT EXISTS (SELECT 1 FROM audit_event e
        WHERE e.entity_type = 'activity' AND e.entity_id = x.id AND e.action = 'CREATE')")"
  # a version bumped without its UPDATE audit entry, or an audit entry without its change (every soak PUT changes the title)
  b="$(q "SELECT COUNT(*) FROM activity x WHERE x.title LIKE 'soak %' AND x.version <> (SELECT COUNT(*) FROM audit_event e
        WHERE e.entity_type = 'activity' AND e.entity_id = x.id AND e.action = 'UPDATE')")"
  # an idempotency key whose request never finished (it commits with the record, so it must not exist)
  c="$(q "SELECT COUNT(*) FROM idempotency_record WHERE status = 0")"
  # a half-month tally that disagrees with the activities it counts (all of them, the demo data's too)
  d="$(q "SELECT COUNT(*) FROM (SELECT org_unit_id, bucket, type, status FROM (
          SELECT org_unit_id, IF(DAY(start_date) < 15, DATE_FORMAT(start_date, '%Y-%m-01'), DATE_FORMAT(start_date, '%Y-%m-15')) AS bucket,
                 type, status, 1 AS r, COALESCE(participants, 0) AS p, COALESCE(beneficiaries, 0) AS b,
                 COALESCE(gift_count, 0) AS g, COALESCE(gift_cash_vnd, 0) AS c, COALESCE(gift_in_kind_vnd, 0) AS k FROM activity
          UNION ALL
          SELECT org_unit_id, DATE_FORMAT(bucket, '%Y-%m-%d'), type, status, -records, -participants, -beneficiaries,
                 -gift_count, -gift_cash_vnd, -gift_in_kind_vnd FROM activity_tally) u
        GROUP BY org_unit_id, bucket, type, status
        HAVING SUM(r) <> 0 OR SUM(p) <> 0 OR SUM(b) <> 0 OR SUM(g) <> 0 OR SUM(c) <> 0 OR SUM(k) <> 0) bad")"
  say "half-written checks: no create audit=$a, version/audit mismatch=$b, idempotency in progress=$c, tally mismatch=$d"
  echo $((a + b + c + d))
}

judge() { # judge PART PHASE_DIR -> the RELIABILITY line; sets RESULT_<key> for the checks
  local part="$1" dir="$2" result hw
  q "SELECT id, version, title, participants, start_date FROM activity WHERE title LIKE 'soak %'" >"$dir/rows.tsv"
  hw="$(half_written)"
  result="$(node "$REL_DIR/soak-check.mjs" "$dir" "$dir/rows.tsv" "$hw")"
  reliability "$part" "$result"
  local kv
  for kv in $result; do printf -v "RESULT_${kv%%=*}" '%s' "${kv#*=}"; done
  [[ "$RESULT_missing" == 0 ]] || violations+=("$part: $RESULT_missing acknowledged writes missing")
  [[ "$RESULT_half_written" == 0 ]] || violations+=("$part: $RESULT_half_written half-written records")
  [[ "$RESULT_hung" == 0 ]] || violations+=("$part: $RESULT_hung requests hung")
  [[ "$RESULT_other_5xx" == 0 ]] || violations+=("$part: $RESULT_other_5xx answers 5xx other than 503")
  ((RESULT_recovery_ms <= RECOVERY_LIMIT)) || violations+=("$part: recovered after $RESULT_recovery_ms ms (> $RECOVERY_LIMIT)")
  ((RESULT_ready_ms >= 0 && RESULT_ready_ms <= RECOVERY_LIMIT)) || violations+=("$part: readiness UP again after $RESULT_ready_ms ms (-1: never)")
  ((RESULT_acknowledged_writes > 0)) || violations+=("$part: no write was acknowledged: the load did not run")
}

# ---- 1. the database stops for OUTAGE seconds under load
phase="$WORK/db-outage"
start_load "$phase"
sleep "$WARMUP"
pid="$(mariadb_pid)"
[[ -n "$pid" ]] || die "no pid file for the private MariaDB"
fault="$(now_ms)"
say "db-outage: SIGTERM to the private MariaDB (pid $pid) for ${OUTAGE}s"
kill -TERM "$pid"
while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
say "db-outage: MariaDB stopped after $(($(now_ms) - fault)) ms"
left=$((OUTAGE * 1000 - ($(now_ms) - fault)))
((left <= 0)) || sleep "$((left / 1000)).$(printf '%03d' $((left % 1000)))"
"$SCRIPTS_DIR/db.sh" private
back="$(now_ms)"
say "db-outage: MariaDB answers again after $((back - fault)) ms; observing for ${OBSERVE}s"
printf '{"fault": %s, "back": %s}\n' "$fault" "$back" >"$phase/marks.json"
sleep "$OBSERVE"
stop_load "$phase"
judge soak-db-outage "$phase"
[[ "$RESULT_ready_down" == 1 ]] || violations+=("soak-db-outage: readiness did not go DOWN during the outage")
((RESULT_503s > 0)) || violations+=("soak-db-outage: no 503 during the outage: the outage was not seen")
((RESULT_max_ms <= MAX_MS_LIMIT)) || violations+=("soak-db-outage: an answer took $RESULT_max_ms ms during the outage (> $MAX_MS_LIMIT)")

# ---- 2. the backend is killed with SIGKILL under load and restarted
phase="$WORK/sigkill"
start_load "$phase"
sleep "$WARMUP"
fault="$(now_ms)"
say "sigkill: SIGKILL to the backend (process group $backend_pid)"
kill -KILL -- "-$backend_pid"
wait "$backend_pid" 2>/dev/null || true
backend_pid=""
start_soak_backend
back="$(now_ms)"
say "sigkill: the backend is ready again after $((back - fault)) ms; observing for ${OBSERVE}s"
printf '{"fault": %s, "back": %s}\n' "$fault" "$back" >"$phase/marks.json"
sleep "$OBSERVE"
stop_load "$phase"
judge soak-sigkill "$phase"

if ((${#violations[@]})); then
  printf 'violation: %s\n' "${violations[@]}" >&2
  exit 1
fi
say "soak: no violation"
