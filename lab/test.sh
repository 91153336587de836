#!/usr/bin/env bash
# The lab's tests, in one boot of the soft-RoCE guest (run by bin/test after the Maven suite;
# needs the build's classes, so run it after `mvn verify` or `mvn -DskipTests package`):
#   1. the rdma transport over rxe: the shared transport contract suite, the rdma-specific tests
#      and the native library's safety tests against a real device, with
#      -Dborealis.rdma.required=true so a missing device fails instead of skipping;
#   2. a storage node on the guest's DAX filesystem (/mnt/pmem): auto picks pmem there and fsync
#      on an ordinary folder (PmemLogLabTest); and its SIGKILL test: a log.mode pmem node in its
#      own JVM killed mid-stream, every acknowledged record kept, pages equal to a model, with one
#      kill (-Dborealis.test.crashRounds=1); its two JVM starts under emulation cost about three
#      minutes (468 s in the guest with it, 278 s without), and a fresh-clone CI run with it took
#      13 min 47 s of its 15-minute budget, so it runs only when BOREALIS_LAB_CRASH=1 (a pmem node
#      is still killed and checked by suite 3 below). Alone, with
#      more kills: lab/junit.sh pagestore \
#        '--select-method org.borealis.pagestore.node.PmemLogLabTest#everyAcknowledgedRecordSurvivesSigkillWithThePmemLog' \
#        -- -XX:+UseSerialGC -Dborealis.test.scale=0.2 -Dborealis.test.daxDir=/mnt/pmem;
#   3. end to end over RDMA: a storage node in its own JVM (log.mode auto, so pmem on the DAX
#      filesystem) and the compute side's log sink and page source, a checked workload across a
#      node crash (ComputeSeamsOverRdmaLabTest; the node restarts inside the test's JVM).
# Prints the JUnit summary and a closing "lab: N passed, N failed, N skipped" line; exits
# non-zero when any test failed or the guest did not finish (its output is shown).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
source "$repo/bin/jdk.sh"

# module:selectors, run one after another in the guest (one JVM per entry). One JVM for all: a
# JVM's start under the guest's emulation costs more than a minute, and pagestore's test class
# path holds the rdma transport's tests too.
rdma_tests="--select-class org.borealis.transport.rdma.NativeLibraryTest --select-class org.borealis.transport.rdma.SendQueueTest \
--select-class org.borealis.transport.rdma.RdmaTransportTest --select-class org.borealis.transport.rdma.RdmaTransportContractTest"
pmem_tests="--select-method org.borealis.pagestore.node.PmemLogLabTest#autoTakesPmemOnDaxAndFsyncOnAnOrdinaryFolder"
if [ "${BOREALIS_LAB_CRASH:-0}" = 1 ]; then
  pmem_tests="--select-class org.borealis.pagestore.node.PmemLogLabTest"
fi
suites=(
  "pagestore:$rdma_tests $pmem_tests --select-class org.borealis.pagestore.client.ComputeSeamsOverRdmaLabTest"
)

junit_version=$(sed -n 's:.*<junit.version>\(.*\)</junit.version>.*:\1:p' "$repo/pom.xml")
launcher_dir="$repo/target/lab"
mkdir -p "$launcher_dir"
if [ ! -f "$launcher_dir/junit-platform-console-standalone.jar" ]; then
  ( cd "$repo" && mvn -B -q -ntp -N dependency:copy \
      -Dartifact="org.junit.platform:junit-platform-console-standalone:$junit_version" \
      -DoutputDirectory="$launcher_dir" -Dmdep.stripVersion=true )
fi

# one GC thread: the guest has two emulated cores for the test JVM and the nodes it starts
# (not -XX:TieredStopAtLevel=1: that JVM has no cache-line writeback stub and crashes in
# MappedByteBuffer.force on a DAX mapping)
# and no class-data sharing: the JDK comes from the host over 9p, and guest JVMs crashed at random
# in compiled code checking klass pointers into the mapped CDS archive
fast="-XX:+UseSerialGC -Xshare:off"
jvm="java -Djava.library.path=$repo/native/target --add-exports java.base/sun.nio.ch=ALL-UNNAMED \
--enable-native-access=ALL-UNNAMED -Dlogback.configurationFile=$here/logback-lab.xml \
-Dborealis.test.tmp=/tmp/borealis-test -Dborealis.rdma.required=true -Dborealis.rdma.idleMillis=-1 -Dborealis.test.daxDir=/mnt/pmem \
-Dborealis.test.scale=${BOREALIS_LAB_SCALE:-0.2} -Dborealis.test.crashRounds=1 $fast -Dborealis.test.childJvmFlags='$fast'"

# a JVM that crashed leaves its error report in its working directory (/tmp): show it
# (run by bash, for its SECONDS: every line of the suites' output carries the seconds since the
# guest script started, so a slow test shows in the log)
script='[ -n "$BASH_VERSION" ] || exec bash "$0" "$@"
rc=0
stamp() { while IFS= read -r line; do printf "[%4ss] %s\\n" "$SECONDS" "$line"; done; }
show_crashes() { for f in /tmp/hs_err_pid*.log; do [ -f "$f" ] && { echo "=== $f"; head -150 "$f"; rm -f "$f"; }; done; }'

for suite in "${suites[@]}"; do
  module=${suite%%:*}
  selectors=${suite#*:}
  [ -d "$repo/$module/target/test-classes" ] || { echo "lab/test.sh: $module is not built (run mvn verify first)" >&2; exit 1; }
  cp="$("$here/classpath.sh" "$module"):$launcher_dir/junit-platform-console-standalone.jar"
  script="$script
echo '=== lab suite: $module ($selectors)'
$jvm -cp '$cp' org.junit.platform.console.ConsoleLauncher execute --disable-banner --details=testfeed \
  --disable-ansi-colors --fail-if-no-tests $selectors 2>&1 | stamp
[ \${PIPESTATUS[0]} -eq 0 ] || { rc=1; show_crashes; }"
done
script="$script
exit \$rc"

set +e
# the timeout guards against hangs; a loaded host slows the emulated guest several times over
BOREALIS_LAB_TIMEOUT=${BOREALIS_LAB_TIMEOUT:-1800} BOREALIS_LAB_OUTPUT="$launcher_dir/last-run.log" bash "$here/lab.sh" "$script"
rc=$?
set -e
passed=$(sed -n 's/.*\[ *\([0-9]*\) tests successful.*/\1/p' "$launcher_dir/last-run.log" | awk '{s+=$1} END {print s+0}')
failed=$(sed -n 's/.*\[ *\([0-9]*\) tests failed.*/\1/p' "$launcher_dir/last-run.log" | awk '{s+=$1} END {print s+0}')
skipped=$(sed -n 's/.*\[ *\([0-9]*\) tests \(skipped\|aborted\).*/\1/p' "$launcher_dir/last-run.log" | awk '{s+=$1} END {print s+0}')
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the guest or a suite failed outside a test
fi
echo "lab: $passed passed, $failed failed, $skipped skipped"
exit "$rc"
