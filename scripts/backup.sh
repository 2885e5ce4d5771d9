#!/usr/bin/env bash
# `make backup`: one archive with a consistent dump of the application database and its attachment folder.
#   data/backups/thidua-<UTC timestamp>.tar.gz  containing  db.sql, attachments/, MANIFEST
# Environment: RUN_DB (thidua, the database `make run` uses), DB_HOST/DB_PORT/DB_USER/DB_PASSWORD,
#   APP_ATTACHMENTS_DIR (data/attachments, where `make run` keeps them), BACKUP_DIR (data/backups).
# Prints the archive's path on stdout; the rest goes to stderr.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUN_DB="${RUN_DB:-thidua}"
ATTACHMENTS_DIR="${APP_ATTACHMENTS_DIR:-$DATA_DIR/attachments}"
BACKUP_DIR="${BACKUP_DIR:-$DATA_DIR/backups}"

dump_bin="$(command -v mariadb-dump || command -v mysqldump || true)"
[[ -n "$dump_bin" ]] || die "mariadb-dump/mysqldump not found (apt-get install -y mariadb-client)"
[[ "$RUN_DB" =~ ^[A-Za-z0-9_]+$ ]] || die "invalid database name: '$RUN_DB'"
"$SCRIPTS_DIR/db.sh" sql -e "USE \`$RUN_DB\`" || die "database '$RUN_DB' is not there at $DB_HOST:$DB_PORT"

mkdir -p "$BACKUP_DIR"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
name="thidua-$stamp"
work="$(mktemp -d "$BACKUP_DIR/.$name.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# --single-transaction: one InnoDB snapshot without locking the tables, so the service keeps running.
# No --databases: the dump carries no CREATE DATABASE/USE, so it restores into any database name.
say "dumping database $RUN_DB from $DB_HOST:$DB_PORT"
MYSQL_PWD="$DB_PASSWORD" "$dump_bin" --protocol=TCP -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" \
  --single-transaction --routines --triggers --events --hex-blob --default-character-set=utf8mb4 \
  --no-tablespaces --skip-lock-tables "$RUN_DB" >"$work/db.sql"
tail -n 1 "$work/db.sql" | grep -q 'Dump completed' || die "the dump of $RUN_DB is incomplete"

# The folder is copied after the dump: stored files are named by their sha256 and never rewritten, so every
# attachment row of the dump finds its bytes (a file uploaded meanwhile is only an unused extra). Hard links
# make the copy instant and immune to files appearing while tar reads.
mkdir -p "$work/attachments"
if [[ -d "$ATTACHMENTS_DIR" ]]; then
  cp -al "$ATTACHMENTS_DIR/." "$work/attachments/" 2>/dev/null || cp -a "$ATTACHMENTS_DIR/." "$work/attachments/"
  find "$work/attachments" -name '.*.tmp' -delete
else
  say "no attachment folder at $ATTACHMENTS_DIR: the archive has none"
fi
files="$(find "$work/attachments" -type f | wc -l)"

{
  echo "database=$RUN_DB"
  echo "created_utc=$stamp"
  echo "server=$DB_HOST:$DB_PORT"
  echo "attachments_source=$ATTACHMENTS_DIR"
  echo "attachment_files=$files"
  echo "db_sql_sha256=$(sha256sum "$work/db.sql" | cut -d' ' -f1)"
} >"$work/MANIFEST"

out="$BACKUP_DIR/$name.tar.gz"
tar -C "$work" -czf "$out.part" MANIFEST db.sql attachments
mv "$out.part" "$out"
say "backup: database $RUN_DB ($(du -h "$work/db.sql" | cut -f1) of SQL) and $files attachment files"
say "written to ${out#"$ROOT_DIR"/} ($(du -h "$out" | cut -f1))"
echo "$out"
