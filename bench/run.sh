#!/usr/bin/env bash
# ThiDua load and scale benchmark (`make bench`, `make bench SCALE=0.01` for the smoke run).
#
#   1. fresh database thidua_bench; the production jar starts once on it so Flyway creates the schema and
#      the bootstrap creates the root unit and `admin`; stopped
#   2. the generator (bench/java) loads the data set at SCALE, reusing admin's bcrypt hash for every user
#   3. the jar starts again on the full data (start-to-ready measured), the scenarios run with wrk
#      (bench/scenarios/NAME.sh), each read scenario's SQL runs over JDBC for its ceiling
#   4. BENCH lines on stdout; bench/results/latest.md, latest.html and a timestamped copy of each
#
# Exit status: 0 when the harness ran (missed targets included), non-zero when the harness itself broke.
# Settings (environment): SCALE (1), BENCH_PORT (8090), BENCH_DB (thidua_bench; thidua_bench_smoke when SCALE < 0.1), BENCH_WARMUP (a warm-up round),
# BENCH_WARMUP_MIN, BENCH_WARMUP_MAX, BENCH_DURATION (seconds; 10/90/240/20, or 2/2/2/3 when SCALE < 0.1),
# BENCH_CONNECTIONS (32), BENCH_THREADS (2), BENCH_SCENARIOS
# (space-separated subset), BENCH_SKIP_BUILD=1, BENCH_JAVA_OPTS (JVM flags for the backend; default
# scripts/lib.sh backend_java_opts, as make run: BACKEND_JAVA_OPTS and the class-data archive), DB_* as scripts/.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$BENCH_DIR/../scripts/lib.sh"

SCALE="${SCALE:-1}"
PORT="${BENCH_PORT:-8090}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
WRK_THREADS="${BENCH_THREADS:-2}"
BENCH_PASSWORD="${BENCH_PASSWORD:-Bench@2026}"
ALL_SCENARIOS=(trivial list search search-totals nomination review-queue movements create create-paced figures docx login org-units)
read -r -a SCENARIOS <<<"${BENCH_SCENARIOS:-${ALL_SCENARIOS[*]}}"
if awk -v s="$SCALE" 'BEGIN { exit !(s < 0.1) }'; then small=1; else small=0; fi
# the smoke (make test) has a database of its own, so it leaves a full run's data set in place for profiling
BENCH_DB="${BENCH_DB:-$([[ $small == 1 ]] && echo thidua_bench_smoke || echo thidua_bench)}"
WARMUP="${BENCH_WARMUP:-$([[ $small == 1 ]] && echo 2 || echo 10)}"
# The service is warmed up in rounds of WARMUP seconds, for at least WARMUP_MIN seconds and then until three rounds in
# a row agree within 5 % and the newest is not still climbing, for at most WARMUP_MAX seconds: at SCALE=1 on 2 cores
# the activity list ran at ~400 rps for its first ~70 s of load (a plateau where rounds agree) and at ~720 rps once
# the JIT had compiled its path, and the create sat at ~255 rps for three rounds (two agreed, so the measurement began
# at 110 s) before it reached ~520 rps after ~200 s: under 32 busy connections the JIT's two compiler threads get
# little of the 2 cores. The smoke does one round.
WARMUP_MIN="${BENCH_WARMUP_MIN:-$([[ $small == 1 ]] && echo "$WARMUP" || echo 90)}"
WARMUP_MAX="${BENCH_WARMUP_MAX:-$([[ $small == 1 ]] && echo "$WARMUP" || echo 240)}"
DURATION="${BENCH_DURATION:-$([[ $small == 1 ]] && echo 3 || echo 20)}"
RESULTS_DIR="$BENCH_DIR/results"
TOOLS_JAR="$BENCH_DIR/java/target/thidua-bench.jar"
BASE="http://127.0.0.1:$PORT"
JDBC_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$BENCH_DB?$JDBC_PARAMS"
export BENCH_PASSWORD

WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/thidua-bench.XXXXXX")"
BACKEND_PID=""
cleanup() {
  local rc=$?
  if [[ -n "$BACKEND_PID" ]]; then stop_group "$BACKEND_PID"; fi
  rm -rf "$WORK_DIR"
  if [[ $rc -ne 0 ]]; then say "bench: FAILED (exit $rc); backend log: $LOG_DIR/bench-backend.log"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step() { say "bench: $*"; }

# ---------------------------------------------------------------- tools and builds
tools() {
  command -v wrk >/dev/null 2>&1 || "$SCRIPTS_DIR/apt.sh" wrk
  command -v curl >/dev/null 2>&1 || "$SCRIPTS_DIR/apt.sh" curl
  command -v wrk >/dev/null 2>&1 || die "wrk is needed (apt-get install -y wrk)"
  "$SCRIPTS_DIR/db.sh" ensure
  "$SCRIPTS_DIR/keys.sh"
  if [[ "${BENCH_SKIP_BUILD:-}" != 1 ]]; then
    if [[ ! -f "$BACKEND_JAR" ]] || [[ -n "$(find "$BACKEND_DIR/src/main" "$BACKEND_DIR/pom.xml" -newer "$BACKEND_JAR" -print -quit)" ]]; then
      build_backend
    fi
    if [[ ! -f "$TOOLS_JAR" ]] || [[ -n "$(find "$BENCH_DIR/java/src" "$BENCH_DIR/java/pom.xml" -newer "$TOOLS_JAR" -print -quit)" ]]; then
      step "building the bench tools (bench/java)"
      # offline first: the connector and plugins are usually in ~/.m2 already
      (cd "$BENCH_DIR/java" && { mvn -B -q -o package >/dev/null 2>&1 || mvn -B -q package; })
    fi
  fi
  [[ -f "$BACKEND_JAR" ]] || die "no backend jar at $BACKEND_JAR"
  [[ -f "$TOOLS_JAR" ]] || die "no bench tools jar at $TOOLS_JAR"
  backend_cds
}

tool() { java -jar "$TOOLS_JAR" "$1" --url "$JDBC_URL" --user "$DB_USER" --password "$DB_PASSWORD" "${@:2}"; }

# A scalar or a column from the bench database (for scenarios' parameters).
sql() { "$SCRIPTS_DIR/db.sh" sql "$BENCH_DB" -e "$1"; }
table_exists() {
  [[ "$(sql "select count(*) from information_schema.tables where table_schema = database() and table_name = '$1'")" == 1 ]]
}

# ---------------------------------------------------------------- the backend
START_MS=""
start_backend() {
  port_in_use "$PORT" && die "port $PORT is in use (set BENCH_PORT)"
  local t0 t1 code
  t0="$(date +%s%N)"
  # shellcheck disable=SC2086,SC2046 # the JVM flags are a list
  start_group BACKEND_PID "$BACKEND_DIR" "$LOG_DIR/bench-backend.log" env \
    QUARKUS_HTTP_PORT="$PORT" \
    QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" \
    QUARKUS_DATASOURCE_USERNAME="$DB_USER" \
    QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD" \
    APP_BOOTSTRAP_ADMIN_PASSWORD="$BENCH_PASSWORD" \
    APP_DEMO_DATA=false \
    SMALLRYE_JWT_SIGN_KEY_LOCATION="$KEYS_DIR/jwt-private.pem" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$KEYS_DIR/jwt-public.pem" \
    java ${BENCH_JAVA_OPTS:-$(backend_java_opts)} -jar "$BACKEND_JAR"
  local deadline=$((SECONDS + 180))
  while :; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/q/health/ready" 2>/dev/null || true)"
    [[ "$code" == 200 ]] && break
    alive "$BACKEND_PID" || die "the backend exited before it was ready (see $LOG_DIR/bench-backend.log)"
    ((SECONDS < deadline)) || die "the backend was not ready within 180 s (last status $code)"
    sleep 0.05
  done
  t1="$(date +%s%N)"
  START_MS=$(((t1 - t0) / 1000000))
}

stop_backend() {
  stop_group "$BACKEND_PID"
  BACKEND_PID=""
}

# The java process itself (start_group's pid is java unless setsid had to fork).
java_pid() {
  local p="$BACKEND_PID"
  if [[ "$(cat "/proc/$p/comm" 2>/dev/null)" != java ]]; then
    p="$(pgrep -P "$BACKEND_PID" java | head -1 || true)"
  fi
  echo "$p"
}

login_token() {
  curl -s --max-time 10 -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$BENCH_PASSWORD\"}" "$BASE/api/v1/auth/login" |
    sed -n 's/.*"accessToken" *: *"\([^"]*\)".*/\1/p'
}

# ---------------------------------------------------------------- one scenario
RESULTS_TSV="$WORK_DIR/results.tsv"
: >"$RESULTS_TSV"

skip() { SKIP_REASON="$1"; }

# run_scenario NAME: sources bench/scenarios/NAME.sh in a subshell, probes the request once (404 = the
# feature is not there yet: skipped), warms up, measures with wrk, then runs its JDBC ceiling if it has one.
run_scenario() (
  local name="$1" file="$BENCH_DIR/scenarios/$1.sh"
  SCN_AUTH=none SCN_CEILING="" SCN_TARGETS="-" SCN_LUA="" SCN_MIN_DURATION=0 SCN_WARMUP_MIN=0 SKIP_REASON=""
  SCN_CEILING_ARGS=() SCN_CONNECTIONS="$CONNECTIONS" SCN_NOTE=""
  BENCH_METHOD=GET BENCH_PATH="" BENCH_BODY="" BENCH_TOKEN="" BENCH_IDS="" BENCH_ACCEPT="application/json"
  if [[ ! -f "$file" ]]; then
    SKIP_REASON="no bench/scenarios/$name.sh"
  else
    # shellcheck disable=SC1090
    . "$file"
    scn_prepare
  fi
  if [[ -z "$SKIP_REASON" ]]; then
    case "$SCN_AUTH" in
      admin) BENCH_TOKEN="$ADMIN_TOKEN" ;;
      user) BENCH_TOKEN="$USER_TOKEN" ;;
      officer) BENCH_TOKEN="$OFFICER_TOKEN" ;;
    esac
    local probe_path="$BENCH_PATH" code
    [[ -n "$BENCH_IDS" ]] && probe_path="${BENCH_PATH//\{id\}/${BENCH_IDS%%,*}}"
    local args=(-s -o "$WORK_DIR/probe.out" -w '%{http_code}' --max-time 30 -X "$BENCH_METHOD" -H "Accept: $BENCH_ACCEPT")
    [[ -n "$BENCH_TOKEN" ]] && args+=(-H "Authorization: Bearer $BENCH_TOKEN")
    [[ -n "$BENCH_BODY" ]] && args+=(-H 'Content-Type: application/json' -H "Idempotency-Key: probe-$RANDOM$RANDOM" -d "$BENCH_BODY")
    code="$(curl "${args[@]}" "$BASE$probe_path" || echo 000)"
    if [[ "$code" == 404 ]]; then
      SKIP_REASON="$BENCH_METHOD ${BENCH_PATH%%\?*} answers 404 (feature not built yet)"
    elif [[ ! "$code" =~ ^2 ]]; then
      say "bench: $name: the probe answered $code: $(head -c 300 "$WORK_DIR/probe.out")"
    fi
  fi
  if [[ -n "$SKIP_REASON" ]]; then
    echo "BENCH $name skipped"
    say "  ($name: $SKIP_REASON)"
    printf '%s\tskipped\t\t\t\t\t\t\t\t%s\t%s\n' "$name" "$SCN_TARGETS" "$SCN_NOTE" >>"$RESULTS_TSV"
    return 0
  fi

  local duration="$DURATION"
  ((SCN_MIN_DURATION > duration)) && duration="$SCN_MIN_DURATION"
  local script="$WORK_DIR/$name.lua"
  cat "$BENCH_DIR/lua/common.lua" >"$script"
  [[ -n "$SCN_LUA" ]] && cat "$BENCH_DIR/scenarios/$SCN_LUA" >>"$script"
  export BENCH_METHOD BENCH_PATH BENCH_BODY BENCH_TOKEN BENCH_IDS BENCH_ACCEPT
  local threads="$WRK_THREADS"
  ((threads > SCN_CONNECTIONS)) && threads="$SCN_CONNECTIONS"
  local wrk_args=(-t "$threads" -c "$SCN_CONNECTIONS" --timeout 30s -s "$script")
  local warmed=0 before="" last="" now rounds="" warm_created=0
  # a scenario whose path the JIT compiles slowly may ask for a longer warm-up (not in the smoke's one round)
  local warmup_min="$WARMUP_MIN" warmup_max="$WARMUP_MAX"
  if [[ $small == 0 ]] && ((SCN_WARMUP_MIN > warmup_min)); then
    warmup_min="$SCN_WARMUP_MIN"
    ((warmup_min > warmup_max)) && warmup_max="$warmup_min"
  fi
  while :; do
    BENCH_OUT="$WORK_DIR/$name.warm" wrk "${wrk_args[@]}" -d "${WARMUP}s" "$BASE" >"$WORK_DIR/$name.wrk-warm.txt" ||
      die "wrk failed on $name (warm-up): $(cat "$WORK_DIR/$name.wrk-warm.txt")"
    warmed=$((warmed + WARMUP))
    # a script that counts its 201s (create.lua) writes them per run: every round's count goes to the total
    if [[ -s "$WORK_DIR/$name.warm.created" ]]; then
      warm_created=$((warm_created + $(cat "$WORK_DIR/$name.warm.created")))
      rm -f "$WORK_DIR/$name.warm.created"
    fi
    now="$(cut -d' ' -f1 "$WORK_DIR/$name.warm" 2>/dev/null || echo 0)"
    rounds="$rounds ${now:-0}"
    ((warmed + WARMUP > warmup_max)) && break
    # three rounds in a row within 5 % of each other (max / min), not two: a plateau of two is often still the JIT;
    # and not still climbing (the newest at most 2 % above the oldest of the three: 316 → 327 → 331 goes on)
    ((warmed >= warmup_min)) && [[ -n "$before" ]] &&
      awk -v a="$before" -v b="$last" -v c="$now" 'BEGIN { lo = a; hi = a; if (b < lo) lo = b; if (c < lo) lo = c;
        if (b > hi) hi = b; if (c > hi) hi = c; exit !(lo > 0 && hi / lo <= 1.05 && c <= a * 1.02) }' && break
    before="$last"
    last="$now"
  done
  ((warm_created > 0)) && echo "$warm_created" >"$WORK_DIR/$name.warm.created"
  # how many wrk runs (warm-up rounds and the measured one) may each have left requests in flight
  echo $((warmed / WARMUP + 1)) >"$WORK_DIR/$name.runs"
  say "  ($name: warmed up ${warmed} s, rps per round:$rounds)"
  BENCH_OUT="$WORK_DIR/$name.out" wrk "${wrk_args[@]}" -d "${duration}s" "$BASE" >"$WORK_DIR/$name.wrk.txt" ||
    die "wrk failed on $name: $(cat "$WORK_DIR/$name.wrk.txt")"
  [[ -s "$WORK_DIR/$name.out" ]] || die "wrk wrote no summary for $name"
  local rps p50 p95 p99 errors ceiling="-" ratio="-"
  read -r rps p50 p95 p99 errors <"$WORK_DIR/$name.out"
  if [[ "$errors" != 0 || "$rps" == 0.0 ]]; then
    say "  ($name: $errors errors, $rps rps; wrk said:)"
    sed 's/^/    /' "$WORK_DIR/$name.wrk.txt" >&2
  fi

  if [[ -n "$SCN_CEILING" ]]; then
    local out rc=0
    out="$(tool ceiling --scenario "$SCN_CEILING" --threads "$SCN_CONNECTIONS" --warmup "$WARMUP" --seconds "$duration" \
      ${SCN_CEILING_ARGS[@]+"${SCN_CEILING_ARGS[@]}"})" || rc=$?
    if [[ $rc -eq 0 ]]; then
      ceiling="$(sed -n 's/.* rps=\([0-9.]*\).*/\1/p' <<<"$out")"
      ratio="$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')"
      say "  ($out)"
    elif [[ $rc -ne 3 ]]; then
      die "the JDBC ceiling for $name failed (exit $rc): $out"
    fi
  fi
  echo "BENCH $name rps=$rps p50_ms=$p50 p95_ms=$p95 p99_ms=$p99 errors=$errors ceiling_rps=$ceiling ratio=$ratio"
  printf '%s\tok\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$rps" "$p50" "$p95" "$p99" "$errors" "$ceiling" "$ratio" \
    "$SCN_TARGETS" "$SCN_NOTE" >>"$RESULTS_TSV"
  # a scenario's own checks after the measurement (e.g. create: no duplicates); it dies when one fails
  if declare -F scn_after >/dev/null; then scn_after; fi
)

