#!/usr/bin/env bash
# `npm run bench [-- [--quick] [module ...]]`: the benchmark suite (not part of `npm test`).
# Loopback only; starts its own throw-away PostgreSQL and SQLite files, bounded in time
# (BENCH_TIMEOUT_S, default 1800), removes them when it ends. Prints a table on stdout and writes
# bench/results/latest.json (a full run) or bench/results/<modules>.tmp.json.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/lib.sh
ensure_node_modules
ensure_build
OLIEVLEK_PG_BIN="$(bash infra/ensure-postgres.sh)"
export OLIEVLEK_PG_BIN
OLIEVLEK_TEMPORAL_CLI="${OLIEVLEK_TEMPORAL_CLI:-$(bash infra/ensure-temporal-cli.sh)}"; export OLIEVLEK_TEMPORAL_CLI
OLIEVLEK_CHROMIUM="${OLIEVLEK_CHROMIUM:-$(bash infra/ensure-chromium.sh)}"; export OLIEVLEK_CHROMIUM  # module web

# The bench and what it imports, compiled by tsc as the product is (decorator metadata for
# TypeORM and Nest), into dist/bench/; rebuilt when a TypeScript source is newer than that build.
if [ ! -f dist/bench/.tsbuildinfo ] || [ -n "$(find apps libs workflows bench test/support -name '*.ts' -newer dist/bench/.tsbuildinfo -print -quit 2>/dev/null)" ] \
   || [ tsconfig.json -nt dist/bench/.tsbuildinfo ] || [ bench/tsconfig.json -nt dist/bench/.tsbuildinfo ]; then
  log "compiling the bench..."
  node node_modules/typescript/bin/tsc -p bench/tsconfig.json
fi

# `node` is the pinned Node 24 of node_modules/.bin (better-sqlite3 needs it); --expose-gc lets
# the bench collect garbage between rounds instead of inside them.
exec node --expose-gc dist/bench/bench/main.js "$@"
