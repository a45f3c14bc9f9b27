#!/usr/bin/env bash
# `npm run lint`: every check runs, each reports its own findings; exits 1 when any failed.
# - ESLint with typescript-eslint, type-aware (eslint.config.mjs)
# - Prettier's check, one config (.prettierrc.json, .prettierignore)
# - import boundaries of STYLE.md (.dependency-cruiser.cjs)
# - unused files, exports and dependencies (knip.json)
set -uo pipefail
cd "$(dirname "$0")/.."
PATH="$PWD/node_modules/.bin:$PATH"
failed=()
step() {
  local name=$1
  shift
  printf '[olievlek] lint: %s\n' "$name" >&2
  "$@" || failed+=("$name")
}
step eslint eslint --max-warnings=0 .
step prettier prettier --check --log-level=warn .
step boundaries depcruise --config .dependency-cruiser.cjs --output-type err apps libs workflows test bench
step knip knip --no-progress
if [ ${#failed[@]} -gt 0 ]; then
  printf '[olievlek] lint failed: %s\n' "${failed[*]}" >&2
  exit 1
fi
printf '[olievlek] lint passed\n' >&2
