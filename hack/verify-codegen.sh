#!/usr/bin/env bash
# Fails, printing a diff, when a generated file of the examples is stale.
# KODEGEN_VERIFY makes every kodegen generator and kodegen batch --verify:
# nothing is written.
set -euo pipefail
cd "$(dirname "$0")/.."
KODEGEN_VERIFY=true go generate ./examples/...
