#!/usr/bin/env bash
# Latency of the rdma transport next to perftest, in one boot of the soft-RoCE guest, in rounds:
# the transport's driver (bench's TransportLatency, one JVM, one connection) runs its cases ROUNDS
# times, and each round runs the baselines too (lab/bench-guest.sh: perftest ib_send_lat -e
# -s 64 / -s 8192, ib_read_lat -e -s 8192, ibv_rc_pingpong -e), before the driver's cases in odd
# rounds and after them in even ones. Under emulation the guest's speed drifts by 2x and more
# within a boot, so each round's ratio compares neighbours, and the figure reported is the median
# of the rounds' ratios. The first round also runs the busy-polling baselines and ib_read_bw; a tcp
# run of the same driver ends the boot.
# Prints the raw lines and tables of p50 per round with the ratio Borealis / perftest.
# Build first: mvn -B -pl bench -am -DskipTests package
#   lab/bench.sh [ITERATIONS [ROUNDS]]      (defaults 2000 and 5; BOREALIS_BENCH_SPIN: the
#                                           poller's spin in ns before it blocks, default 20000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
n=${1:-2000}
rounds=${2:-5}
source "$repo/bin/jdk.sh"
# the bench module's package phase puts its dependencies, this checkout's modules among them, in
# bench/target/lib
[ -d "$repo/bench/target/lib" ] || { echo "lab/bench.sh: build first: mvn -B -pl bench -am -DskipTests package" >&2; exit 1; }
out="$repo/bench/target/lab-bench.log"
BOREALIS_LAB_OUTPUT="$out" bash "$here/lab.sh" --timeout $(( 900 + rounds * n / 10 )) \
  "BOREALIS_BENCH_SPIN=${BOREALIS_BENCH_SPIN:-20000} bash $here/bench-guest.sh run $n $rounds"

