#!/usr/bin/env bash
# Builds Helm (the Kubernetes package manager) from its Go module, once, into a cache outside the
# repo, for the test that lints and renders the chart in infra/helm/. Prints the path of the
# binary on stdout; progress goes to stderr.
set -euo pipefail
HELM_VERSION="${HELM_VERSION:-3.22.0}"
CACHE_ROOT="${OLIEVLEK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/olievlek}"
DEST="$CACHE_ROOT/helm-$HELM_VERSION"
BIN="$DEST/helm"

if [ -x "$BIN" ]; then
  echo "$BIN"
  exit 0
fi

command -v go >/dev/null || { echo "Go is needed to build Helm (apt-get install golang or use the machine's go)" >&2; exit 1; }
mkdir -p "$DEST"
echo "[infra] building Helm v$HELM_VERSION from the Go module proxy (first time only, a few minutes)..." >&2
start=$(date +%s)
tmp="$DEST/.build-$$"
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
# GOTOOLCHAIN=local: use the machine's Go; Helm 3.22 needs Go >= 1.26. The version variables
# are what Helm's own Makefile sets, so `helm version` names the release.
GOBIN="$tmp" CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS=-buildvcs=false \
  go install -ldflags "-s -w -X helm.sh/helm/v3/internal/version.version=v$HELM_VERSION" \
  "helm.sh/helm/v3/cmd/helm@v$HELM_VERSION" >&2
mv "$tmp/helm" "$BIN"
echo "[infra] Helm ready in $(( $(date +%s) - start ))s: $BIN" >&2
echo "$BIN"
