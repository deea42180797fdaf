#!/usr/bin/env bash
# Regenerates every generated file of the examples, through the go:generate
# lines in examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
go generate ./examples/...
