#!/usr/bin/env bash
# `npm test`: installs and starts whatever the tests need, then runs the whole vitest suite.
# Ends with the line `vitest: N passed, N failed`.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/lib.sh
ensure_node_modules
ensure_build
OLIEVLEK_TEMPORAL_CLI="$(bash infra/ensure-temporal-cli.sh)"
TEMPORAL_TEST_SERVER_PATH="$(bash infra/ensure-temporal-test-server.sh)"
OLIEVLEK_PG_BIN="$(bash infra/ensure-postgres.sh)"
OLIEVLEK_CHROMIUM="$(bash infra/ensure-chromium.sh)"
OLIEVLEK_HELM="$(bash infra/ensure-helm.sh)"
export OLIEVLEK_TEMPORAL_CLI TEMPORAL_TEST_SERVER_PATH OLIEVLEK_PG_BIN OLIEVLEK_CHROMIUM OLIEVLEK_HELM

# Type errors in tests are caught here: vitest itself strips types without checking them.
log "type-checking..."
if ! node node_modules/typescript/bin/tsc -p tsconfig.json --noEmit; then
  echo "vitest: 0 passed, 1 failed"
  exit 1
fi

mkdir -p test/.artifacts
report=test/.artifacts/vitest-report.json
rm -f "$report"
set +e
node node_modules/vitest/vitest.mjs run --reporter=default --reporter=json --outputFile.json="$report" "$@"
rc=$?
set -e
node infra/vitest-summary.mjs "$report"
exit $rc
