# Shared set-up steps for `npm start` and `npm test`: everything a fresh clone needs, done only
# when missing. Sourced from infra/start.sh and infra/test.sh with the repo root as cwd.

log() { printf '[olievlek] %s\n' "$*" >&2; }

node_modules_stale() {
  [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
    || [ ! -x node_modules/.bin/node ]
}

# Dependencies, from package-lock.json, when node_modules is missing or older than the lock.
ensure_node_modules() {
  if node_modules_stale; then
    # One install at a time: two runs in one clone (`npm test` and a bare `vitest`, whose global
    # set-up gets here too) would otherwise both empty and refill node_modules.
    local lock
    exec {lock}>"${TMPDIR:-/tmp}/olievlek-npm.lock"
    command -v flock >/dev/null && flock "$lock"
    if node_modules_stale; then
      log "installing dependencies (npm ci)..."
      local start=$SECONDS
      npm ci --no-audit --no-fund --loglevel=error >&2
      log "dependencies installed in $((SECONDS - start))s"
    fi
    exec {lock}>&-
  fi
  # From here on `node` is the pinned Node 24 of node_modules/.bin (npm puts it first on PATH).
  PATH="$PWD/node_modules/.bin:$PATH"
  export PATH
  hash -r
}

# Compiled JavaScript in dist/, rebuilt when any TypeScript source is newer than the last build;
# the browser bundles (the workspace, GraphiQL) when their sources are newer than the bundle.
ensure_build() {
  if [ ! -f dist/.tsbuildinfo ] || [ -n "$(find apps libs workflows tsconfig.json tsconfig.build.json \( -path apps/web -o -path apps/api/src/graphiql/ide \) -prune -o -newer dist/.tsbuildinfo -print -quit 2>/dev/null)" ]; then
    log "compiling TypeScript..."
    node node_modules/typescript/bin/tsc -p tsconfig.build.json
  fi
  # The workspace (apps/web) for /, /programmas/…: React and the NL Design System, bundled from npm.
  if [ ! -f dist/web/.built ] || [ -n "$(find apps/web libs/domain/src/lifecycle/settings.ts libs/reference-data/municipalities.csv libs/reference-data/municipalities.topo.json package-lock.json -newer dist/web/.built -print -quit 2>/dev/null)" ]; then
    log "bundling the workspace..."
    node apps/web/build.mjs
  fi
  # GraphiQL for /graphiql, bundled from npm (apps/api/src/graphiql/build.mjs): no CDN.
  if [ ! -f dist/graphiql/.built ] || [ -n "$(find apps/api/src/graphiql/ide apps/api/src/graphiql/build.mjs package-lock.json -newer dist/graphiql/.built -print -quit 2>/dev/null)" ]; then
    log "bundling GraphiQL..."
    node apps/api/src/graphiql/build.mjs
  fi
}

# The servers the tests start (Temporal CLI and test server, PostgreSQL, Keycloak, Mailpit), exported for vitest.
ensure_test_servers() {
  OLIEVLEK_TEMPORAL_CLI="$(bash infra/ensure-temporal-cli.sh)"
  TEMPORAL_TEST_SERVER_PATH="$(bash infra/ensure-temporal-test-server.sh)"
  OLIEVLEK_PG_BIN="$(bash infra/ensure-postgres.sh)"
  OLIEVLEK_KEYCLOAK_HOME="$(bash infra/ensure-keycloak.sh)"
  OLIEVLEK_MAILPIT_BIN="$(bash infra/ensure-mailpit.sh)"
  export OLIEVLEK_TEMPORAL_CLI TEMPORAL_TEST_SERVER_PATH OLIEVLEK_PG_BIN OLIEVLEK_KEYCLOAK_HOME OLIEVLEK_MAILPIT_BIN
}

# Temporal's own server and schema tool (infra/ensure-temporal-server.sh), for the chaos suite's
# cluster test only: a cold build takes minutes, so `npm test` does not wait for it.
ensure_temporal_server() {
  log "ensuring the Temporal server build (cluster test)..."
  OLIEVLEK_TEMPORAL_SERVER_DIR="$(bash infra/ensure-temporal-server.sh)"
  export OLIEVLEK_TEMPORAL_SERVER_DIR
}

# Type errors in tests are caught here: vitest itself strips types without checking them.
# On failure the closing line still says so, and the script exits 1.
typecheck_or_fail() {
  log "type-checking..."
  if ! node node_modules/typescript/bin/tsc -p tsconfig.json --noEmit; then
    echo "vitest: 0 passed, 1 failed"
    exit 1
  fi
}