# ---------------------------------------------------------------- the run
started=$SECONDS
step "SCALE=$SCALE, warm-up ${WARMUP}s rounds, ${WARMUP_MIN}-${WARMUP_MAX}s, measure ${DURATION}s, $CONNECTIONS connections, $WRK_THREADS wrk threads, port $PORT"
tools

step "fresh database $BENCH_DB"
"$SCRIPTS_DIR/db.sh" drop "$BENCH_DB"
"$SCRIPTS_DIR/db.sh" create "$BENCH_DB"
# raise_innodb VARIABLE MB WHY: raises a dynamic InnoDB size (to MB MiB) when it is smaller, until the database
# restarts; MB=0 leaves it; WHY is said when the server refuses.
raise_innodb() {
  local var="$1" want_mb="$2" why="$3" current_mb
  ((want_mb > 0)) || return 0
  current_mb="$(sql "select @@$var div 1048576")"
  ((current_mb < want_mb)) || return 0
  if sql "set global $var = $((want_mb * 1048576))" 2>/dev/null; then
    step "$var: $current_mb MiB -> $want_mb MiB (until the database restarts)"
  else
    step "$var is $current_mb MiB and could not be raised: $why"
  fi
}
# InnoDB's default buffer pool (128 MiB) holds a fifth of the activity table's indexes at SCALE=1, so every read
# scenario would measure the disk. A provincial server gives the database about 1 GiB: so does the bench (and
# docker-compose.yml). BENCH_BUFFER_POOL_MB=0 leaves it.
raise_innodb innodb_buffer_pool_size "${BENCH_BUFFER_POOL_MB:-1024}" "reads may hit the disk"
# The redo log: MariaDB's default (96 MiB) fills in ~25 s of creates (~5 KB of redo each), and each time it does InnoDB
# stops writes to flush pages: stalls of 100-200 ms in the create scenario's p99, even at 2 connections. A server
# that records a province's work gives it 512 MiB (docker-compose.yml). Dynamic since MariaDB 10.9;
# BENCH_REDO_LOG_MB=0 leaves it.
raise_innodb innodb_log_file_size "${BENCH_REDO_LOG_MB:-512}" "creates will stall when it fills"

