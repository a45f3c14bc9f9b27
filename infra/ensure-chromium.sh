#!/usr/bin/env bash
# Makes sure a headless-capable Chromium (Debian's `chromium` package) is installed for the
# browser specs (driven by playwright-core, which downloads no browser of its own).
# Prints the path of the binary.
set -euo pipefail
bin=/usr/bin/chromium
if [ ! -x "$bin" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "Chromium is not installed and this user cannot install it: run 'apt-get install chromium' as root" >&2
    exit 1
  fi
  echo "[infra] installing Chromium from Debian's packages (first time only)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends chromium >&2
fi
echo "$bin"
