#!/usr/bin/env bash
# Production start-up guard: on an empty database and without APP_BOOTSTRAP_ADMIN_PASSWORD, the built
# service must refuse to start and say what to set. Run after the jar is built (scripts/test.sh does).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

db="thidua_bootstrap_check"
port="${BOOTSTRAP_CHECK_PORT:-8191}"
log="$LOG_DIR/bootstrap-check.log"
[[ -f "$BACKEND_JAR" ]] || die "$BACKEND_JAR is missing"
"$SCRIPTS_DIR/db.sh" drop "$db"
"$SCRIPTS_DIR/db.sh" create "$db"
mkdir -p "$LOG_DIR"
mapfile -t benv < <(backend_env "$port" "$db" | grep -v '^APP_BOOTSTRAP_ADMIN_PASSWORD=')
set +e
env -u APP_BOOTSTRAP_ADMIN_PASSWORD "${benv[@]}" timeout 120 java -jar "$BACKEND_JAR" >"$log" 2>&1
rc=$?
set -e
"$SCRIPTS_DIR/db.sh" drop "$db"
if [[ $rc -eq 0 || $rc -eq 124 ]]; then
  tail -n 40 "$log" >&2
  die "the service started (or hung) on an empty database without APP_BOOTSTRAP_ADMIN_PASSWORD"
fi
grep -q 'APP_BOOTSTRAP_ADMIN_PASSWORD' "$log" || { tail -n 40 "$log" >&2; die "the refusal does not name APP_BOOTSTRAP_ADMIN_PASSWORD"; }
say "ok: without APP_BOOTSTRAP_ADMIN_PASSWORD the service refuses to start on an empty database (exit $rc)"
