#!/usr/bin/env bash
# `make restore FILE=data/backups/thidua-....tar.gz`: replaces the application database and its attachment folder
# with what a `make backup` archive holds. Stop the backend first: it must not write while the data is replaced.
# Asks for confirmation unless CI=true or FORCE=1.
# Environment: FILE (required), RUN_DB (thidua), DB_HOST/DB_PORT/DB_USER/DB_PASSWORD,
#   APP_ATTACHMENTS_DIR (data/attachments).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

FILE="${FILE:-${1:-}}"
RUN_DB="${RUN_DB:-thidua}"
ATTACHMENTS_DIR="${APP_ATTACHMENTS_DIR:-$DATA_DIR/attachments}"

[[ -n "$FILE" ]] || die "which backup? make restore FILE=data/backups/thidua-<timestamp>.tar.gz"
[[ -f "$FILE" ]] || die "no such file: $FILE"
[[ "$RUN_DB" =~ ^[A-Za-z0-9_]+$ ]] || die "invalid database name: '$RUN_DB'"

work="$(mktemp -d "${TMPDIR:-/tmp}/thidua-restore.XXXXXX")"
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xzf "$FILE"
[[ -f "$work/MANIFEST" && -f "$work/db.sql" && -d "$work/attachments" ]] ||
  die "$FILE is not a ThiDua backup (MANIFEST, db.sql, attachments/ expected)"
want="$(sed -n 's/^db_sql_sha256=//p' "$work/MANIFEST")"
[[ "$(sha256sum "$work/db.sql" | cut -d' ' -f1)" == "$want" ]] || die "db.sql does not match its MANIFEST checksum"

say "backup: $(tr '\n' ' ' <"$work/MANIFEST")"
say "this REPLACES database '$RUN_DB' at $DB_HOST:$DB_PORT and the folder $ATTACHMENTS_DIR"
if [[ "${CI:-}" != true && "${FORCE:-}" != 1 ]]; then
  [[ -t 0 ]] || die "not a terminal: set FORCE=1 to restore without asking"
  read -r -p "type the database name ($RUN_DB) to go on: " answer
  [[ "$answer" == "$RUN_DB" ]] || die "not confirmed; nothing changed"
fi

# Into a scratch database first, so a dump that fails to load leaves the current data untouched.
scratch="${RUN_DB}_restoring"
"$SCRIPTS_DIR/db.sh" drop "$scratch"
"$SCRIPTS_DIR/db.sh" create "$scratch"
say "loading db.sql into $scratch"
if ! "$SCRIPTS_DIR/db.sh" sql --default-character-set=utf8mb4 "$scratch" <"$work/db.sql"; then
  "$SCRIPTS_DIR/db.sh" drop "$scratch"
  die "the dump did not load; database $RUN_DB is unchanged"
fi

# MariaDB has no RENAME DATABASE: the tables move one by one, which is instant. Views, triggers, routines and events
# cannot move between databases, so when the dump has any (the schema has none today) it is loaded a second time
# straight into the target.
tables="$("$SCRIPTS_DIR/db.sh" sql -e "SELECT table_name FROM information_schema.tables WHERE table_schema='$scratch' AND table_type='BASE TABLE'")"
others="$("$SCRIPTS_DIR/db.sh" sql -e "SELECT (SELECT COUNT(*) FROM information_schema.views WHERE table_schema='$scratch')
  + (SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema='$scratch')
  + (SELECT COUNT(*) FROM information_schema.routines WHERE routine_schema='$scratch')
  + (SELECT COUNT(*) FROM information_schema.events WHERE event_schema='$scratch')")"
"$SCRIPTS_DIR/db.sh" drop "$RUN_DB"
"$SCRIPTS_DIR/db.sh" create "$RUN_DB"
if [[ "$others" != 0 ]]; then
  "$SCRIPTS_DIR/db.sh" sql --default-character-set=utf8mb4 "$RUN_DB" <"$work/db.sql"
elif [[ -n "$tables" ]]; then
  renames="$(while read -r t; do printf '`%s`.`%s` TO `%s`.`%s`,' "$scratch" "$t" "$RUN_DB" "$t"; done <<<"$tables")"
  "$SCRIPTS_DIR/db.sh" sql -e "RENAME TABLE ${renames%,}"
fi
"$SCRIPTS_DIR/db.sh" drop "$scratch"

# The folder is swapped whole, so no file of the replaced data stays behind.
parent="$(dirname "$ATTACHMENTS_DIR")"
mkdir -p "$parent"
fresh="$(mktemp -d "$parent/.attachments-restoring.XXXXXX")"
cp -a "$work/attachments/." "$fresh/"
chmod 755 "$fresh"
old=""
if [[ -e "$ATTACHMENTS_DIR" ]]; then
  old="$parent/.attachments-replaced.$$"
  mv "$ATTACHMENTS_DIR" "$old"
fi
mv "$fresh" "$ATTACHMENTS_DIR"
[[ -n "$old" ]] && rm -rf "$old"

files="$(find "$ATTACHMENTS_DIR" -type f | wc -l)"
count="$(wc -l <<<"$tables")"
say "restored database $RUN_DB ($count tables) and $files attachment files into $ATTACHMENTS_DIR"
