# Shared helpers for the scripts in this folder. Source it: . "$(dirname "$0")/lib.sh"
# shellcheck shell=bash

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCRIPTS_DIR="$ROOT_DIR/scripts"
BACKEND_DIR="$ROOT_DIR/backend"
FRONTEND_DIR="$ROOT_DIR/frontend"
BACKEND_JAR="$BACKEND_DIR/target/quarkus-app/quarkus-run.jar"
DATA_DIR="${DATA_DIR:-$ROOT_DIR/data}"
LOG_DIR="${LOG_DIR:-$DATA_DIR/logs}"
KEYS_DIR="$(realpath -m "${KEYS_DIR:-$DATA_DIR/keys}")"
export KEYS_DIR

DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-3306}"
DB_USER="${DB_USER:-root}"
DB_PASSWORD="${DB_PASSWORD:-}"
export DB_HOST DB_PORT DB_USER DB_PASSWORD

DEMO_PASSWORD="${DEMO_PASSWORD:-ThiDua@2026}"
# The backend's JVM flags (make run, e2e, bench; the Dockerfile sets the same): a heap sized for the service rather
# than a quarter of the machine, and the serial collector, which on 2 cores keeps the footprint small (peak RSS is
# a bench target). JAVA_OPTS replaces them.
BACKEND_JAVA_OPTS="${JAVA_OPTS:--XX:+UseSerialGC -Xms128m -Xmx320m -Xmn96m -Xss512k -XX:ReservedCodeCacheSize=96m}"
# Class-data sharing: the JVM maps the classes a start loads (~15,000, JDK, Quarkus, Hibernate, ours) from an archive
# instead of reading, parsing and verifying them again. backend_cds records the archive for the current build with one
# start against a scratch database; backend_java_opts adds it to BACKEND_JAVA_OPTS while it is newer than the build.
# It only ever speeds up: a JVM that cannot use it (another JDK) says so and starts as before, and a class that
# changed since it was recorded is loaded from the jar. BACKEND_CDS=off does without.
BACKEND_CDS="${BACKEND_CDS:-$BACKEND_DIR/target/quarkus-app/thidua-cds.jsa}"
# QUARKUS_DATASOURCE_JDBC_URL replaces the whole URL of application.properties, so it repeats its parameters.
JDBC_PARAMS="${JDBC_PARAMS:-createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true}"

