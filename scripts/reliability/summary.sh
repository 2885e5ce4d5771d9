#!/usr/bin/env bash
# Collects the `RELIABILITY <part> key=value ...` lines that the parts of the reliability and security suite
# appended to one file, prints them as a table and writes bench/results/<name>.md.
#   scripts/reliability/summary.sh <lines-file> <name> <title>
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

lines="${1:?lines file}"
name="${2:?result name, e.g. reliability-latest}"
title="${3:-ThiDua reliability and security suite}"
[[ -s "$lines" ]] || die "no RELIABILITY lines in $lines: did the parts run?"

out="$ROOT_DIR/bench/results/$name.md"
mkdir -p "$(dirname "$out")"
{
  echo "# $title"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown), $(nproc) cores"
  echo
  echo "| part | numbers |"
  echo "| --- | --- |"
  # the last line of each part wins (a part that ran twice, e.g. a retried test, counts once)
  awk '$1 == "RELIABILITY" { part = $2; $1 = ""; $2 = ""; sub(/^ +/, ""); row[part] = $0; if (!(part in seen)) { seen[part] = 1; order[++n] = part } }
       END { for (i = 1; i <= n; i++) printf "| %s | %s |\n", order[i], row[order[i]] }' "$lines"
} >"$out"
echo
sed -n '/^| part/,$p' "$out"
say "written to ${out#"$ROOT_DIR"/}"