step "first start: Flyway schema, root unit and admin"
start_backend
step "  empty-database start-to-ready: ${START_MS} ms"
stop_backend

ADMIN_HASH="$(sql "select password_hash from user_account where username = 'admin'")"
[[ "$ADMIN_HASH" == \$2* ]] || die "could not read admin's bcrypt hash (got '$ADMIN_HASH')"

step "generating the data set (SCALE=$SCALE)"
tool generate --scale "$SCALE" --password-hash "$ADMIN_HASH" >&2
# the half-month activity tallies (the service keeps them on every change; the generator loads rows directly):
# the rebuild statement of the migration that created the table, so there is one definition of a tally
t0=$SECONDS
sql "delete from activity_tally; $(sed -n '/^INSERT INTO activity_tally/,/;$/p' "$BACKEND_DIR/src/main/resources/db/migration/V7__activity_tally.sql")"
step "  activity tallies: $(sql "select count(*) from activity_tally") rows in $((SECONDS - t0)) s"
# fresh statistics for every table, so the optimizer sees the loaded sizes (InnoDB samples lazily otherwise)
tables="$(sql "select group_concat(table_name) from information_schema.tables where table_schema = database() and table_type = 'BASE TABLE'")"
sql "analyze table $tables" >/dev/null

# the figure tallies per period and subtree (report.FigureTally): the service builds them when it starts and finds
# none for its cut-offs; that start is not the one measured
sql "delete from figure_tally_state"
step "a start that builds the figure tallies"
start_backend
step "  built in a start of ${START_MS} ms: $(grep -o 'Built the figure tallies.*' "$LOG_DIR/bench-backend.log" | tail -1 || true)"
stop_backend

