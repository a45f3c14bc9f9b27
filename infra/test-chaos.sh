#!/usr/bin/env bash
# `npm run test:chaos [-- <vitest args>]`: the fault tests that do not fit in `npm test`'s time
# (test/chaos/*.chaos-spec.ts): a 60 s load of 50 clients, many lifecycles with the worker
# SIGKILLed and the dev server and webhook receiver taken down, PostgreSQL stopped under the
# projection, the product's containers on a Temporal cluster whose history service is SIGKILLed.
# Loopback only; every server is started and stopped by the tests, bounded in time
# (CHAOS_TIMEOUT_S, default 3600: a cold run also builds the Temporal server and the container
# image). Ends with the line `vitest: N passed, N failed`.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/lib.sh
ensure_node_modules
ensure_build
ensure_test_servers
ensure_temporal_server
typecheck_or_fail

mkdir -p test/.artifacts
report=test/.artifacts/vitest-chaos-report.json
rm -f "$report"
set +e
timeout --kill-after=30 "${CHAOS_TIMEOUT_S:-3600}" \
  node node_modules/vitest/vitest.mjs run --config test/chaos/vitest.config.mts \
  --reporter=default --reporter=json --outputFile.json="$report" "$@"
rc=$?
set -e
node infra/vitest-summary.mjs "$report"
exit $rc