echo
awk '
  function rnd(   i) { for (i = 1; i <= NF; i++) if ($i ~ /^round=/) return substr($i, 7); return 1 }
  function val(key,   i) { for (i = 1; i <= NF; i++) if (index($i, key "=") == 1) return substr($i, length(key) + 2); return "" }
  function median(a, k,   i, j, t, b) {
    for (i = 1; i <= k; i++) b[i] = a[i] + 0
    for (i = 2; i <= k; i++) { t = b[i]; for (j = i - 1; j >= 1 && b[j] > t; j--) b[j + 1] = b[j]; b[j + 1] = t }
    return k == 0 ? 0 : (k % 2 ? b[(k + 1) / 2] : (b[k / 2] + b[k / 2 + 1]) / 2)
  }
  function finite(v) { return v != "" && v !~ /inf|nan/ }
  /^perftest-events ib_send_lat/ { R[rnd()] = 1; if (finite(val("typical_us"))) pe[$3, rnd()] = 2 * val("typical_us") }
  /^perftest-events ib_read_lat/ { if (finite(val("typical_us"))) pe["read", rnd()] = val("typical_us") }
  /^pingpong-events /            { ppe[$2, rnd()] = val("mean_us") }
  /^rdma send-rtt/ { b[$3, rnd()] = val("p50_us"); b99[$3, rnd()] = val("p99_us"); bm[$3, rnd()] = val("mean_us") }
  /^rdma read /    { b["read", rnd()] = val("p50_us"); b99["read", rnd()] = val("p99_us") }
  /^rdma read-bw/  { rbw[rnd()] = val("MBps") }
  /^perftest ib_send_lat/ { if (finite(val("typical_us"))) { pb[$3] = 2 * val("typical_us"); pb99[$3] = 2 * val("p99_us") } }
  /^perftest ib_read_lat/ { if (finite(val("typical_us"))) { pb["read"] = val("typical_us"); pb99["read"] = val("p99_us") } }
  /^perftest ib_read_bw/  { pbw = val("MBps") }
  /^pingpong [0-9]/       { ppm[$2] = val("mean_us") }
  /^tcp send-rtt/  { t[$3] = val("p50_us"); t99[$3] = val("p99_us") }
  /^tcp read /     { t["read"] = val("p50_us"); t99["read"] = val("p99_us") }
  /^tcp read-bw/   { tbw = val("MBps") }
  END {
    split("64 8192 read", cs, " ")
    name["64"] = "send round trip 64 B"; name["8192"] = "send round trip 8 KiB"; name["read"] = "one-sided read 8 KiB"
    base["64"] = "2 x ib_send_lat -e"; base["8192"] = "2 x ib_send_lat -e"; base["read"] = "ib_read_lat -e"
    print "p50 per round (us): Borealis rdma / perftest -e = ratio"
    printf "| round |"; for (c = 1; c <= 3; c++) printf " %s |", name[cs[c]]; print ""
    print "|---|---|---|---|"
    nr = 0
    for (r = 1; (r in R) || ((cs[1], r) in b); r++) {
      nr = r
      printf "| %d |", r
      for (c = 1; c <= 3; c++) {
        k = cs[c]
        ratio = ((k, r) in pe && pe[k, r] > 0 && (k, r) in b) ? b[k, r] / pe[k, r] : 0
        if (ratio > 0) { ratios[k, ++nrat[k]] = ratio }
        printf " %s / %s = %s |", ((k, r) in b ? b[k, r] : "-"), ((k, r) in pe ? pe[k, r] : "no figure"), (ratio > 0 ? sprintf("%.2f", ratio) : "-")
      }
      print ""
    }
    print ""
    print "| case | median ratio at p50 (rounds with both figures) | lowest / highest round | Borealis rdma p50 / p99, median (us) | perftest -e p50, median (us) |"
    print "|---|---|---|---|---|"
    for (c = 1; c <= 3; c++) {
      k = cs[c]; m = nrat[k]
      delete x; delete y; delete z; delete w
      lo = 0; hi = 0
      for (i = 1; i <= m; i++) { x[i] = ratios[k, i]; if (lo == 0 || x[i] < lo) lo = x[i]; if (x[i] > hi) hi = x[i] }
      j = 0; for (r = 1; r <= nr; r++) if ((k, r) in b) { j++; y[j] = b[k, r]; z[j] = b99[k, r] }
      l = 0; for (r = 1; r <= nr; r++) if ((k, r) in pe) { l++; w[l] = pe[k, r] }
      printf "| %s | **%.2f** (%d of %d) | %.2f / %.2f | %.1f / %.1f | %.1f (%s) |\n", name[k], median(x, m), m, nr, lo, hi, median(y, j), median(z, j), median(w, l), base[k]
    }
    print ""
    print "Mean round trip against ibv_rc_pingpong -e (wall clock), median of the rounds:"
    print "| case | Borealis rdma mean (us) | ibv_rc_pingpong -e mean (us) | median ratio |"
    print "|---|---|---|---|"
    for (c = 1; c <= 2; c++) {
      k = cs[c]; m = 0; j = 0; l = 0
      delete x; delete y; delete w
      for (r = 1; r <= nr; r++) {
        if ((k, r) in bm) { j++; y[j] = bm[k, r] }
        if ((k, r) in ppe) { l++; w[l] = ppe[k, r] }
        if ((k, r) in bm && (k, r) in ppe && ppe[k, r] > 0) { m++; x[m] = bm[k, r] / ppe[k, r] }
      }
      printf "| %s | %.1f | %.1f | %.2f |\n", name[k], median(y, j), median(w, l), median(x, m)
    }
    print ""
    print "Round 1 only: busy-polling perftest, bandwidth, and the tcp transport (one run after the rdma rounds):"
    print "| case | Borealis rdma p50 / p99 (us) | perftest polling p50 / p99 (us) | ratio at p50 | Borealis tcp p50 / p99 (us) |"
    print "|---|---|---|---|---|"
    for (c = 1; c <= 3; c++) {
      k = cs[c]
      printf "| %s | %s / %s | %s | %s | %s / %s |\n", name[k], b[k, 1], b99[k, 1], (k in pb ? pb[k] " / " pb99[k] : "no figure"), (pb[k] > 0 ? sprintf("%.2f", b[k, 1] / pb[k]) : "-"), (k in t ? t[k] : "-"), (k in t99 ? t99[k] : "-")
    }
    printf "| read bandwidth 8 KiB, 32 in flight (MB/s) | %s | %s (ib_read_bw) | %.2f (perftest / Borealis) | %s |\n", rbw[1], pbw, (rbw[1] > 0 ? pbw / rbw[1] : 0), (tbw == "" ? "-" : tbw)
    printf "| mean round trip, ibv_rc_pingpong polling (us) | 64 B %s, 8 KiB %s | | | |\n", ppm["64"], ppm["8192"]
  }' "$out"
