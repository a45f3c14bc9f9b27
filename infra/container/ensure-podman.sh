#!/usr/bin/env bash
# Makes sure podman can build and run the product's image on this machine: podman, runc and
# mmdebstrap from Debian's packages (installed only when missing), and a containers.conf of our
# own (runc, cgroupfs, no default ulimits, events to a file), so the machine's
# /etc/containers/containers.conf is left alone. Callers export CONTAINERS_CONF with the path
# this prints on stdout; progress goes to stderr.
set -euo pipefail
CACHE_ROOT="${OLIEVLEK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/olievlek}"
DEST="$CACHE_ROOT/container"
CONF="$DEST/containers.conf"

missing=()
command -v podman >/dev/null || missing+=(podman)
command -v runc >/dev/null || missing+=(runc)
command -v mmdebstrap >/dev/null || missing+=(mmdebstrap)
# mmdebstrap's own dependencies for a root build are in its package; uidmap is needed only when
# podman runs rootless.
if [ "$(id -u)" != 0 ]; then command -v newuidmap >/dev/null || missing+=(uidmap slirp4netns); fi
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "missing ${missing[*]} and this user cannot install them: run 'apt-get install ${missing[*]}' as root" >&2
    exit 1
  fi
  echo "[infra] installing ${missing[*]} from Debian's packages (first time only)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  # Recommends bring crun, fuse-overlayfs and the CNI/netavark plugins podman needs for its
  # default network; all are Debian's.
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >&2
fi

mkdir -p "$DEST"
# Rewritten every time (cheap), so a change here reaches machines that ran an older version.
tmp="$CONF.$$"
cat >"$tmp" <<'CONF'
# Written by infra/container/ensure-podman.sh; used through CONTAINERS_CONF.
[containers]
# Podman's defaults raise RLIMIT_NOFILE above the hard limit these sandboxes allow (20000): runc
# then fails with 'error setting rlimit type 7: operation not permitted'. Keep the caller's limits.
default_ulimits = []
# `podman logs` from a file: there is no journald to read them back from.
log_driver = "k8s-file"

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
# No systemd journal to log to in this sandbox.
events_logger = "file"
CONF
mv "$tmp" "$CONF"
echo "$CONF"
