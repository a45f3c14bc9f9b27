#!/usr/bin/env bash
# `npm start`: installs and builds what is missing, then runs the whole product locally.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/lib.sh
ensure_node_modules
ensure_build
if [ -z "${TEMPORAL_ADDRESS:-}" ]; then
  OLIEVLEK_TEMPORAL_CLI="$(bash infra/ensure-temporal-cli.sh)"
  export OLIEVLEK_TEMPORAL_CLI
fi
exec node infra/start.mjs
