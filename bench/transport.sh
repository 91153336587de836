#!/usr/bin/env bash
# Transport benchmark (org.borealis.bench.transport.TransportBench): the transport's round trips,
# one-sided reads and streaming side by side with plain blocking sockets. Builds the benchmark
# classpath first when it is missing or older than the sources. Arguments go to the benchmark:
#   bench/transport.sh --smoke                 a short run (about 20 s)
#   bench/transport.sh                         the full run (3 rounds per case)
#   bench/transport.sh --only "round trip"     some cases; also --rounds N, --transport rdma --bind ADDR
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/jdk.sh
stamp=bench/target/transport-bench.stamp
if [ ! -f "$stamp" ] || [ -n "$(find rdma-transport/src/main bench/src/main bench/pom.xml rdma-transport/pom.xml -newer "$stamp" -print -quit)" ]; then
  echo "bench/transport.sh: building the benchmark classpath" >&2
  mvn -B -q -pl bench -am -DskipTests package
  touch "$stamp"
fi
exec java --enable-native-access=ALL-UNNAMED -Dio.netty.leakDetection.level=disabled \
  -cp "bench/target/classes:bench/target/lib/*" org.borealis.bench.transport.TransportBench "$@"
