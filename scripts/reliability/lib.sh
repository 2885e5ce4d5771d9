# Shared by the reliability scripts (backup round trip, two instances, soak). Source it after ../lib.sh.
# shellcheck shell=bash

REL_DIR="$SCRIPTS_DIR/reliability"
RELIABILITY_OUT="${RELIABILITY_OUT:-target/reliability.txt}"

# One result line: on stdout and appended to $RELIABILITY_OUT (relative to the caller's working directory).
reliability() {
  local line="RELIABILITY $*"
  echo "$line"
  mkdir -p "$(dirname "$RELIABILITY_OUT")"
  echo "$line" >>"$RELIABILITY_OUT"
}

ensure_jar() {
  [[ -f "$BACKEND_JAR" ]] || build_backend
  backend_cds
}

# Starts the jar in its own process group: start_backend VAR PORT DATABASE ATTACHMENTS_DIR LOG [KEY=VALUE...]
# The extra KEY=VALUE pairs (APP_DEMO_DATA=true, ...) go to its environment.
start_backend() {
  local var="$1" port="$2" db="$3" att="$4" log="$5"
  shift 5
  port_in_use "$port" && die "port $port is already in use"
  local -a benv
  mapfile -t benv < <(backend_env "$port" "$db")
  mkdir -p "$att"
  # shellcheck disable=SC2046 # backend_java_opts prints a list of options
  start_group "$var" "$ROOT_DIR" "$log" env "${benv[@]}" APP_ATTACHMENTS_DIR="$att" "$@" \
    java $(backend_java_opts) -jar "$BACKEND_JAR"
}

# wait_ready PID PORT [SECONDS]: the instance answers /q/health/ready 200, or die with its log's tail.
wait_ready() {
  local pid="$1" port="$2" secs="${3:-180}" log="${4:-}"
  if ! WAIT_FOR_PID="$pid" "$SCRIPTS_DIR/wait-for.sh" "http://127.0.0.1:$port/q/health/ready" "$secs"; then
    [[ -n "$log" ]] && tail -n 40 "$log" >&2
    die "the backend on :$port did not become ready"
  fi
}

# login BASE USER -> the bearer token on stdout.
login() {
  curl -s --max-time 20 -H 'Content-Type: application/json' \
    -d "{\"username\":\"$2\",\"password\":\"$DEMO_PASSWORD\"}" "$1/api/v1/auth/login" |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const t=JSON.parse(s).accessToken;if(!t)process.exit(1);console.log(t)})' ||
    die "login as $2 at $1 failed"
}

# A fresh, empty database of this helper's own (the name must start with thidua_).
fresh_db() {
  [[ "$1" == thidua_* ]] || die "refusing to recreate database '$1' (not a thidua_ scratch name)"
  "$SCRIPTS_DIR/db.sh" drop "$1"
  "$SCRIPTS_DIR/db.sh" create "$1"
}

# Row count of every base table of a database, one "table count" per line, sorted by name. Exact COUNT(*),
# not information_schema's estimates.
table_counts() {
  local db="$1" t
  for t in $("$SCRIPTS_DIR/db.sh" sql -e "SELECT table_name FROM information_schema.tables
      WHERE table_schema='$db' AND table_type='BASE TABLE' ORDER BY table_name"); do
    printf '%s %s\n' "$t" "$("$SCRIPTS_DIR/db.sh" sql -e "SELECT COUNT(*) FROM \`$db\`.\`$t\`")"
  done
}
