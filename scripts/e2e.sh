#!/usr/bin/env bash
# End-to-end journeys (Playwright in frontend/e2e) against the real backend and the built SPA:
#   fresh database thidua_e2e, the jar on :8181 with the demo data, `vite preview` on :4173 proxying to it,
#   then `npm run e2e` with BASE_URL. Both servers are stopped afterwards, whatever happens.
# Arguments go to Playwright: `scripts/e2e.sh field --project=phone` runs the matching specs only.
# Environment: E2E_API_PORT (8181), E2E_WEB_PORT (4173), E2E_DB (thidua_e2e),
#   E2E_SKIP_BUILD=1 to use the jar and frontend/dist that are there (scripts/test.sh sets it after building).
# Arguments go to Playwright: scripts/e2e.sh e2e/reports.spec.ts runs one spec.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

API_PORT="${E2E_API_PORT:-8181}"
WEB_PORT="${E2E_WEB_PORT:-4173}"
E2E_DB="${E2E_DB:-thidua_e2e}"
BACKEND_LOG="$LOG_DIR/e2e-backend.log"
PREVIEW_LOG="$LOG_DIR/e2e-preview.log"
backend_pid=""
preview_pid=""

cleanup() {
  local rc=$?
  trap - INT TERM EXIT
  if [[ $rc -ne 0 ]]; then
    for log in "$BACKEND_LOG" "$PREVIEW_LOG"; do
      if [[ -s "$log" ]]; then
        say "--- last lines of ${log#"$ROOT_DIR"/} ---"
        tail -n 80 "$log" >&2 || true
      fi
    done
  fi
  stop_group "$preview_pid"
  stop_group "$backend_pid"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for port in "$API_PORT" "$WEB_PORT"; do
  port_in_use "$port" && die "port $port is already in use; stop what listens there or set E2E_API_PORT / E2E_WEB_PORT"
done

# Playwright drives the system's Chromium (playwright-core downloads no browser).
if ! command -v chromium >/dev/null 2>&1; then
  "$SCRIPTS_DIR/apt.sh" chromium || die "the e2e tests need Chromium: apt-get install -y chromium"
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

"$SCRIPTS_DIR/db.sh" ensure
"$SCRIPTS_DIR/keys.sh"
"$SCRIPTS_DIR/db.sh" drop "$E2E_DB"
"$SCRIPTS_DIR/db.sh" create "$E2E_DB"
attachments="$DATA_DIR/e2e-attachments"
rm -rf "$attachments"
mkdir -p "$attachments" "$LOG_DIR"

npm_deps "$FRONTEND_DIR"
if [[ "${E2E_SKIP_BUILD:-}" != 1 ]]; then
  build_backend
  say "building the SPA (npm run build)"
  (cd "$FRONTEND_DIR" && npm run build --silent)
fi
[[ -f "$BACKEND_JAR" ]] || die "$BACKEND_JAR is missing (cd backend && ./mvnw package -DskipTests)"
[[ -d "$FRONTEND_DIR/dist" ]] || die "frontend/dist is missing (cd frontend && npm run build)"

backend_cds
mapfile -t benv < <(backend_env "$API_PORT" "$E2E_DB")
# shellcheck disable=SC2046 # backend_java_opts prints a list of options
start_group backend_pid "$ROOT_DIR" "$BACKEND_LOG" env "${benv[@]}" \
  APP_DEMO_DATA=true APP_ATTACHMENTS_DIR="$attachments" \
  java $(backend_java_opts) -jar "$BACKEND_JAR"
WAIT_FOR_PID="$backend_pid" "$SCRIPTS_DIR/wait-for.sh" "http://127.0.0.1:$API_PORT/q/health/ready" 180 ||
  die "the backend did not become ready on :$API_PORT"

start_group preview_pid "$FRONTEND_DIR" "$PREVIEW_LOG" env THIDUA_API_URL="http://127.0.0.1:$API_PORT" \
  npm run preview -- --host 127.0.0.1 --port "$WEB_PORT" --strictPort
WAIT_FOR_PID="$preview_pid" "$SCRIPTS_DIR/wait-for.sh" "http://127.0.0.1:$WEB_PORT/" 60 ||
  die "vite preview did not start on :$WEB_PORT"

say "running the e2e journeys against http://127.0.0.1:$WEB_PORT"
(cd "$FRONTEND_DIR" && BASE_URL="http://127.0.0.1:$WEB_PORT" API_URL="http://127.0.0.1:$API_PORT" \
  E2E_ADMIN_PASSWORD="$DEMO_PASSWORD" CI="${CI:-true}" npm run e2e -- "$@")
