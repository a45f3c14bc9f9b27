#!/usr/bin/env bash
# Builds the product's image (infra/docker/Dockerfile) with podman on the base image of
# ensure-base-image.sh, from the working tree. Tags localhost/olievlek:<git short sha> (with
# -dirty when the sources in the image differ from HEAD) and localhost/olievlek:local, and prints
# the first on stdout; progress and the build's output go to stderr. Podman's layer cache makes a
# second build with the same package-lock.json skip `npm ci`.
#
# The build stage runs `npm ci` against the npm registry (--network=host). Where HTTPS goes through
# an intercepting proxy whose CA only the host trusts, the host's CA bundle (NODE_EXTRA_CA_CERTS,
# else the system bundle) is handed to that step as a build secret, never stored in a layer.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
start=$SECONDS
base="$(bash infra/container/ensure-base-image.sh)"
CONTAINERS_CONF="$(bash infra/container/ensure-podman.sh)"
export CONTAINERS_CONF

sha="$(git rev-parse --short HEAD)"
# What the Dockerfile copies into the build (its .dockerignore keeps the rest out).
if [ -n "$(git status --porcelain -- package.json package-lock.json tsconfig.json tsconfig.build.json nest-cli.json apps libs workflows)" ]; then
  sha="$sha-dirty"
fi
IMAGE="localhost/olievlek:$sha"

secret=()
ca="${NODE_EXTRA_CA_CERTS:-/etc/ssl/certs/ca-certificates.crt}"
[ -s "$ca" ] && secret=(--secret "id=npm-ca,src=$ca")

echo "[infra] building $IMAGE on $base..." >&2
build_start=$SECONDS
podman build --network=host --layers \
  -f infra/docker/Dockerfile \
  --build-arg "NODE_IMAGE=$base" \
  "${secret[@]}" \
  -t "$IMAGE" -t localhost/olievlek:local \
  . >&2
echo "[infra] $IMAGE built in $((SECONDS - build_start))s ($((SECONDS - start))s with the base image)" >&2
echo "$IMAGE"
