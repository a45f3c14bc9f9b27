#!/usr/bin/env bash
# `npm run --silent members -- grant --programme <id> --subject <sub> --role <ROLE>`: gives a local
# token's person roles in a programme (apps/api/src/members/members.cli.ts), for scripts and demos;
# installing and compiling, when needed, report on stderr only.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/lib.sh
ensure_node_modules >&2
ensure_build >&2
exec node dist/apps/api/src/members/members.cli.js "$@"