step "second start on the full data set"
start_backend
step "  start-to-ready: ${START_MS} ms"
JAVA_PID="$(java_pid)"

ADMIN_TOKEN="$(login_token admin)"
[[ -n "$ADMIN_TOKEN" ]] || die "admin could not log in"
USER_NAME="$(sql "select username from user_account where role = 'BRANCH_OFFICER' and active order by id limit 1")"
USER_TOKEN="$(login_token "$USER_NAME")"
[[ -n "$USER_TOKEN" ]] || die "the generated user $USER_NAME could not log in"
USER_ORG_ID="$(sql "select org_unit_id from user_account where username = '$USER_NAME'")"
ROOT_ORG_ID="$(sql "select org_unit_id from user_account where username = 'admin'")"
# a generated provincial officer at the root (the reviewer of nominations: SCN_AUTH=officer)
OFFICER_NAME="$(sql "select username from user_account where role = 'PROVINCIAL_OFFICER' and org_unit_id = $ROOT_ORG_ID
  and active order by id limit 1")"
OFFICER_TOKEN=""
if [[ -n "$OFFICER_NAME" ]]; then
  OFFICER_TOKEN="$(login_token "$OFFICER_NAME")"
  [[ -n "$OFFICER_TOKEN" ]] || die "the generated provincial officer $OFFICER_NAME could not log in"
