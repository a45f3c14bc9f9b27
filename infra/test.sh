#!/usr/bin/env bash
# `npm test`: installs and starts whatever the tests need, lints (`npm run lint`), then runs every
# vitest project (unit, stack). Ends with the line `vitest: N passed, N failed`; a failed lint
# counts there as one failure and makes the script exit non-zero, after the tests have run.
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
rm -f "$report" test/.artifacts/lint-failed
failed_steps=()
if ! bash infra/lint.sh; then
  failed_steps+=(--failed lint)
  # For .ci/run, whose closing line sums this run's report with the chaos run's.
  : >test/.artifacts/lint-failed
fi
set +e
node node_modules/vitest/vitest.mjs run --reporter=default --reporter=json --outputFile.json="$report" "$@"
rc=$?
set -e
node infra/vitest-summary.mjs "${failed_steps[@]}" "$report"
[ ${#failed_steps[@]} -eq 0 ] || rc=1
exit $rc
