#!/usr/bin/env bash
# `npm run --silent token -- --role KWARTIERMAKER`: an access token for the local (HS256) mode,
# alone on stdout; installing and compiling, when needed, report on stderr only.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/lib.sh
ensure_node_modules >&2
ensure_build >&2
exec node dist/apps/api/src/auth/token.cli.js "$@"
