#!/usr/bin/env bash
# Runs every test: the module's (the conformance corpora against upstream's
# published output and the CI part of the field suite included),
# hack/verify-codegen.sh on the examples, then the end-to-end module against
# a real API server (test/e2e, a module of its own). Prints the conformance
# counts, the field table, one line per package, and the whole log of
# anything that failed.
#
#   hack/test.sh            # everything but the field modules outside the CI set
#   hack/test.sh --field    # everything, every field module included (test/field/README.md)
#   hack/test.sh --all      # everything, and the conformance of every older client-go release (docs/versions.md)
#   hack/test.sh -short     # skip the conformance corpora and the field suite (flags go to go test)
#   KODEGEN_E2E=0 hack/test.sh   # skip the end-to-end module
set -uo pipefail
cd "$(dirname "$0")/.."
timeout=60m
if [ "${1:-}" = "--all" ]; then
  # TestReleases: every release from v0.31 to v0.36, not only the CI set.
  export KODEGEN_VERSIONS=all
  shift
fi
if [ "${1:-}" = "--field" ]; then
  export KODEGEN_FIELD=all
  # openshift/client-go alone took 66 min (upstream 38 of them) at load 15-20.
  timeout=150m
  shift
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT

start=$(date +%s)
go test -count=1 -v -timeout "$timeout" ./... "$@" >"$log" 2>&1
rc=$?
# The examples' committed generated files must be what the generators write.
if hack/verify-codegen.sh >>"$log" 2>&1; then
  echo "verify-codegen: the examples' generated files are up to date" >>"$log"
else
  echo "verify-codegen: FAILED: the examples' generated files are stale (run hack/update-codegen.sh)" >>"$log"
  rc=1
fi
if [ "${KODEGEN_E2E:-1}" != 0 ]; then
  e2e_start=$(date +%s)
  (cd test/e2e && go test -count=1 -v -timeout 30m . "$@") >>"$log" 2>&1 || rc=1
  echo "e2e: $(( $(date +%s) - e2e_start ))s (module download and build included)" >>"$log"
fi

grep -E '^[a-z-]+ .*[0-9]+/[0-9]+ identical$|^(ok|FAIL|---\sFAIL|panic|e2e:|verify-codegen:|field:|\| )' "$log"
if [ $rc -ne 0 ]; then
  echo "=== failures ==="
  grep -v -E '^(=== (RUN|PAUSE|CONT|NAME)|\s*--- PASS)' "$log" | tail -400
fi
pass=$(grep -cE '^\s*--- PASS' "$log")
fail=$(grep -cE '^\s*--- FAIL' "$log")
skip=$(grep -cE '^\s*--- SKIP' "$log")
echo "total time: $(( $(date +%s) - start ))s"
echo "$pass passed, $fail failed, $skip skipped"
exit $rc
