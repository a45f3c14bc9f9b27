#!/usr/bin/env bash
# `npm run temporal -- <args>`: the pinned Temporal CLI (built once into a cache folder by
# infra/ensure-temporal-cli.sh), pointed at `npm start`'s dev server unless told otherwise:
#   npm run temporal -- workflow list --query "Phase='CONTINUATION'"
#   npm run --silent temporal -- workflow describe -w programme-GM0363-1 -o json
# TEMPORAL_ADDRESS / TEMPORAL_NAMESPACE (or --address / --namespace) point it elsewhere;
# OLIEVLEK_TEMPORAL_PORT follows a dev server moved to another port. Payloads the product compressed
# are decoded by the API's codec endpoint (apps/api/src/temporal/codec.route.ts) of `npm start`'s
# API (PORT, else 3000); TEMPORAL_CODEC_ENDPOINT points elsewhere, empty switches it off.
set -euo pipefail
cd "$(dirname "$0")/.."
cli="$(bash infra/ensure-temporal-cli.sh)"
export TEMPORAL_ADDRESS="${TEMPORAL_ADDRESS:-127.0.0.1:${OLIEVLEK_TEMPORAL_PORT:-7233}}"
export TEMPORAL_NAMESPACE="${TEMPORAL_NAMESPACE:-default}"
export TEMPORAL_CODEC_ENDPOINT="${TEMPORAL_CODEC_ENDPOINT-http://127.0.0.1:${PORT:-3000}/temporal-codec}"
[ -n "$TEMPORAL_CODEC_ENDPOINT" ] || unset TEMPORAL_CODEC_ENDPOINT
exec "$cli" "$@"
