#!/usr/bin/env bash
# Proves `make backup` / `make restore` with a round trip on a scratch database:
#   the jar with the demo data on a fresh database and a scratch attachment folder, 3 attachments uploaded through
#   the API; backup while it runs; the database dropped and the folder removed; restore; then the row count of every
#   table and the sha256 of every stored file are compared, and the restarted backend serves each attachment with
#   the checksum it had at upload.
# Prints: RELIABILITY backup-roundtrip tables=<n> rows=<n> attachments=<files> mismatches=0 (exit 1 otherwise).
# Environment: RT_DB (thidua_backup_check), RT_PORT (8310), DB_* as everywhere.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
. "$SCRIPTS_DIR/reliability/lib.sh"

RT_DB="${RT_DB:-thidua_backup_check}"
RT_PORT="${RT_PORT:-8310}"
WORK="$DATA_DIR/reliability/backup-roundtrip"
ATT="$WORK/attachments"
LOG="$LOG_DIR/backup-roundtrip-backend.log"
BASE="http://127.0.0.1:$RT_PORT"
backend_pid=""
trap 'stop_group "$backend_pid"' EXIT

"$SCRIPTS_DIR/db.sh" ensure
"$SCRIPTS_DIR/keys.sh"
ensure_jar
rm -rf "$WORK"
mkdir -p "$WORK"
fresh_db "$RT_DB"

say "backend on :$RT_PORT with the demo data in $RT_DB"
start_backend backend_pid "$RT_PORT" "$RT_DB" "$ATT" "$LOG" APP_DEMO_DATA=true
wait_ready "$backend_pid" "$RT_PORT" 180 "$LOG"
token="$(login "$BASE" canbo.xa)"

activity="$(curl -sf --max-time 20 -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"type":"GIFT_VISIT","title":"Thăm hỏi tặng quà — sao lưu","startDate":"2021-03-02","giftCount":3,"giftCashVnd":1500000}' \
  "$BASE/api/v1/activities" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).id))')"
[[ "$activity" =~ ^[0-9]+$ ]] || die "could not create the activity"

node "$REL_DIR/make-files.mjs" "$WORK/upload" "$$"
: >"$WORK/uploaded.txt"
for f in "$WORK"/upload/*; do
  curl -sf --max-time 30 -H "Authorization: Bearer $token" -F "file=@$f" \
    "$BASE/api/v1/activities/$activity/attachments" |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const a=JSON.parse(s);console.log(a.id+" "+a.sha256)})' \
      >>"$WORK/uploaded.txt" || die "upload of $(basename "$f") failed"
done
say "uploaded $(wc -l <"$WORK/uploaded.txt") attachments to activity $activity"

files_sums() { (cd "$ATT" && find . -type f ! -name '.*' -print0 | sort -z | xargs -0 -r sha256sum); }
table_counts "$RT_DB" >"$WORK/counts-before.txt"
files_sums >"$WORK/files-before.txt"

# Backed up while the service runs, as an operator would.
archive="$(RUN_DB="$RT_DB" APP_ATTACHMENTS_DIR="$ATT" BACKUP_DIR="$WORK/backups" bash "$SCRIPTS_DIR/backup.sh")"
[[ -f "$archive" ]] || die "backup.sh printed no archive"

stop_group "$backend_pid"
backend_pid=""
"$SCRIPTS_DIR/db.sh" drop "$RT_DB"
rm -rf "$ATT"

FILE="$archive" RUN_DB="$RT_DB" APP_ATTACHMENTS_DIR="$ATT" FORCE=1 bash "$SCRIPTS_DIR/restore.sh"

table_counts "$RT_DB" >"$WORK/counts-after.txt"
files_sums >"$WORK/files-after.txt"
mismatches=0
if ! diff "$WORK/counts-before.txt" "$WORK/counts-after.txt" >&2; then
  mismatches=$((mismatches + $(diff "$WORK/counts-before.txt" "$WORK/counts-after.txt" | grep -c '^<' || true)))
fi
if ! diff "$WORK/files-before.txt" "$WORK/files-after.txt" >&2; then
  mismatches=$((mismatches + $(diff "$WORK/files-before.txt" "$WORK/files-after.txt" | grep -c '^[<>]' || true)))
fi

# The restored data must also be usable: the service starts on it (Flyway validates the schema) and serves each
# attachment with the checksum it answered at upload.
start_backend backend_pid "$RT_PORT" "$RT_DB" "$ATT" "$LOG"
wait_ready "$backend_pid" "$RT_PORT" 180 "$LOG"
token="$(login "$BASE" canbo.xa)"
while read -r id sha; do
  got="$(curl -sf --max-time 20 -H "Authorization: Bearer $token" "$BASE/api/v1/attachments/$id" | sha256sum | cut -d' ' -f1)"
  if [[ "$got" != "$sha" ]]; then
    say "attachment $id: served $got, uploaded $sha"
    mismatches=$((mismatches + 1))
  fi
done <"$WORK/uploaded.txt"

tables="$(wc -l <"$WORK/counts-after.txt")"
rows="$(awk '{s += $2} END {print s + 0}' "$WORK/counts-after.txt")"
files="$(wc -l <"$WORK/files-after.txt")"
reliability backup-roundtrip "tables=$tables" "rows=$rows" "attachments=$files" "mismatches=$mismatches"
[[ "$mismatches" == 0 ]] || die "the restored data differs from the backed-up data"
