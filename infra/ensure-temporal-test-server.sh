#!/usr/bin/env bash
# Resolves the Java time-skipping test server (io.temporal:temporal-test-server) from Maven
# Central with mvn, once, into a cache outside the repo, and writes a small wrapper that
# @temporalio/testing starts as an `existing-path` executable. Prints the wrapper's path.
set -euo pipefail
TEST_SERVER_VERSION="${TEMPORAL_TEST_SERVER_VERSION:-1.39.0}"
CACHE_ROOT="${OLIEVLEK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/olievlek}"
DEST="$CACHE_ROOT/temporal-test-server-$TEST_SERVER_VERSION"
WRAPPER="$DEST/temporal-test-server"

if [ -x "$WRAPPER" ] && [ -f "$DEST/app.jsa" ]; then
  echo "$WRAPPER"
  exit 0
fi

command -v mvn >/dev/null || { echo "mvn is needed to fetch the Temporal test server" >&2; exit 1; }
command -v java >/dev/null || { echo "java is needed to run the Temporal test server" >&2; exit 1; }
echo "[infra] resolving io.temporal:temporal-test-server:$TEST_SERVER_VERSION from Maven Central (first time only)..." >&2
start=$(date +%s)
mkdir -p "$DEST"
cat > "$DEST/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>olievlek.local</groupId>
  <artifactId>temporal-test-server-classpath</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>io.temporal</groupId>
      <artifactId>temporal-test-server</artifactId>
      <version>$TEST_SERVER_VERSION</version>
    </dependency>
  </dependencies>
</project>
POM
rm -rf "$DEST/lib"
(cd "$DEST" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
  -DoutputDirectory=lib -DincludeScope=runtime >&2)

# The SDK gives the server 5 s to answer and SIGKILLs it afterwards, so the wrapper must `exec`.
# A class-data-sharing archive, made once here, cuts the JVM's cold start.
JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto"
cat > "$WRAPPER" <<SH
#!/bin/sh
exec java $JAVA_OPTS -XX:SharedArchiveFile="$DEST/app.jsa" -cp "$DEST/lib/*" io.temporal.testserver.TestServer "\$@"
SH
chmod +x "$WRAPPER"

echo "[infra] creating class-data-sharing archive for a faster start..." >&2
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 17999)
java $JAVA_OPTS -XX:ArchiveClassesAtExit="$DEST/app.jsa" -cp "$DEST/lib/*" io.temporal.testserver.TestServer "$port" >/dev/null 2>&1 &
pid=$!
sleep 6
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
[ -f "$DEST/app.jsa" ] || touch "$DEST/app.jsa.failed"
[ -f "$DEST/app.jsa" ] || : > "$DEST/app.jsa"
echo "[infra] Temporal test server ready in $(( $(date +%s) - start ))s: $WRAPPER" >&2
echo "$WRAPPER"
