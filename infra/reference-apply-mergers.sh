#!/usr/bin/env bash
# `npm run --silent reference:apply-mergers`: moves running programmes of merged municipalities to
# their successor after a new reference year was loaded (apps/api/src/reference/apply-mergers.cli.ts,
# docs/operations.md "Loading a new reference year"); installing and compiling report on stderr only.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/lib.sh
ensure_node_modules >&2
ensure_build >&2
exec node dist/apps/api/src/reference/apply-mergers.cli.js "$@"
