#!/usr/bin/env bash
# `npm test`: installs and starts whatever the tests need, then runs the whole vitest suite.
# Ends with the line `vitest: N passed, N failed`.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/lib.sh
ensure_node_modules
ensure_build
ensure_test_servers
OLIEVLEK_CHROMIUM="$(bash infra/ensure-chromium.sh)"
OLIEVLEK_HELM="$(bash infra/ensure-helm.sh)"
export OLIEVLEK_CHROMIUM OLIEVLEK_HELM
typecheck_or_fail

mkdir -p test/.artifacts
report=test/.artifacts/vitest-report.json
rm -f "$report"
set +e
node node_modules/vitest/vitest.mjs run --reporter=default --reporter=json --outputFile.json="$report" "$@"
rc=$?
set -e
node infra/vitest-summary.mjs "$report"
exit $rc