say() { printf '%s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs a node project's dependencies when node_modules is missing or older than the lock file.
# npm writes node_modules/.package-lock.json on every install, so that file's age tells whether the tree
# matches the lock; a tree someone installed by hand counts as installed. Offline once installed.
npm_deps() {
  local dir="$1" ref="$1/package-lock.json" hidden="$1/node_modules/.package-lock.json"
  [[ -f "$dir/package.json" ]] || die "$dir/package.json not found"
  [[ -f "$ref" ]] || ref="$dir/package.json"
  if [[ -f "$hidden" && ! "$ref" -nt "$hidden" && ! "$dir/package.json" -nt "$hidden" ]]; then
    return 0
  fi
  if [[ -f "$dir/package-lock.json" ]]; then
    say "npm ci in ${dir#"$ROOT_DIR"/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  else
    say "npm install in ${dir#"$ROOT_DIR"/} (no package-lock.json)"
    (cd "$dir" && npm install --no-audit --no-fund --loglevel=error)
  fi
  touch "$hidden"
}

spectral_bin() { echo "$SCRIPTS_DIR/tools/node_modules/.bin/spectral"; }

# Lints openapi.yaml with Spectral (pinned in scripts/tools/package-lock.json). Extra args go to spectral.
spectral_lint() {
  npm_deps "$SCRIPTS_DIR/tools"
  (cd "$ROOT_DIR" && "$(spectral_bin)" lint openapi.yaml --ruleset .spectral.yaml --fail-severity error "$@")
}

mvnw() { (cd "$BACKEND_DIR" && ./mvnw "$@"); }

build_backend() {
  say "building the backend (mvnw package -DskipTests)"
  mvnw -B -q package -DskipTests
  [[ -f "$BACKEND_JAR" ]] || die "the build did not produce $BACKEND_JAR"
}

# True when the class-data archive is there and no jar of the build is newer.
backend_cds_current() {
  [[ "$BACKEND_CDS" != off && -s "$BACKEND_CDS" ]] &&
    [[ -z "$(find "$(dirname "$BACKEND_JAR")" -name '*.jar' -newer "$BACKEND_CDS" -print -quit)" ]]
}

# The backend's JVM flags: BACKEND_JAVA_OPTS, and the class-data archive when it belongs to this build.
backend_java_opts() {
  if backend_cds_current; then
    echo "$BACKEND_JAVA_OPTS -XX:SharedArchiveFile=$BACKEND_CDS"
  else
    echo "$BACKEND_JAVA_OPTS"
  fi
}

# Records the class-data archive of this build unless it has one: the jar starts once against a scratch database
# (thidua_cds_<pid>, dropped afterwards), answers a login and a list, and writes the classes it loaded when it stops
# (-XX:ArchiveClassesAtExit), ~15 s. A failure only costs the speed-up: it is said, and the scripts go on.
backend_cds() {
  [[ "$BACKEND_CDS" == off ]] && return 0
  backend_cds_current && return 0
  [[ -f "$BACKEND_JAR" ]] || return 0
  local port=18150 db="thidua_cds_$$" pid="" log="$LOG_DIR/cds-backend.log" tmp="$BACKEND_CDS.$$.tmp" t0=$SECONDS
  while port_in_use "$port"; do port=$((port + 1)); done
  say "recording the JVM's class-data archive for this build (one start on :$port; log ${log#"$ROOT_DIR"/})"
  "$SCRIPTS_DIR/db.sh" drop "$db" >/dev/null
  local -a benv
  mapfile -t benv < <(backend_env "$port" "$db")
  # shellcheck disable=SC2086 # BACKEND_JAVA_OPTS is a list of options
  start_group pid "$ROOT_DIR" "$log" env "${benv[@]}" APP_DEMO_DATA=false \
    java $BACKEND_JAVA_OPTS -XX:ArchiveClassesAtExit="$tmp" -Xlog:cds=off -jar "$BACKEND_JAR"
  if WAIT_FOR_PID="$pid" "$SCRIPTS_DIR/wait-for.sh" "http://127.0.0.1:$port/q/health/ready" 180 2>>"$log"; then
    local base="http://127.0.0.1:$port/api/v1" token
    token="$(curl -s --max-time 30 -H 'Content-Type: application/json' \
      -d "{\"username\":\"admin\",\"password\":\"$DEMO_PASSWORD\"}" "$base/auth/login" |
      sed -n 's/.*"accessToken" *: *"\([^"]*\)".*/\1/p' || true)"
    [[ -z "$token" ]] || curl -s -o /dev/null --max-time 30 -H "Authorization: Bearer $token" "$base/org-units?size=20" || true
  fi
  stop_group "$pid"
  "$SCRIPTS_DIR/db.sh" drop "$db" >/dev/null
  if [[ -s "$tmp" ]]; then
    mv -f "$tmp" "$BACKEND_CDS"
    say "  class-data archive: ${BACKEND_CDS#"$ROOT_DIR"/}, $(($(stat -c %s "$BACKEND_CDS") / 1048576)) MB in $((SECONDS - t0)) s"
  else
    rm -f "$tmp"
    say "  no class-data archive was written (see ${log#"$ROOT_DIR"/}): the backend starts without it"
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") >/dev/null 2>&1; }

# Starts a command in its own process group (a new session) as a child of this shell, output to LOG.
#   start_group VAR DIR LOG CMD...   -> VAR holds the pid, which is also the process group id.
start_group() {
  local var="$1" dir="$2" log="$3"
  shift 3
  mkdir -p "$(dirname "$log")"
  (cd "$dir" && exec setsid "$@") </dev/null >"$log" 2>&1 &
  printf -v "$var" '%s' "$!"
}

# True while the process exists and is not a zombie (our own dead children stay zombies until reaped).
alive() {
  local state
  state="$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)" || return 1
  [[ -n "$state" && "$state" != Z ]]
}

# Stops a process group started by start_group: TERM to the group, up to 15 s, then KILL whatever is left.
stop_group() {
  local pid="$1" i
  [[ -n "$pid" ]] || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 30; i++)); do
    alive "$pid" || break
    sleep 0.5
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# Environment for the backend jar: backend_env PORT DATABASE -> prints KEY=VALUE lines for `env`.
backend_env() {
  local port="$1" db="$2"
  printf '%s\n' \
    "QUARKUS_HTTP_PORT=$port" \
    "QUARKUS_DATASOURCE_JDBC_URL=jdbc:mysql://$DB_HOST:$DB_PORT/$db?$JDBC_PARAMS" \
    "QUARKUS_DATASOURCE_USERNAME=$DB_USER" \
    "QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD" \
    "APP_BOOTSTRAP_ADMIN_PASSWORD=$DEMO_PASSWORD" \
    "SMALLRYE_JWT_SIGN_KEY_LOCATION=$KEYS_DIR/jwt-private.pem" \
    "MP_JWT_VERIFY_PUBLICKEY_LOCATION=$KEYS_DIR/jwt-public.pem"
}

fmt_secs() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }
