#!/usr/bin/env bash
# Builds Mailpit (an SMTP server with a web UI and a REST API, the embedded default for e-mail in
# `npm start` and the tests) from its Go module, once, into a cache outside the repo. Prints the
# path of the binary on stdout; progress goes to stderr.
set -euo pipefail
MAILPIT_VERSION="${OLIEVLEK_MAILPIT_VERSION:-1.33.1}"
CACHE_ROOT="${OLIEVLEK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/olievlek}"
DEST="$CACHE_ROOT/mailpit-v$MAILPIT_VERSION"
BIN="$DEST/mailpit"

if [ -x "$BIN" ]; then
  echo "$BIN"
  exit 0
fi

command -v go >/dev/null || { echo "Go is needed to build Mailpit (apt-get install golang or use the machine's go)" >&2; exit 1; }
mkdir -p "$DEST"
echo "[infra] building Mailpit v$MAILPIT_VERSION from the Go module proxy (first time only, a few minutes)..." >&2
start=$(date +%s)
tmp="$(mktemp -d "$DEST/.build-XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
# Mailpit's SQLite is pure Go (modernc.org/sqlite), so CGO stays off. GOTOOLCHAIN=local: the
# machine's Go, nothing fetched from outside the module proxy.
GOBIN="$tmp" CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS=-buildvcs=false \
  go install -ldflags "-s -w -X github.com/axllent/mailpit/config.Version=v$MAILPIT_VERSION" \
  "github.com/axllent/mailpit@v$MAILPIT_VERSION" >&2
# Atomic: a half-written binary never sits at $BIN; a concurrent run that lost the race keeps its own.
mv -f "$tmp/mailpit" "$BIN"
echo "[infra] Mailpit v$MAILPIT_VERSION ready in $(( $(date +%s) - start ))s: $BIN" >&2
echo "$BIN"
