#!/usr/bin/env bash
# `make test`: every check the project has, in order, stopping at the first failure.
#   scripts/test.sh                  all stages: setup lint backend frontend e2e bench reliability
#   scripts/test.sh setup backend    only the stages named
# Each stage prints a header and its time; the total time comes last. Exit status is non-zero on any failure.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ALL_STAGES=(setup lint backend frontend e2e bench reliability)
if [[ $# -gt 0 ]]; then stages=("$@"); else stages=("${ALL_STAGES[@]}"); fi

# Every part of the reliability and security suite appends its `RELIABILITY <part> ...` line here (the backend's
# access matrix, contract fuzz and security tests, the scripts of the reliability stage); a run of the backend
# stage starts the file afresh, and the reliability stage turns it into bench/results/reliability-latest.md.
export RELIABILITY_OUT="$ROOT_DIR/target/reliability.txt"
if [[ " ${stages[*]} " == *" backend "* ]]; then
  rm -f "$RELIABILITY_OUT"
fi

stage_setup() {
  "$SCRIPTS_DIR/db.sh" ensure
  "$SCRIPTS_DIR/keys.sh"
}

stage_lint() {
  spectral_lint --display-only-failures
}

stage_backend() {
  # The tests create and migrate their own database (thidua_test).
  mvnw -B verify
  "$SCRIPTS_DIR/check-bootstrap.sh"
}

stage_frontend() {
  npm_deps "$FRONTEND_DIR"
  cd "$FRONTEND_DIR"
  npm run check:api
  npm run typecheck
  CI=true npm test # CI=true: Vitest runs once instead of watching
  npm run build
}

stage_e2e() {
  # When the backend and frontend stages ran in this invocation they built the jar and dist already.
  if [[ " ${stages[*]} " == *" backend "* && " ${stages[*]} " == *" frontend "* ]]; then
    E2E_SKIP_BUILD=1 "$SCRIPTS_DIR/e2e.sh"
  else
    "$SCRIPTS_DIR/e2e.sh"
  fi
}

stage_reliability() {
  bash "$SCRIPTS_DIR/reliability/two-instances.sh"
  bash "$SCRIPTS_DIR/reliability/backup-roundtrip.sh"
  bash "$SCRIPTS_DIR/reliability/portman.sh"
  "$SCRIPTS_DIR/reliability/summary.sh" "$RELIABILITY_OUT" reliability-latest \
    "ThiDua reliability and security suite — make test"
}

stage_bench() {
  if [[ -x "$ROOT_DIR/bench/run.sh" || -f "$ROOT_DIR/bench/run.sh" ]]; then
    make -C "$ROOT_DIR" --no-print-directory bench SCALE=0.01
  else
    say "bench/run.sh is not there yet: skipped"
  fi
}

declare -A titles=(
  [setup]="database server and JWT keys"
  [lint]="contract lint (Spectral on openapi.yaml)"
  [backend]="backend: mvnw verify"
  [frontend]="frontend: check:api, typecheck, unit tests, build"
  [e2e]="end-to-end journeys (Playwright)"
  [reliability]="two instances on one database, backup round trip, Portman fuzz, the suite's summary"
  [bench]="bench smoke (SCALE=0.01)"
)

summary=()
current=""
started=$SECONDS
finish() {
  local rc=$?
  trap - EXIT
  if [[ -n "$current" ]]; then
    summary+=("$(printf '  %-11s FAILED after %s' "$current" "$(fmt_secs $((SECONDS - stage_start)))")")
  fi
  echo
  echo "==================== summary ===================="
  printf '%s\n' "${summary[@]}"
  if [[ $rc -eq 0 ]]; then
    echo "all stages passed in $(fmt_secs $((SECONDS - started)))"
  else
    echo "FAILED (exit $rc) after $(fmt_secs $((SECONDS - started)))"
  fi
  exit "$rc"
}
trap finish EXIT

for s in "${stages[@]}"; do
  [[ -n "${titles[$s]:-}" ]] || die "unknown stage '$s' (stages: ${ALL_STAGES[*]})"
done

for s in "${stages[@]}"; do
  echo
  echo "==> [$s] ${titles[$s]}"
  current="$s"
  stage_start=$SECONDS
  ( "stage_$s" )
  current=""
  secs=$((SECONDS - stage_start))
  echo "<== [$s] ok in $(fmt_secs "$secs")"
  summary+=("$(printf '  %-11s ok     %s' "$s" "$(fmt_secs "$secs")")")
done
