#!/usr/bin/env bash
# Database helper for ThiDua: finds (or starts) a MySQL-compatible server and manages databases.
#
#   scripts/db.sh ensure        server at $DB_HOST:$DB_PORT answers; start the machine's MariaDB if it is down,
#                               install it with apt-get if it is missing
#   scripts/db.sh private       start a private MariaDB under ./data/mariadb on ${DB_PORT:-3307}
#   scripts/db.sh stop-private  stop that private instance
#   scripts/db.sh create NAME   create database NAME (utf8mb4, utf8mb4_unicode_ci) if missing
#   scripts/db.sh drop NAME     drop database NAME if it exists
#   scripts/db.sh sql [ARGS]    open the client on the configured server (extra args go to it)
#
# Environment: DB_HOST (127.0.0.1), DB_PORT (3306; 3307 for `private`), DB_USER (root), DB_PASSWORD (empty),
# DB_MODE=private makes `ensure` start the private instance instead of the machine's server.
# Quiet on success; messages go to stderr.
set -euo pipefail

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DB_HOST="${DB_HOST:-127.0.0.1}"
DB_USER="${DB_USER:-root}"
DB_PASSWORD="${DB_PASSWORD:-}"
DB_MODE="${DB_MODE:-system}"
PRIVATE_DIR="${DB_PRIVATE_DIR:-$ROOT_DIR/data/mariadb}"
MARIADBD=/usr/sbin/mariadbd
WAIT_SECONDS="${DB_WAIT_SECONDS:-30}"

