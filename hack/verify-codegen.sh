#!/usr/bin/env bash
# Fails, printing a diff, when a generated file of the examples is stale.
# KODEGEN_VERIFY makes every kodegen generator (openapi-gen included) and
# models-schema --verify: nothing is written.
set -euo pipefail
cd "$(dirname "$0")/.."
KODEGEN_VERIFY=true go generate ./examples/...
