#!/usr/bin/env bash
# Runs every test of every module of go.work: the root module's (the
# conformance corpora against upstream's published output and the CI part
# of the field suite included) and those of the modules that need
# k8s.io/api, apimachinery or client-go (examples, …; the root module, which
# users install, requires none of them), in one go test run;
# hack/verify-codegen.sh on the examples; then the end-to-end module against
# a real API server (test/e2e). Prints the modules, the conformance counts,
# the field table, one line per package, and the whole log of anything that
# failed.
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
  # test/controllergen: cluster-api too, and 20 runs each for determinism.
  export KODEGEN_CONTROLLERGEN=all
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
# Every module go.work uses but the end-to-end one (below). `go test ./...`
# stops at a nested module's go.mod: each module gets its own pattern.
e2e=test/e2e
patterns=()
modules=()
while read -r dir; do
  dir=${dir#./}
  [ "$dir" = "$e2e" ] && continue
  modules+=("$dir")
  if [ "$dir" = . ]; then patterns+=(./...); else patterns+=("./$dir/..."); fi
done < <(go work edit -json | sed -n 's/^[[:space:]]*"DiskPath": "\(.*\)"[,]*$/\1/p')
if [ ${#patterns[@]} -lt 2 ]; then
  echo "hack/test.sh: go.work lists ${#patterns[@]} module(s) besides $e2e; want the root and examples at least" >&2
  exit 1
fi
echo "modules: ${modules[*]} (then $e2e)" >"$log"
go test -count=1 -v -timeout "$timeout" "${patterns[@]}" "$@" >>"$log" 2>&1
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

grep -E '^[a-z-]+ .*[0-9]+/[0-9]+ identical$|^(ok|FAIL|---\sFAIL|panic|modules:|e2e:|verify-codegen:|field:|\| )' "$log"
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
