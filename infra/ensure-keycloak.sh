#!/usr/bin/env bash
# Resolves Keycloak's server distribution (org.keycloak:keycloak-quarkus-dist, zip) from Maven
# Central with mvn, once, into a cache outside the repo. Prints the Keycloak home (bin/kc.sh).
# Keycloak 26 runs on Java 17 or newer; when the default java is older, a newer JDK from
# /usr/lib/jvm is used and written to $DEST/java-home for the callers.
set -euo pipefail
KEYCLOAK_VERSION="${OLIEVLEK_KEYCLOAK_VERSION:-26.4.7}"
CACHE_ROOT="${OLIEVLEK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/olievlek}"
DEST="$CACHE_ROOT/keycloak-$KEYCLOAK_VERSION"

if [ -x "$DEST/bin/kc.sh" ]; then
  echo "$DEST"
  exit 0
fi

command -v mvn >/dev/null || { echo "mvn is needed to fetch Keycloak" >&2; exit 1; }
command -v unzip >/dev/null || { echo "unzip is needed to unpack Keycloak" >&2; exit 1; }
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
if ! command -v java >/dev/null || [ "$(java_major java)" -lt 17 ] 2>/dev/null; then
  jdk=$(ls -d /usr/lib/jvm/*/ 2>/dev/null | while read -r d; do
    [ -x "$d/bin/java" ] && [ "$(java_major "$d/bin/java")" -ge 17 ] && echo "${d%/}"; done | tail -1)
  [ -n "$jdk" ] || { echo "Keycloak $KEYCLOAK_VERSION needs Java 17 or newer" >&2; exit 1; }
  JAVA_HOME_FOR_KC="$jdk"
fi

echo "[infra] fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip from Maven Central (first time only)..." >&2
start=$(date +%s)
mkdir -p "$CACHE_ROOT"
TMP="$(mktemp -d "$CACHE_ROOT/.keycloak-$KEYCLOAK_VERSION.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
  -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
  -DoutputDirectory="$TMP" -Dmdep.useBaseVersion=true >&2
unzip -q "$TMP/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$TMP/unpacked"
HOME_DIR="$TMP/unpacked/keycloak-$KEYCLOAK_VERSION"
[ -x "$HOME_DIR/bin/kc.sh" ] || { echo "unexpected Keycloak zip layout" >&2; exit 1; }
[ -z "${JAVA_HOME_FOR_KC:-}" ] || echo "$JAVA_HOME_FOR_KC" > "$HOME_DIR/java-home"
# Atomic: a half-unpacked copy never sits at $DEST; a concurrent run that lost the race keeps its own.
mv -T "$HOME_DIR" "$DEST" 2>/dev/null || [ -x "$DEST/bin/kc.sh" ]
echo "[infra] Keycloak $KEYCLOAK_VERSION ready in $(( $(date +%s) - start ))s: $DEST" >&2
echo "$DEST"
