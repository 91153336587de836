#!/usr/bin/env bash
# Latency of the rdma transport next to perftest, in one boot of the soft-RoCE guest:
#   perftest ib_send_lat -s 64 / -s 8192 (one-way; doubled here to a round trip),
#   ib_read_lat -s 8192 and ib_read_bw -s 8192 (32 reads in flight), server and client in the
#   guest over rdma_cm (-R);
#   ibv_rc_pingpong -s 64 / -s 8192 (rdma-core's ping-pong over the same device): its mean
#   round trip, timed by the wall clock (gettimeofday), a check on perftest's cycle-counter timing;
#   each baseline also with -e (sleep on completion events instead of busy polling: in the
#   two-vCPU emulated guest two busy-polling processes starve soft-RoCE's kernel work);
#   bench's TransportLatency on rdma and on tcp, the same cases.
# Prints the raw lines and a table of p50/p99 (and MB/s) with the ratio Borealis / perftest, and
# a table of mean round trips with the ratio Borealis / ibv_rc_pingpong.
# Build first: mvn -B -pl bench -am -DskipTests package
#   lab/bench.sh [ITERATIONS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
n=${1:-5000}
source "$repo/bin/jdk.sh"
# the bench module's package phase puts its dependencies, this checkout's modules among them, in
# bench/target/lib
[ -d "$repo/bench/target/lib" ] || { echo "lab/bench.sh: build first: mvn -B -pl bench -am -DskipTests package" >&2; exit 1; }
cp="$repo/bench/target/classes:$repo/bench/target/lib/*"
out="$repo/bench/target/lab-bench.log"
jvm="java -Djava.library.path=$repo/native/target --add-exports java.base/sun.nio.ch=ALL-UNNAMED \
--enable-native-access=ALL-UNNAMED -Dlogback.configurationFile=$here/logback-lab.xml -Dborealis.rdma.spinNanos=${BOREALIS_BENCH_SPIN:-200000}"
BOREALIS_LAB_OUTPUT="$out" bash "$here/lab.sh" "
ip=10.0.2.15
# perftest: server in the background, client here; -F: report even though the emulated CPU's
# clock looks unsteady; the server is killed if its client failed, so nothing waits for ever
pt() { # tool size [label extra-flag]: the extra flag -e sleeps on completion events instead of polling
  \$1 -F -R \${4:-} -s \$2 -n $n >/dev/null 2>&1 & sleep 2
  timeout 300 \$1 -F -R \${4:-} -s \$2 -n $n \$ip | awk -v t=\$1 -v s=\$2 -v l=\${3:-perftest} '\$1 == s && NF >= 8 {print l, t, s, \"typical_us=\" \$5, \"p99_us=\" \$8}'
  kill %1 2>/dev/null; wait
}
pt ib_send_lat 64
pt ib_send_lat 8192
pt ib_read_lat 8192
pt ib_send_lat 64 perftest-events -e
pt ib_send_lat 8192 perftest-events -e
pt ib_read_lat 8192 perftest-events -e
ib_read_bw -F -R -s 8192 -n $(( n * 4 )) -t 32 >/dev/null 2>&1 & sleep 2
timeout 300 ib_read_bw -F -R -s 8192 -n $(( n * 4 )) -t 32 \$ip | awk '\$1 == 8192 && NF >= 5 {print \"perftest ib_read_bw 8192 MBps=\" \$4}'
kill %1 2>/dev/null; wait
# ibv_rc_pingpong: one iteration is one message each way; it prints the wall-clock usec/iter
pp() { # size [label extra-flag]
  ibv_rc_pingpong -d rxe0 -g 0 \${3:-} -s \$1 -n $n >/dev/null 2>&1 & sleep 2
  timeout 300 ibv_rc_pingpong -d rxe0 -g 0 \${3:-} -s \$1 -n $n 127.0.0.1 | awk -v s=\$1 -v l=\${2:-pingpong} '/usec\/iter/ {print l, s, \"mean_us=\" \$(NF-1)}'
  kill %1 2>/dev/null; wait
}
pp 64
pp 8192
pp 64 pingpong-events -e
pp 8192 pingpong-events -e
$jvm -cp '$cp' org.borealis.bench.rdma.TransportLatency --transport rdma --iterations $n --warmup 1000
$jvm -cp '$cp' org.borealis.bench.rdma.TransportLatency --transport tcp --iterations $n --warmup 1000
"
echo
echo "| case | Borealis rdma p50 / p99 (us) | perftest p50 / p99 (us) | ratio at p50 | Borealis tcp p50 / p99 (us) |"
echo "|---|---|---|---|---|"
awk '
  /^perftest ib_send_lat/ { split($4,a,"="); split($5,b,"="); ps[$3]=a[2]*2; pp[$3]=b[2]*2 }
  /^perftest ib_read_lat/ { split($4,a,"="); split($5,b,"="); pr=a[2]; prp=b[2] }
  /^perftest-events ib_send_lat/ { split($4,a,"="); pes[$3]=a[2]*2 }
  /^perftest-events ib_read_lat/ { split($4,a,"="); per=a[2] }
  /^rdma send-rtt/ { split($4,a,"="); split($5,b,"="); rs[$3]=a[2]; rp[$3]=b[2] }
  /^rdma read /    { split($4,a,"="); split($5,b,"="); rr=a[2]; rrp=b[2] }
  /^tcp send-rtt/  { split($4,a,"="); split($5,b,"="); ts[$3]=a[2]; tp[$3]=b[2] }
  /^tcp read /     { split($4,a,"="); split($5,b,"="); tr=a[2]; trp=b[2] }
  /^perftest ib_read_bw/ { split($4,a,"="); pbw=a[2] }
  /^rdma read-bw/  { split($4,a,"="); rbw=a[2] }
  /^tcp read-bw/   { split($4,a,"="); tbw=a[2] }
  END {
    for (s in rs) printf "| send round trip %s B | %s / %s | %.2f / %.2f (2 x ib_send_lat) | %.2f | %s / %s |\n", s, rs[s], rp[s], ps[s], pp[s], (ps[s] > 0 ? rs[s]/ps[s] : 0), (s in ts ? ts[s] : "-"), (s in tp ? tp[s] : "-")
    printf "| one-sided read 8192 B | %s / %s | %s / %s (ib_read_lat) | %.2f | %s / %s |\n", rr, rrp, pr, prp, (pr > 0 ? rr/pr : 0), (tr == "" ? "-" : tr), (trp == "" ? "-" : trp)
    printf "| read bandwidth 8192 B, 32 in flight (MB/s) | %s | %s (ib_read_bw) | %.2f (perftest / Borealis) | %s |\n", rbw, pbw, (rbw > 0 ? pbw/rbw : 0), (tbw == "" ? "-" : tbw)
    print ""
    print "| case | Borealis rdma p50 (us) | perftest -e (events) p50 (us) | ratio at p50 |"
    print "|---|---|---|---|"
    for (s in rs) printf "| send round trip %s B | %s | %.2f (2 x ib_send_lat -e) | %.2f |\n", s, rs[s], pes[s], (pes[s] > 0 ? rs[s]/pes[s] : 0)
    printf "| one-sided read 8192 B | %s | %s (ib_read_lat -e) | %.2f |\n", rr, per, (per > 0 ? rr/per : 0)
  }' "$out"
echo
echo "| case | Borealis rdma mean (us) | ibv_rc_pingpong mean (us) | ratio | ibv_rc_pingpong -e mean (us) | ratio | Borealis tcp mean (us) |"
echo "|---|---|---|---|---|---|---|"
awk '
  /^pingpong /     { split($3,a,"="); pm[$2]=a[2] }
  /^pingpong-events/ { split($3,a,"="); pe[$2]=a[2] }
  /^rdma send-rtt/ { for (i = 4; i <= NF; i++) if ($i ~ /^mean_us=/) { split($i,a,"="); rm[$3]=a[2] } }
  /^tcp send-rtt/  { for (i = 4; i <= NF; i++) if ($i ~ /^mean_us=/) { split($i,a,"="); tm[$3]=a[2] } }
  END {
    for (s in rm) printf "| send round trip %s B | %s | %s | %.2f | %s | %.2f | %s |\n", s, rm[s], (s in pm ? pm[s] : "-"), (pm[s] > 0 ? rm[s]/pm[s] : 0), (s in pe ? pe[s] : "-"), (pe[s] > 0 ? rm[s]/pe[s] : 0), (s in tm ? tm[s] : "-")
  }' "$out"
