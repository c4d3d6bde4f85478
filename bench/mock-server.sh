#!/usr/bin/env bash
# Benchmarks the mock server against plain WireMock (a static stub: the HTTP layer's ceiling) and
# json-server 0.17 (what developers use instead), side by side, and prints the table.
#
#   bench/mock-server.sh [--duration S] [--warmup S] [--connections N] [--customers N] [--client raw|jdk]
#                        [--rounds N] [--targets mock-server,wiremock-static-stub,json-server]
#
# Needs Java 17+ and Node.js with npm. Builds the mock server, installs json-server into
# bench/.node/ (git-ignored) when missing, then runs dev.cprops.mock.bench.ServerBenchmark.
set -euo pipefail

JSON_SERVER_VERSION=0.17.4
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

echo "building the mock server and the benchmark..." >&2
./mvnw -B -q -pl mock-server package -DskipTests

node_dir="bench/.node"
json_server="$node_dir/node_modules/json-server/lib/cli/bin.js"
installed="$(node -p "require('./$node_dir/node_modules/json-server/package.json').version" 2>/dev/null || true)"
if [[ "$installed" != "$JSON_SERVER_VERSION" ]]; then
  echo "installing json-server $JSON_SERVER_VERSION into $node_dir..." >&2
  mkdir -p "$node_dir"
  npm install --prefix "$node_dir" --save-exact --no-audit --no-fund --loglevel=error \
    "json-server@$JSON_SERVER_VERSION" >&2
fi

exec java -cp "mock-server/target/mock-server.jar:mock-server/target/test-classes" \
  dev.cprops.mock.bench.ServerBenchmark \
  --jar mock-server/target/mock-server.jar --json-server "$json_server" "$@"
