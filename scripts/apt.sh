#!/usr/bin/env bash
# Installs the Debian packages given as arguments that are not installed yet.
# `apt-get update` runs only when something is missing. Quiet when there is nothing to do.
#   scripts/apt.sh chromium wrk
set -euo pipefail

[[ $# -gt 0 ]] || exit 0

missing=()
for pkg in "$@"; do
  # dpkg -s succeeds for removed-but-configured packages too; require "install ok installed".
  if [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" != "install ok installed" ]]; then
    missing+=("$pkg")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "apt.sh: apt-get not found; please install: ${missing[*]}" >&2
  exit 1
fi
SUDO=()
if [[ $EUID -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "apt.sh: not root and no sudo; please install: ${missing[*]}" >&2
    exit 1
  fi
fi

echo "apt.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}" >/dev/null
