#!/usr/bin/env bash
# The base image of infra/docker/Dockerfile, made here because its public base
# (node:24.x-bookworm-slim) cannot be pulled on these machines: a Debian bookworm root file system
# built by mmdebstrap from Debian's packages (minbase + ca-certificates), the pinned Node of
# node_modules/node in /usr/local/bin, npm from the npm registry beside it, and a `node` user
# (uid 1000) like the public image's. Imported into podman once; rebuilt only when the image is
# missing or the pinned Node (or npm) changes. Prints the image's name on stdout; progress on stderr.
# Run from the repository root after `npm ci`.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE_ROOT="${OLIEVLEK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/olievlek}"
DEST="$CACHE_ROOT/container"
CONTAINERS_CONF="$(bash "$ROOT/infra/container/ensure-podman.sh")"
export CONTAINERS_CONF
# The npm the public image would carry for the build stage's `npm ci`; the host's npm is the same.
NPM_VERSION="${OLIEVLEK_IMAGE_NPM_VERSION:-11.19.1}"
DEBIAN_MIRROR="${OLIEVLEK_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
DEBIAN_SECURITY_MIRROR="${OLIEVLEK_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}"

# node_modules/.bin/node is the `node` package's copy of the official linux-x64 binary.
NODE_BIN="$ROOT/node_modules/node/bin/node"
[ -x "$NODE_BIN" ] || { echo "no pinned Node in node_modules/node/bin: run npm ci first" >&2; exit 1; }
node_version="$("$NODE_BIN" -p 'process.versions.node')"
node_sha="$(sha256sum "$NODE_BIN" | cut -c1-16)"
IMAGE="localhost/olievlek-node:${node_version}-bookworm"
# Everything the file system is made of; a different key means a different image.
key="node-${node_version}-${node_sha}-npm-${NPM_VERSION}-$(sha256sum "$0" | cut -c1-12)"

if [ "$(podman image inspect --format '{{ index .Config.Labels "org.olievlek.base-key" }}' "$IMAGE" 2>/dev/null)" = "$key" ]; then
  echo "$IMAGE"
  exit 0
fi

mkdir -p "$DEST"
tarball="$DEST/olievlek-node-${key}.tar"
if [ ! -s "$tarball" ]; then
  start=$SECONDS
  work="$(mktemp -d "$DEST/.base-XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  # /usr/local as the public image has it: node, npm and npx.
  mkdir -p "$work/overlay/usr/local/bin" "$work/overlay/usr/local/lib/node_modules"
  cp "$NODE_BIN" "$work/overlay/usr/local/bin/node"
  echo "[infra] fetching npm $NPM_VERSION from the npm registry..." >&2
  (cd "$work" && npm pack --silent "npm@$NPM_VERSION" >/dev/null)
  mkdir "$work/overlay/usr/local/lib/node_modules/npm"
  tar -xzf "$work/npm-$NPM_VERSION.tgz" -C "$work/overlay/usr/local/lib/node_modules/npm" --strip-components=1
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$work/overlay/usr/local/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$work/overlay/usr/local/bin/npx"

  echo "[infra] building a Debian bookworm root file system with mmdebstrap (Node $node_version)..." >&2
  mmdebstrap --quiet --variant=minbase --include=ca-certificates \
    --customize-hook="sync-in '$work/overlay' /" \
    --customize-hook='chroot "$1" useradd --uid 1000 --user-group --create-home --shell /bin/bash node' \
    --customize-hook='chroot "$1" node --version >/dev/null' \
    bookworm "$work/rootfs.tar" \
    "deb $DEBIAN_MIRROR bookworm main" \
    "deb $DEBIAN_MIRROR bookworm-updates main" \
    "deb $DEBIAN_SECURITY_MIRROR bookworm-security main" >&2
  # Older file systems of this image are of no further use.
  rm -f "$DEST"/olievlek-node-*.tar
  mv "$work/rootfs.tar" "$tarball"
  echo "[infra] root file system ready in $((SECONDS - start))s ($(du -h "$tarball" | cut -f1))" >&2
fi

echo "[infra] importing $IMAGE into podman..." >&2
podman import --quiet \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change "ENV NODE_VERSION=$node_version" \
  --change "LABEL org.olievlek.base-key=$key" \
  --change 'CMD ["node"]' \
  "$tarball" "$IMAGE" >/dev/null
echo "$IMAGE"
