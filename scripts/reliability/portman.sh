#!/usr/bin/env bash
# Bad input from the contract, by a second, independent generator (the first is the backend's ContractFuzzTest):
# Portman turns openapi.yaml into a Postman collection with its fuzz variations (required fields removed, numbers
# under the minimum and over the maximum, strings shorter than minLength and longer than maxLength, in bodies,
# query parameters and headers), and newman sends them, as admin, to the production jar holding the demo data.
# Path ids are real demo records and PUTs carry the record's current ETag, so requests reach the validation code;
# what admin may not do (officers' records) is sent again as canbo.tinh, the provincial officer.
# DELETEs, logout, the password change and the key revocation are left out (portman-filter.json): they would
# destroy the fixtures or the session the rest of the run needs.
# Prints: RELIABILITY portman-fuzz requests=<n> variations=<n> server_errors=0 non_problem_4xx=0 uri_too_long=<n>
#   (exit 1 on any 5xx or 4xx that is not application/problem+json; each one printed with its body).
# A request line over 4 KB gets Vert.x's own bare 414 before the application runs: counted as uri_too_long, not failed.
# Environment: PORTMAN_DB (thidua_portman), PORTMAN_PORT (8340), DB_* as everywhere.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
. "$SCRIPTS_DIR/reliability/lib.sh"

PORTMAN_DB="${PORTMAN_DB:-thidua_portman}"
PORTMAN_PORT="${PORTMAN_PORT:-8340}"
WORK="$DATA_DIR/reliability/portman"
LOG="$LOG_DIR/portman-backend.log"
BASE="http://127.0.0.1:$PORTMAN_PORT"
TOOLS="$REL_DIR/portman"
backend_pid=""
trap 'stop_group "$backend_pid"' EXIT

npm_deps "$TOOLS"
"$SCRIPTS_DIR/db.sh" ensure
"$SCRIPTS_DIR/keys.sh"
ensure_jar
rm -rf "$WORK"
mkdir -p "$WORK"
fresh_db "$PORTMAN_DB"

say "generating the fuzz collection from openapi.yaml (Portman)"
# Portman reads a .env from its working directory: run it in the empty work folder so no stray file changes it.
(cd "$WORK" && "$TOOLS/node_modules/.bin/portman" --local "$ROOT_DIR/openapi.yaml" \
  --portmanConfigFile "$REL_DIR/portman-config.json" --filterFile "$REL_DIR/portman-filter.json" \
  --baseUrl '{{baseUrl}}' --output "$WORK/collection.json" --warn false >"$WORK/portman.log" 2>&1) ||
  { tail -n 30 "$WORK/portman.log" >&2; die "portman could not generate the collection"; }

say "backend on :$PORTMAN_PORT with the demo data in $PORTMAN_DB"
start_backend backend_pid "$PORTMAN_PORT" "$PORTMAN_DB" "$WORK/attachments" "$LOG" APP_DEMO_DATA=true
wait_ready "$backend_pid" "$PORTMAN_PORT" 180 "$LOG"
# the scripts start the jar with APP_BOOTSTRAP_ADMIN_PASSWORD=$DEMO_PASSWORD, so admin logs in with it
token="$(login "$BASE" admin)"
officer="$(login "$BASE" canbo.tinh)"

say "newman: the collection against :$PORTMAN_PORT"
summary="$(node "$REL_DIR/portman-run.mjs" "$BASE" "$token" "$WORK/collection.json" "$WORK/report.json" "$officer")"
say "$summary (details: ${WORK#"$ROOT_DIR"/}/report.json)"
field() { node -e 'console.log(JSON.parse(process.argv[1])[process.argv[2]])' "$summary" "$1"; }

server_errors="$(field serverErrors)"
non_problem="$(field nonProblem4xx)"
reliability portman-fuzz "requests=$(field requests)" "variations=$(field variations)" \
  "server_errors=$server_errors" "non_problem_4xx=$non_problem" "uri_too_long=$(field uriTooLong)" \
  "failed_assertions=$(field failedAssertions)"
if ((server_errors + non_problem > 0)); then
  say "violation: $server_errors answers 5xx and $non_problem 4xx answers not application/problem+json (listed above)"
  exit 1
fi
