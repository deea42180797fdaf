#!/usr/bin/env bash
# Fails, printing a diff, when a generated file of the examples is stale.
# KODEGEN_VERIFY makes every kodegen generator (and models-schema) --verify:
# nothing is written. kube-openapi's openapi-gen has no such mode and always
# rewrites its file, so that one file is put back as it was, timestamps
# included, and compared here.
set -euo pipefail
cd "$(dirname "$0")/.."
openapi=examples/generated/openapi/zz_generated.openapi.go
saved="$(mktemp)"
cp -p "${openapi}" "${saved}"
restore() { cp -p "${saved}" "${openapi}"; rm -f "${saved}"; }
trap restore EXIT
rc=0
KODEGEN_VERIFY=true go generate ./examples/... || rc=$?
if ! cmp -s "${saved}" "${openapi}"; then
  diff -u "${saved}" "${openapi}" || true
  echo "${openapi} is out of date; run hack/update-codegen.sh" >&2
  rc=1
fi
exit "${rc}"
