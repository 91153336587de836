#!/usr/bin/env bash
# A read-heavy query mix over pgbench's tables at scale 10 (1 M accounts): point lookups, range
# scans, an ORDER BY ... LIMIT, joins and aggregates over all 1 M rows, against `borealis up` and
# a private PostgreSQL 15 on the same machine in one run. Each query (queries/*.sql) first runs
# once on both with the same parameters and the answers must be equal; then pgbench runs it alone
# (-M prepared) for DURATION seconds per system. Prints queries/s on each and the ratio.
#
#   bench/pgbench/querymix.sh [DURATION_SECONDS]   (default 20; BENCH_SCALE, BENCH_CLIENTS, BENCH_THREADS override)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
duration=${1:-20}
scale=${BENCH_SCALE:-10}
clients=${BENCH_CLIENTS:-4}
threads=${BENCH_THREADS:-2}
buffer_pages=${BENCH_BUFFER_PAGES:-65536}
queries=("$root"/bench/pgbench/queries/*.sql)

answer() { # port query-file: the query once with fixed parameters, its rows as text
  grep -v '^\\set' "$2" | psql -h 127.0.0.1 -p "$1" -U postgres -X -At -q -v ON_ERROR_STOP=1 \
    -v scale="$scale" -v aid=$((50000 * scale)) postgres
}

measure() { # port label -> one "name qps" line per query; answers saved for the check
  local port=$1 label=$2 q name out
  init_pgbench "$port" "$label" "$scale"
  settle "$label"
  for q in "${queries[@]}"; do
    name=$(basename "$q" .sql)
    answer "$port" "$q" >"$work/$label-$name.out"
    out=$(pgbench -h 127.0.0.1 -p "$port" -U postgres -n -M prepared -s "$scale" -f "$q" \
      -c "$clients" -j "$threads" -T "$duration" postgres 2>&1) || { echo "$out" >&2; exit 1; }
    echo "$name $(grep -oP 'tps = \K[0-9.]+' <<<"$out" | head -1)"
  done
}

start_borealis "$buffer_pages"
measure "$b_port" borealis >"$work/borealis.qps"
stop_borealis
start_postgres
measure "$p_port" postgresql >"$work/postgresql.qps"

status=0
printf '\n%-14s %14s %14s %8s\n' "query" "Borealis q/s" "PostgreSQL q/s" "ratio"
while read -r name bq && read -r _ pq <&3; do
  if ! cmp -s "$work/borealis-$name.out" "$work/postgresql-$name.out"; then
    echo "$name: Borealis answered differently from PostgreSQL:" >&2
    diff "$work/borealis-$name.out" "$work/postgresql-$name.out" >&2 || true
    status=1
  fi
  printf '%-14s %14.1f %14.1f %8s\n' "$name" "$bq" "$pq" "$(ratio "$bq" "$pq")"
done <"$work/borealis.qps" 3<"$work/postgresql.qps"
echo "(scale $scale: $((100000 * scale)) accounts; $clients clients, $threads threads, ${duration}s per query and system, $(nproc) cores)"
exit $status
