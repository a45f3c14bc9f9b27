#!/usr/bin/env bash
# Makes sure PostgreSQL's server binaries (Debian's `postgresql` package) are installed; the
# tests start their own throwaway server on a free loopback port. Prints the bin directory.
set -euo pipefail
find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
bin=$(find_bin)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "PostgreSQL is not installed and this user cannot install it: run 'apt-get install postgresql' as root" >&2
    exit 1
  fi
  echo "[infra] installing PostgreSQL from Debian's packages (first time only)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # policy-rc.d 101: install the binaries without starting Debian's own cluster service.
  own_policy=no
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && own_policy=yes
  fi
  status=0
  apt-get install -y -qq --no-install-recommends postgresql >&2 || status=$?
  [ "$own_policy" = yes ] && rm -f /usr/sbin/policy-rc.d
  [ "$status" = 0 ] || exit "$status"
  bin=$(find_bin)
fi
echo "$bin"
