#!/usr/bin/env bash
# The guest's half of lab/bench.sh (run inside the lab guest, where this repository and its build
# are mounted at the same path as on the host):
#
#   bench-guest.sh run N ROUNDS   the whole benchmark: the rdma driver for ROUNDS rounds, each
#                                 round with its baselines beside it, then the tcp driver once
#   bench-guest.sh baseline N     one round's baselines (the driver runs this between its own
#                                 rounds, with BOREALIS_ROUND set)
#
# Baselines, server and client in this guest over rxe0:
#   perftest with -e (sleeping on completion events, as the transport's poller does once idle):
#   ib_send_lat -s 64 / -s 8192 (one-way; lab/bench.sh doubles it to a round trip) and
#   ib_read_lat -s 8192, over rdma_cm (-R); ibv_rc_pingpong -e -s 64 / -s 8192, whose mean round
#   trip is timed by the wall clock; every round.
#   perftest busy-polling (its default), ib_read_bw -s 8192 -t 32 and ibv_rc_pingpong without -e:
#   first round only (busy-polling on two emulated CPUs costs a scheduler tick per message, so
#   these take long and say little; see bench/README.md).
# Every line printed ends in round=R.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
ip=10.0.2.15
mode=${1:?usage: bench-guest.sh run N ROUNDS | baseline N}
n=${2:?iterations}

# Each baseline gets three tries: under emulation perftest's calibration of its cycle counter
# sometimes fails (it prints "Correlation coefficient r^2 < 0.9" and a latency of inf), and a
# client now and then finds its server not yet listening. Every process is bounded by a timeout,
# the server killed once its client is done, so nothing waits for ever.
try3() { # label command...: runs the command until it prints a line with a finite figure
  local label=$1 out i
  shift
  for i in 1 2 3; do
    out=$("$@")
    if [ -n "$out" ] && ! grep -q '=inf' <<<"$out"; then
      echo "$out"
      return 0
    fi
    echo "bench-guest.sh: $label: try $i gave no figure${out:+ ($out)}" >&2
  done
  [ -n "$out" ] && echo "$out"
  return 0
}

pt1() { # label tool size [extra flag]: server in the background, client here; -F: report even
  #     though the emulated CPU's clock looks unsteady
  timeout 300 "$2" -F -R ${4:-} -s "$3" -n "$n" >/dev/null 2>&1 & local server=$!
  sleep 3
  timeout 300 "$2" -F -R ${4:-} -s "$3" -n "$n" "$ip" 2>/dev/null \
    | awk -v t="$2" -v s="$3" -v l="$1" -v r="$round" '$1 == s && NF >= 8 {print l, t, s, "typical_us=" $5, "p99_us=" $8, "round=" r}'
  kill $server 2>/dev/null; wait $server 2>/dev/null
}
pt() { try3 "$1 $2 $3" pt1 "$@"; }

pp1() { # label size [extra flag]: one iteration is one message each way; it prints usec/iter
  timeout 300 ibv_rc_pingpong -d rxe0 -g 0 ${3:-} -s "$2" -n "$n" >/dev/null 2>&1 & local server=$!
  sleep 3
  timeout 300 ibv_rc_pingpong -d rxe0 -g 0 ${3:-} -s "$2" -n "$n" 127.0.0.1 2>/dev/null \
    | awk -v s="$2" -v l="$1" -v r="$round" '/usec\/iter/ {print l, s, "mean_us=" $(NF-1), "round=" r}'
  kill $server 2>/dev/null; wait $server 2>/dev/null
}
pp() { try3 "$1 $2" pp1 "$@"; }

case "$mode" in
  baseline)
    round=${BOREALIS_ROUND:-1}
    pt perftest-events ib_send_lat 64 -e
    pt perftest-events ib_send_lat 8192 -e
    pt perftest-events ib_read_lat 8192 -e
    pp pingpong-events 64 -e
    pp pingpong-events 8192 -e
    if [ "$round" = 1 ]; then
      pt perftest ib_send_lat 64
      pt perftest ib_send_lat 8192
      pt perftest ib_read_lat 8192
      timeout 300 ib_read_bw -F -R -s 8192 -n $(( n * 4 )) -t 32 >/dev/null 2>&1 & server=$!
      sleep 3
      timeout 300 ib_read_bw -F -R -s 8192 -n $(( n * 4 )) -t 32 "$ip" 2>/dev/null \
        | awk -v r="$round" '$1 == 8192 && NF >= 5 {print "perftest ib_read_bw 8192 MBps=" $4, "round=" r}'
      kill $server 2>/dev/null; wait $server 2>/dev/null
      pp pingpong 64
      pp pingpong 8192
    fi
    ;;
  run)
    rounds=${3:?rounds}
    cp="$repo/bench/target/classes:$repo/bench/target/lib/*"
    jvm=(java -Djava.library.path="$repo/native/target" --add-exports java.base/sun.nio.ch=ALL-UNNAMED
      --enable-native-access=ALL-UNNAMED -Dlogback.configurationFile="$here/logback-lab.xml"
      -Dborealis.rdma.spinNanos="${BOREALIS_BENCH_SPIN:-20000}" -cp "$cp" org.borealis.bench.rdma.TransportLatency)
    "${jvm[@]}" --transport rdma --iterations "$n" --warmup 1000 --rounds "$rounds" --warmup-rounds 1 \
      --baseline "bash $here/bench-guest.sh baseline $n" || exit 1
    "${jvm[@]}" --transport tcp --iterations "$n" --warmup 1000 || exit 1
    ;;
  *) echo "bench-guest.sh: unknown mode $mode" >&2; exit 2 ;;
esac
