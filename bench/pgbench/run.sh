#!/usr/bin/env bash
# pgbench against `borealis up` and against a private PostgreSQL 15 on the same machine, in one run:
# TPC-B-like (-M prepared) and select-only (-S -M prepared), scale 10, 8 clients, 2 threads.
# Prints both TPS figures and the ratio Borealis / PostgreSQL. Each system first runs each workload
# untimed for BENCH_WARMUP seconds (default 30; 0 for none): a Java server compiles its hot code
# in its first seconds (a cold Borealis does a third of its warm TPC-B rate), and both systems get
# their caches warm the same way.
#
#   bench/pgbench/run.sh [DURATION_SECONDS]        (default 60; BENCH_SCALE, BENCH_CLIENTS, BENCH_THREADS, BENCH_WARMUP override)
# Borealis' compute buffer pool is BENCH_BUFFER_PAGES 8 KiB pages (default 65536 = 512 MiB, so the
# scale-10 data set fits as it fits PostgreSQL's shared buffers plus the OS page cache).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
duration=${1:-60}
scale=${BENCH_SCALE:-10}
clients=${BENCH_CLIENTS:-8}
threads=${BENCH_THREADS:-2}
buffer_pages=${BENCH_BUFFER_PAGES:-65536}
warmup=${BENCH_WARMUP:-30}

run_pgbench() { # port label
  local port=$1 label=$2 out
  init_pgbench "$port" "$label" "$scale"
  if [ "$warmup" -gt 0 ]; then
    pgbench -h 127.0.0.1 -p "$port" -U postgres -M prepared -c "$clients" -j "$threads" -T "$warmup" postgres >/dev/null 2>&1
  fi
  out=$(pgbench -h 127.0.0.1 -p "$port" -U postgres -M prepared -c "$clients" -j "$threads" -T "$duration" postgres 2>&1)
  tpcb=$(grep -oP 'tps = \K[0-9.]+' <<<"$out" | head -1)
  if [ "$warmup" -gt 0 ]; then
    pgbench -h 127.0.0.1 -p "$port" -U postgres -S -M prepared -c "$clients" -j "$threads" -T "$warmup" postgres >/dev/null 2>&1
  fi
  out=$(pgbench -h 127.0.0.1 -p "$port" -U postgres -S -M prepared -c "$clients" -j "$threads" -T "$duration" postgres 2>&1)
  sel=$(grep -oP 'tps = \K[0-9.]+' <<<"$out" | head -1)
  echo "$tpcb $sel"
}

start_borealis "$buffer_pages"
read -r b_tpcb b_sel < <(run_pgbench "$b_port" borealis)
stop_borealis

start_postgres
read -r p_tpcb p_sel < <(run_pgbench "$p_port" postgresql)

printf '\n%-22s %12s %12s %8s\n' "workload (scale $scale)" "Borealis" "PostgreSQL" "ratio"
printf '%-22s %12.1f %12.1f %8s\n' "TPC-B -M prepared" "$b_tpcb" "$p_tpcb" "$(ratio "$b_tpcb" "$p_tpcb")"
printf '%-22s %12.1f %12.1f %8s\n' "select-only -S" "$b_sel" "$p_sel" "$(ratio "$b_sel" "$p_sel")"
echo "($clients clients, $threads threads, ${duration}s each after ${warmup}s untimed, $(nproc) cores)"
