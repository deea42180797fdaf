#!/usr/bin/env bash
# Runs every test of the module (conformance against the upstream oracle
# included) and prints the conformance counts and the per-package results.
# On failure it prints the whole log of what failed.
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
go test -count=1 -v -timeout 60m ./... "$@" >"$log" 2>&1
rc=$?
grep -E '[0-9]+/[0-9]+ identical|^(ok|FAIL|---\sFAIL|panic)' "$log"
if [ $rc -ne 0 ]; then
  echo "=== failures ==="
  grep -v -E '^(=== (RUN|PAUSE|CONT|NAME)|--- PASS|\s+--- PASS)' "$log" | tail -400
fi
total_pass=$(grep -cE '^\s*--- PASS' "$log")
total_fail=$(grep -cE '^\s*--- FAIL' "$log")
total_skip=$(grep -cE '^\s*--- SKIP' "$log")
echo "tests: $total_pass passed, $total_fail failed, $total_skip skipped"
exit $rc
