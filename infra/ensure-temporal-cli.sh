#!/usr/bin/env bash
# Builds the official Temporal CLI (dev server + Web UI) from its Go module, once, into a cache
# outside the repo. Prints the path of the binary on stdout; progress goes to stderr.
#
# Pinned to v1.5.1: since v1.6.0 the CLI's go.mod replaces its nested module `cliext` with a
# local path, which `go install mod@version` refuses, and the Go module proxy serves no version
# of that nested module, so later tags cannot be built from the proxy alone.
set -euo pipefail
TEMPORAL_CLI_VERSION="${TEMPORAL_CLI_VERSION:-1.5.1}"
CACHE_ROOT="${OLIEVLEK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/olievlek}"
DEST="$CACHE_ROOT/temporal-$TEMPORAL_CLI_VERSION"
BIN="$DEST/temporal"

if [ -x "$BIN" ]; then
  echo "$BIN"
  exit 0
fi

command -v go >/dev/null || { echo "Go is needed to build the Temporal CLI (apt-get install golang or use the machine's go)" >&2; exit 1; }
mkdir -p "$DEST"
echo "[infra] building Temporal CLI v$TEMPORAL_CLI_VERSION from the Go module proxy (first time only, several minutes)..." >&2
start=$(date +%s)
tmp="$DEST/.build-$$"
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
# GOTOOLCHAIN=local: use the machine's Go; v1.5.1 needs Go >= 1.25.
GOBIN="$tmp" CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS=-buildvcs=false \
  go install -ldflags "-s -w -X github.com/temporalio/cli/temporalcli.Version=$TEMPORAL_CLI_VERSION" \
  "github.com/temporalio/cli/cmd/temporal@v$TEMPORAL_CLI_VERSION" >&2
mv "$tmp/temporal" "$BIN"
echo "[infra] Temporal CLI ready in $(( $(date +%s) - start ))s: $BIN" >&2
echo "$BIN"