fi
export ADMIN_TOKEN USER_TOKEN USER_NAME USER_ORG_ID ROOT_ORG_ID OFFICER_NAME OFFICER_TOKEN WORK_DIR

for s in "${SCENARIOS[@]}"; do
  run_scenario "$s"
done

RSS_MB="$(awk '/^VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$JAVA_PID/status" 2>/dev/null || true)"
[[ -n "$RSS_MB" ]] || die "could not read the backend's peak RSS (pid $JAVA_PID)"
echo "BENCH process rss_mb=$RSS_MB start_ms=$START_MS"
printf 'process\t%s\t%s\t%s\n' "$RSS_MB" "$START_MS" "rss_mb<512;start_ms<5000" >>"$RESULTS_TSV"
stop_backend

mkdir -p "$RESULTS_DIR"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
rows="$(sql "select concat((select count(*) from org_unit), ' org units, ', (select count(*) from user_account), ' users')")"
for t in activity communication nomination nomination_event movement movement_registration plan report; do
  table_exists "$t" && rows+=", $(sql "select count(*) from $t") $t"
done
meta="date=$(date -u +%Y-%m-%dT%H:%M:%SZ);SCALE=$SCALE;data=$rows;load=$CONNECTIONS connections, $WRK_THREADS wrk threads, warm-up in ${WARMUP} s rounds, at least ${WARMUP_MIN} s then until three agree within 5 % and stop rising (at most ${WARMUP_MAX} s), measured ${DURATION} s"
meta+=";machine=$(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1 | tr -d '"')"
meta+=";commit=$(git -C "$ROOT_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo
java -jar "$TOOLS_JAR" report --in "$RESULTS_TSV" --title "ThiDua bench — SCALE=$SCALE" --meta "$meta" \
  --md "$RESULTS_DIR/latest.md" --html "$RESULTS_DIR/latest.html"
cp "$RESULTS_DIR/latest.md" "$RESULTS_DIR/$stamp-scale$SCALE.md"
cp "$RESULTS_DIR/latest.html" "$RESULTS_DIR/$stamp-scale$SCALE.html"
step "results: bench/results/latest.md, latest.html ($stamp copies) in $(fmt_secs $((SECONDS - started)))"
