#!/usr/bin/env bash
# `npm run seed:demo`: demo programmes for the six pioneer collectives and about thirty others,
# driven through the running API (npm start) to different phases. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/lib.sh
ensure_node_modules >&2
ensure_build >&2
exec node dist/apps/seed/src/main.js "$@"
