#!/usr/bin/env bash
# pgbench against `borealis up` and against a private PostgreSQL 15 on the same machine, in one run:
# TPC-B-like (-M prepared) and select-only (-S -M prepared), scale 10, 8 clients, 2 threads.
# Prints both TPS figures and the ratio Borealis / PostgreSQL.
#
#   bench/pgbench/run.sh [DURATION_SECONDS]        (default 60; BENCH_SCALE, BENCH_CLIENTS, BENCH_THREADS override)
# Borealis' compute buffer pool is BENCH_BUFFER_PAGES 8 KiB pages (default 65536 = 512 MiB, so the
# scale-10 data set fits as it fits PostgreSQL's shared buffers plus the OS page cache).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
duration=${1:-60}
scale=${BENCH_SCALE:-10}
clients=${BENCH_CLIENTS:-8}
threads=${BENCH_THREADS:-2}
buffer_pages=${BENCH_BUFFER_PAGES:-65536}
pgbin=/usr/lib/postgresql/15/bin
work=$(mktemp -d /tmp/borealis-bench.XXXXXX)
chmod 777 "$work"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

up_pid=""; pg_started=""
cleanup() {
  if [ -n "$up_pid" ] && kill -0 "$up_pid" 2>/dev/null; then
    "$root/bin/borealis" down --config "$work/local.yaml" >/dev/null 2>&1 || kill "$up_pid" 2>/dev/null || true
  fi
  if [ -n "$pg_started" ]; then
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

run_pgbench() { # port label
  local port=$1 label=$2 out
  echo "== $label: pgbench -i -s $scale" >&2
  pgbench -h 127.0.0.1 -p "$port" -U postgres -i -q -s "$scale" postgres >"$work/$label-init.log" 2>&1
  out=$(pgbench -h 127.0.0.1 -p "$port" -U postgres -M prepared -c "$clients" -j "$threads" -T "$duration" postgres 2>&1)
  tpcb=$(grep -oP 'tps = \K[0-9.]+' <<<"$out" | head -1)
  out=$(pgbench -h 127.0.0.1 -p "$port" -U postgres -S -M prepared -c "$clients" -j "$threads" -T "$duration" postgres 2>&1)
  sel=$(grep -oP 'tps = \K[0-9.]+' <<<"$out" | head -1)
  echo "$tpcb $sel"
}

# --- Borealis
port=$(free_port); sport=$(free_port)
cat > "$work/local.yaml" <<YAML
data-dir: $work/borealis
port: $port
storage-port: $sport
admin-ports: false
buffer-pool-pages: $buffer_pages
YAML
"$root/bin/borealis" up --config "$work/local.yaml" >"$work/up.log" 2>&1 &
up_pid=$!
for _ in $(seq 1 600); do grep -q "psql -h" "$work/up.log" 2>/dev/null && break; kill -0 $up_pid || { cat "$work/up.log"; exit 1; }; sleep 0.2; done
read -r b_tpcb b_sel < <(run_pgbench "$port" borealis)
"$root/bin/borealis" down --config "$work/local.yaml" >/dev/null
up_pid=""

# --- PostgreSQL 15
pport=$(free_port)
runuser -u postgres -- "$pgbin/initdb" -D "$work/pg" -U postgres -A trust >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" -w -l "$work/pg.log" \
  -o "-p $pport -k $work -c listen_addresses=127.0.0.1" start >/dev/null
pg_started=1
read -r p_tpcb p_sel < <(run_pgbench "$pport" postgresql)

printf '\n%-22s %12s %12s %8s\n' "workload (scale $scale)" "Borealis" "PostgreSQL" "ratio"
printf '%-22s %12.1f %12.1f %8.3f\n' "TPC-B -M prepared" "$b_tpcb" "$p_tpcb" "$(python3 -c "print($b_tpcb/$p_tpcb)")"
printf '%-22s %12.1f %12.1f %8.3f\n' "select-only -S" "$b_sel" "$p_sel" "$(python3 -c "print($b_sel/$p_sel)")"
echo "($clients clients, $threads threads, ${duration}s each, $(nproc) cores)"
