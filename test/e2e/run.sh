#!/usr/bin/env bash
# Runs the end-to-end test alone: the generated shop.example.com/v1 clients
# against a real etcd and apiextensions-apiserver, both started inside the
# test process (nothing to install besides Go; the first run downloads about
# 340 MB of modules and builds for a few minutes).
#   test/e2e/run.sh                 # all of it
#   test/e2e/run.sh -run Informers  # extra flags go to `go test`
#   E2E_VERBOSE=1 test/e2e/run.sh   # keep the servers' logs
set -euo pipefail
cd "$(dirname "$0")"
exec go test -count=1 -v -timeout 15m . "$@"
