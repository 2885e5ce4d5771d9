#!/usr/bin/env bash
# Polls URL until it answers 200, for at most TIMEOUT_SECONDS (default 60).
#   scripts/wait-for.sh http://127.0.0.1:8080/q/health/ready 120
# Optional: WAIT_FOR_PID=1234 gives up early when that process has died.
set -euo pipefail

url="${1:?usage: wait-for.sh URL [TIMEOUT_SECONDS]}"
timeout="${2:-60}"
deadline=$((SECONDS + timeout))
code=000
while ((SECONDS < deadline)); do
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" 2>/dev/null || true)"
  [[ "$code" == 200 ]] && exit 0
  # (a dead child of the caller stays a zombie until reaped, so read its state rather than `kill -0`)
  if [[ -n "${WAIT_FOR_PID:-}" ]] &&
    [[ "$(sed 's/.*) //' "/proc/$WAIT_FOR_PID/stat" 2>/dev/null | cut -d' ' -f1)" =~ ^(Z|X|)$ ]]; then
    echo "wait-for.sh: process $WAIT_FOR_PID exited before $url answered 200" >&2
    exit 1
  fi
  sleep 0.5
done
echo "wait-for.sh: $url did not answer 200 within ${timeout}s (last status: $code)" >&2
exit 1