log() { printf 'db.sh: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

install_hint() {
  cat >&2 <<'EOF'
db.sh: no MySQL-compatible server could be reached or started.
  Install one of:
    Debian/Ubuntu:  sudo apt-get install -y mariadb-server mariadb-client
    Fedora/RHEL:    sudo dnf install -y mariadb-server mariadb
    macOS:          brew install mariadb && brew services start mariadb
    Docker:         docker compose up -d mysql   (MySQL 8.4 on port 3306, see docker-compose.yml)
  or point the scripts at a running server with DB_HOST, DB_PORT, DB_USER and DB_PASSWORD,
  or start a private instance from installed server binaries: scripts/db.sh private (port 3307).
EOF
}

client_bin() {
  local c
  for c in mariadb mysql; do
    if command -v "$c" >/dev/null 2>&1; then echo "$c"; return 0; fi
  done
  return 1
}

# Runs the client against the configured server over TCP; the password travels in MYSQL_PWD, not argv.
sql() {
  local client
  client="$(client_bin)" || die "no mysql/mariadb client found (apt-get install -y mariadb-client)"
  MYSQL_PWD="$DB_PASSWORD" "$client" --protocol=TCP -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" \
    --connect-timeout=3 --batch --skip-column-names "$@"
}

answers() { sql -e 'SELECT 1' >/dev/null 2>&1; }

# The port accepts TCP connections (a server is there, whether or not our login works).
port_open() { (exec 3<>"/dev/tcp/$DB_HOST/$DB_PORT") >/dev/null 2>&1; }

is_local_host() { [[ "$DB_HOST" == 127.0.0.1 || "$DB_HOST" == localhost || "$DB_HOST" == ::1 ]]; }

wait_until_answers() {
  local i
  for ((i = 0; i < WAIT_SECONDS * 2; i++)); do
    answers && return 0
    sleep 0.5
  done
  return 1
}

ensure_client() {
  client_bin >/dev/null && return 0
  if command -v apt-get >/dev/null 2>&1 && [[ $EUID -eq 0 ]]; then
    log "installing mariadb-client"
    "$ROOT_DIR/scripts/apt.sh" mariadb-client >&2
  fi
  client_bin >/dev/null || { install_hint; exit 1; }
}

# A fresh Debian MariaDB lets root in only through the unix socket; the JDBC URL and these scripts connect
# over TCP with an empty password. On a local dev/CI box, allow that too (socket login keeps working).
open_root_over_tcp() {
  [[ "$DB_USER" == root && -z "$DB_PASSWORD" && $EUID -eq 0 ]] || return 1
  is_local_host || return 1
  local client
  client="$(client_bin)" || return 1
  "$client" -uroot -e 'SELECT 1' >/dev/null 2>&1 || return 1
  log "allowing root with an empty password over TCP on this local server (development setup)"
  "$client" -uroot <<'EOF'
ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('');
CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';
GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
FLUSH PRIVILEGES;
EOF
}

start_system_server() {
  mkdir -p /run/mysqld /var/log/mysql
  if id mysql >/dev/null 2>&1; then chown mysql:mysql /run/mysqld /var/log/mysql; fi
  if ! command -v start-stop-daemon >/dev/null 2>&1; then
    log "start-stop-daemon not found; cannot start $MARIADBD"
    return 1
  fi
  log "starting $MARIADBD"
  start-stop-daemon --start --oknodo --background --exec "$MARIADBD"
}

cmd_ensure() {
  [[ "$DB_MODE" == private ]] && { cmd_private; return; }
  ensure_client
  answers && return 0

  if port_open; then
    # Something listens but refuses us: try the local-root fix, then give up with the reason.
    open_root_over_tcp >/dev/null 2>&1 && answers && return 0
    sql -e 'SELECT 1' >/dev/null || true
    die "a server answers at $DB_HOST:$DB_PORT but the login as '$DB_USER' fails (set DB_USER / DB_PASSWORD)"
  fi

  is_local_host || { install_hint; die "nothing answers at $DB_HOST:$DB_PORT"; }

  # The machine's server listens on 3306; any other port means a private instance.
  if [[ "$DB_PORT" != 3306 ]]; then
    cmd_private
    return
  fi

  if [[ ! -x "$MARIADBD" ]]; then
    if command -v apt-get >/dev/null 2>&1 && [[ $EUID -eq 0 ]]; then
      log "installing mariadb-server"
      "$ROOT_DIR/scripts/apt.sh" mariadb-server mariadb-client >&2
    fi
  fi
  [[ -x "$MARIADBD" ]] || { install_hint; exit 1; }

  if [[ $EUID -ne 0 ]]; then
    log "not root: cannot start the machine's MariaDB; starting a private instance on port 3307 instead"
    log "(export DB_PORT=3307 so that every script uses it)"
    DB_PORT=3307 cmd_private
    exit 0
  fi

  start_system_server || { install_hint; exit 1; }
  if ! wait_until_answers; then
    open_root_over_tcp >/dev/null 2>&1 || true
    answers || {
      log "MariaDB did not answer at $DB_HOST:$DB_PORT within ${WAIT_SECONDS}s; see /var/log/mysql/error.log"
      install_hint
      exit 1
    }
  fi
}

cmd_private() {

  ensure_client
  answers && return 0
  port_open && die "port $DB_PORT is taken by a server that refuses '$DB_USER'; choose another DB_PORT"

  local installdb
  installdb="$(command -v mariadb-install-db || command -v mysql_install_db || true)"
  if [[ ! -x "$MARIADBD" || -z "$installdb" ]]; then
    install_hint
    exit 1
  fi
  mkdir -p "$PRIVATE_DIR"
  local datadir="$PRIVATE_DIR/data"
  if [[ ! -d "$datadir/mysql" ]]; then
    log "initialising a private MariaDB in $datadir"
    # root gets an empty password, usable over TCP (auth "normal", not unix_socket).
    "$installdb" --no-defaults --user="$(id -un)" --datadir="$datadir" \
      --auth-root-authentication-method=normal --skip-test-db >"$PRIVATE_DIR/install.log" 2>&1 \
      || { cat "$PRIVATE_DIR/install.log" >&2; die "mariadb-install-db failed"; }
  fi
  log "starting a private MariaDB on 127.0.0.1:$DB_PORT (data in $datadir, log in $PRIVATE_DIR/mariadb.log)"
  setsid nohup "$MARIADBD" --no-defaults --user="$(id -un)" --datadir="$datadir" \
    --socket="$PRIVATE_DIR/mariadb.sock" --pid-file="$PRIVATE_DIR/mariadb.pid" \
    --port="$DB_PORT" --bind-address=127.0.0.1 --skip-name-resolve \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --log-error="$PRIVATE_DIR/mariadb.log" </dev/null >/dev/null 2>&1 &
  wait_until_answers || { tail -n 30 "$PRIVATE_DIR/mariadb.log" >&2 || true; die "private MariaDB did not start"; }
}

cmd_stop_private() {
  local pidfile="$PRIVATE_DIR/mariadb.pid"
  [[ -f "$pidfile" ]] || return 0
  local pid
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  rm -f "$pidfile"
}

valid_name() { [[ "$1" =~ ^[A-Za-z0-9_]+$ ]] || die "invalid database name: '$1' (letters, digits, _)"; }

cmd_create() {
  local name="${1:?usage: db.sh create NAME}"
  valid_name "$name"
  sql -e "CREATE DATABASE IF NOT EXISTS \`$name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

cmd_drop() {
  local name="${1:?usage: db.sh drop NAME}"
  valid_name "$name"
  sql -e "DROP DATABASE IF EXISTS \`$name\`"
}

main() {
  local cmd="${1:-}"
  shift || true
  case "$cmd" in
    private) DB_PORT="${DB_PORT:-3307}" ;;
    *) DB_PORT="${DB_PORT:-3306}" ;;
  esac
  case "$cmd" in
    ensure) cmd_ensure ;;
    private) cmd_private ;;
    stop-private) cmd_stop_private ;;
    create) cmd_create "$@" ;;
    drop) cmd_drop "$@" ;;
    sql) sql "$@" ;;
    *)
      sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
      exit 2
      ;;
  esac
}

main "$@"
