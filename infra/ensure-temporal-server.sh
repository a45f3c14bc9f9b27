#!/usr/bin/env bash
# Builds Temporal's own server (go.temporal.io/server: the frontend, history, matching and worker
# services) and its SQL schema tool from the Go module proxy, once, into a cache outside the repo,
# and copies the module's PostgreSQL schema directories beside them. Prints the cache directory on
# stdout; progress goes to stderr. Layout of that directory:
#   temporal-server, temporal-sql-tool, schema/postgresql/v12/{temporal,visibility}/versioned/
#
# The version is the one the pinned Temporal CLI (infra/ensure-temporal-cli.sh, v1.5.1) embeds as
# its dev server: go.temporal.io/server v1.29.1 (`go version -m temporal`). The product is tested
# against the dev server, so the cluster runs the same server code. When the CLI is in the cache,
# its build info is checked against this pin.
set -euo pipefail
TEMPORAL_SERVER_VERSION="${TEMPORAL_SERVER_VERSION:-1.29.1}"
CACHE_ROOT="${OLIEVLEK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/olievlek}"
DEST="$CACHE_ROOT/temporal-server-$TEMPORAL_SERVER_VERSION"
MODULE="go.temporal.io/server"

if [ -x "$DEST/temporal-server" ] && [ -x "$DEST/temporal-sql-tool" ] \
  && [ -d "$DEST/schema/postgresql/v12/visibility/versioned" ]; then
  echo "$DEST"
  exit 0
fi

command -v go >/dev/null || { echo "Go is needed to build the Temporal server (apt-get install golang or use the machine's go)" >&2; exit 1; }

cli="$CACHE_ROOT/temporal-${TEMPORAL_CLI_VERSION:-1.5.1}/temporal"
if [ -x "$cli" ]; then
  embedded=$(go version -m "$cli" | awk -v m="$MODULE" '$1 == "dep" && $2 == m { sub(/^v/, "", $3); print $3 }')
  if [ -n "$embedded" ] && [ "$embedded" != "$TEMPORAL_SERVER_VERSION" ]; then
    echo "[infra] the Temporal CLI in $cli embeds server v$embedded, not v$TEMPORAL_SERVER_VERSION; set TEMPORAL_SERVER_VERSION=$embedded" >&2
    exit 1
  fi
fi

mkdir -p "$DEST"
echo "[infra] building Temporal server v$TEMPORAL_SERVER_VERSION + temporal-sql-tool from the Go module proxy (first time only, several minutes)..." >&2
start=$(date +%s)
tmp="$DEST/.build-$$"
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
# GOTOOLCHAIN=local: use the machine's Go (the server's go.mod asks for >= 1.24).
GOBIN="$tmp" CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS=-buildvcs=false \
  go install -ldflags "-s -w" \
  "$MODULE/cmd/server@v$TEMPORAL_SERVER_VERSION" \
  "$MODULE/cmd/tools/sql@v$TEMPORAL_SERVER_VERSION" >&2

# The schema files ship in the module itself; `go mod download -json` names its directory.
moddir=$(GOTOOLCHAIN=local GOFLAGS=-mod=mod go mod download -json "$MODULE@v$TEMPORAL_SERVER_VERSION" \
  | sed -n 's/^[[:space:]]*"Dir":[[:space:]]*"\(.*\)",\{0,1\}$/\1/p')
[ -d "$moddir/schema/postgresql/v12" ] || { echo "[infra] no schema/postgresql/v12 in '$moddir'" >&2; exit 1; }
for store in temporal visibility; do
  mkdir -p "$tmp/schema/postgresql/v12/$store"
  cp -R "$moddir/schema/postgresql/v12/$store/versioned" "$tmp/schema/postgresql/v12/$store/"
done
chmod -R u+w "$tmp/schema"

rm -rf "$DEST/schema"
mv "$tmp/schema" "$DEST/schema"
mv "$tmp/sql" "$DEST/temporal-sql-tool"
mv "$tmp/server" "$DEST/temporal-server"
echo "[infra] Temporal server ready in $(( $(date +%s) - start ))s: $DEST" >&2
echo "$DEST"
