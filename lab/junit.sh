#!/usr/bin/env bash
# Runs JUnit test classes of one module inside the lab guest, against the module's compiled
# classes (build first: mvn -B -pl MODULE -am -DskipTests package).
#
#   lab/junit.sh MODULE 'JUNIT-SELECTORS...' [-- EXTRA-JVM-FLAGS]
#   e.g. lab/junit.sh rdma-transport '--select-class org.borealis.transport.rdma.RdmaTransportTest'
#
# The class path (the module's test scope, resolved by Maven on the host) and the JUnit console
# launcher are prepared under MODULE/target/lab; the JVM in the guest gets the flags the rdma
# transport needs (java.library.path to native/target, the sun.nio.ch export).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
module=${1:?usage: lab/junit.sh MODULE 'SELECTORS' [-- JVM-FLAGS]}
selectors=${2:?usage: lab/junit.sh MODULE 'SELECTORS' [-- JVM-FLAGS]}
shift 2
[ "${1:-}" = "--" ] && shift
jvm_extra="$*"

source "$repo/bin/jdk.sh"
out="$repo/$module/target/lab"
mkdir -p "$out"
junit_version=$(sed -n 's:.*<junit.version>\(.*\)</junit.version>.*:\1:p' "$repo/pom.xml")
( cd "$repo" && mvn -B -q -ntp dependency:copy -Dartifact="org.junit.platform:junit-platform-console-standalone:$junit_version" \
    -DoutputDirectory="$out" -Dmdep.stripVersion=true )
cp="$("$here/classpath.sh" "$module"):$out/junit-platform-console-standalone.jar"

exec bash "$here/lab.sh" "java -Djava.library.path=$repo/native/target --add-exports java.base/sun.nio.ch=ALL-UNNAMED \
  --enable-native-access=ALL-UNNAMED -Dlogback.configurationFile=$here/logback-lab.xml \
  -Dborealis.test.tmp=/tmp/borealis-test -Dborealis.rdma.required=true -Xshare:off -Dborealis.test.childJvmFlags=-Xshare:off $jvm_extra \
  -cp '$cp' org.junit.platform.console.ConsoleLauncher execute --disable-banner --details=tree \
  --fail-if-no-tests $selectors"
