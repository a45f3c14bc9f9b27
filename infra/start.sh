#!/usr/bin/env bash
# `npm start`: installs and builds what is missing, then runs the whole product locally.
set -euo pipefail
# The ready time npm start prints counts from here: installs, builds and downloads included.
OLIEVLEK_START_MS="$(date +%s%3N)"
export OLIEVLEK_START_MS
cd "$(dirname "$0")/.."
. infra/lib.sh
ensure_node_modules
if [ -z "${TEMPORAL_ADDRESS:-}" ]; then
  OLIEVLEK_TEMPORAL_CLI="$(bash infra/ensure-temporal-cli.sh)"
  export OLIEVLEK_TEMPORAL_CLI
fi
# The identity provider, unless switched off or another one is configured (infra/start.mjs).
if [ "${OLIEVLEK_IDP:-}" != "none" ] && [ -z "${AUTH_JWKS_URL:-}" ]; then
  OLIEVLEK_KEYCLOAK_HOME="$(bash infra/ensure-keycloak.sh)"
  export OLIEVLEK_KEYCLOAK_HOME
fi
# The mail server with its inbox, unless another SMTP server is configured.
if [ -z "${MAIL_SMTP_URL:-}" ]; then
  OLIEVLEK_MAILPIT_BIN="$(bash infra/ensure-mailpit.sh)"
  export OLIEVLEK_MAILPIT_BIN
fi
# The launcher compiles what is stale itself (infra/lib.sh ensure_build), once Keycloak's JVM is
# starting: the two take turns on the CPU instead of one waiting for the other.
OLIEVLEK_BUILD=1 exec node infra/start.mjs
