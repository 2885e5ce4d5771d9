#!/usr/bin/env bash
# `make run`: the whole system on this machine with the demo province loaded.
#   database `thidua` on the local MySQL-compatible server, the backend on :8080, the SPA dev server on :5173.
# Ctrl-C stops everything this script started (the database server is left running).
# Environment: API_PORT (8080), WEB_PORT (5173), RUN_DB (thidua), DB_HOST/DB_PORT/DB_USER/DB_PASSWORD,
#   SKIP_BUILD=1 to start the jar that is there without rebuilding it.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

API_PORT="${API_PORT:-8080}"
WEB_PORT="${WEB_PORT:-5173}"
RUN_DB="${RUN_DB:-thidua}"
BACKEND_LOG="$LOG_DIR/backend.log"
FRONTEND_LOG="$LOG_DIR/frontend-dev.log"
backend_pid=""
frontend_pid=""

cleanup() {
  local rc=$?
  trap - INT TERM EXIT
  if [[ -n "$frontend_pid$backend_pid" ]]; then
    say ""
    say "stopping ThiDua..."
    stop_group "$frontend_pid"
    stop_group "$backend_pid"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for port in "$API_PORT" "$WEB_PORT"; do
  port_in_use "$port" && die "port $port is already in use (another ThiDua running?); stop it or set API_PORT / WEB_PORT"
done

command -v java >/dev/null || die "java (17+) is needed: apt-get install -y openjdk-17-jdk-headless"
command -v npm >/dev/null || die "node and npm (20+) are needed: apt-get install -y nodejs npm"

"$SCRIPTS_DIR/db.sh" ensure
"$SCRIPTS_DIR/db.sh" create "$RUN_DB"
"$SCRIPTS_DIR/keys.sh"
mkdir -p "$DATA_DIR/attachments" "$LOG_DIR"

npm_deps "$FRONTEND_DIR"
if [[ "${SKIP_BUILD:-}" == 1 && -f "$BACKEND_JAR" ]]; then
  say "SKIP_BUILD=1: using the existing $BACKEND_JAR"
else
  build_backend
fi

backend_cds
say "starting the backend on :$API_PORT (log: ${BACKEND_LOG#"$ROOT_DIR"/})"
mapfile -t benv < <(backend_env "$API_PORT" "$RUN_DB")
# shellcheck disable=SC2046 # backend_java_opts prints a list of options
start_group backend_pid "$ROOT_DIR" "$BACKEND_LOG" env "${benv[@]}" \
  APP_DEMO_DATA=true APP_ATTACHMENTS_DIR="$DATA_DIR/attachments" \
  java $(backend_java_opts) -jar "$BACKEND_JAR"
if ! WAIT_FOR_PID="$backend_pid" "$SCRIPTS_DIR/wait-for.sh" "http://127.0.0.1:$API_PORT/q/health/ready" 180; then
  say "--- last lines of $BACKEND_LOG ---"
  tail -n 60 "$BACKEND_LOG" >&2 || true
  die "the backend did not become ready"
fi

say "starting the SPA dev server on :$WEB_PORT (log: ${FRONTEND_LOG#"$ROOT_DIR"/})"
start_group frontend_pid "$FRONTEND_DIR" "$FRONTEND_LOG" env THIDUA_API_URL="http://127.0.0.1:$API_PORT" \
  npm run dev -- --host 0.0.0.0 --port "$WEB_PORT" --strictPort
if ! WAIT_FOR_PID="$frontend_pid" "$SCRIPTS_DIR/wait-for.sh" "http://127.0.0.1:$WEB_PORT/" 90; then
  say "--- last lines of $FRONTEND_LOG ---"
  tail -n 40 "$FRONTEND_LOG" >&2 || true
  die "the SPA dev server did not start"
fi

lan_ip="$(hostname -I 2>/dev/null | awk '{print $1}' || true)"
if [[ -n "$lan_ip" ]]; then phone="http://$lan_ip:$WEB_PORT (same Wi-Fi/LAN)"; else phone="(no LAN address: hostname -I printed nothing)"; fi
cat <<EOF

  ThiDua is running (Ctrl-C stops it).

  SPA           http://localhost:$WEB_PORT
  API           http://localhost:$API_PORT/api/v1
  Swagger UI    http://localhost:$API_PORT/q/swagger-ui
  On a phone    $phone
  Logs          ${BACKEND_LOG#"$ROOT_DIR"/}, ${FRONTEND_LOG#"$ROOT_DIR"/}

  Demo logins (password ThiDua@2026 for all):
    admin        Quản trị
    canbo.tinh   Cán bộ Tỉnh Hội
    canbo.xa     Cán bộ Hội cơ sở
    lanhdao      Lãnh đạo

EOF

# Stay in the foreground until Ctrl-C or until one of the two dies.
set +e
wait -n "$backend_pid" "$frontend_pid"
set -e
if ! kill -0 "$backend_pid" 2>/dev/null; then
  say "the backend stopped; last lines of its log:"
  tail -n 40 "$BACKEND_LOG" >&2 || true
else
  say "the SPA dev server stopped; last lines of its log:"
  tail -n 40 "$FRONTEND_LOG" >&2 || true
fi
exit 1
