# Shared by the scripts in this folder (source it): one `borealis up` and one private PostgreSQL 15
# on free loopback ports, data in a temporary folder removed on exit.
#   start_borealis BUFFER_PAGES   -> sets b_port
#   stop_borealis
#   start_postgres                -> sets p_port
#   init_pgbench PORT LABEL SCALE (pgbench -i -q, log in the work folder)
#   settle LABEL                  (waits until the system under test is idle after loading)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
pgbin=/usr/lib/postgresql/15/bin
work=$(mktemp -d /tmp/borealis-bench.XXXXXX)
chmod 777 "$work"
up_pid=""; pg_started=""

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

bench_cleanup() {
  if [ -n "$up_pid" ] && kill -0 "$up_pid" 2>/dev/null; then
    "$root/bin/borealis" down --config "$work/local.yaml" >/dev/null 2>&1 || kill "$up_pid" 2>/dev/null || true
  fi
  if [ -n "$pg_started" ]; then
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap bench_cleanup EXIT

start_borealis() { # buffer pages
  b_port=$(free_port)
  local sport; sport=$(free_port)
  cat > "$work/local.yaml" <<YAML
data-dir: $work/borealis
port: $b_port
storage-port: $sport
admin-ports: false
buffer-pool-pages: $1
YAML
  "$root/bin/borealis" up --config "$work/local.yaml" >"$work/up.log" 2>&1 &
  up_pid=$!
  for _ in $(seq 1 600); do
    grep -q "psql -h" "$work/up.log" 2>/dev/null && return 0
    kill -0 "$up_pid" 2>/dev/null || { cat "$work/up.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "borealis up did not start; its output:" >&2; cat "$work/up.log" >&2; exit 1
}

stop_borealis() {
  "$root/bin/borealis" down --config "$work/local.yaml" >/dev/null
  up_pid=""
}

start_postgres() {
  p_port=$(free_port)
  runuser -u postgres -- "$pgbin/initdb" -D "$work/pg" -U postgres -A trust >/dev/null
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" -w -l "$work/pg.log" \
    -o "-p $p_port -k $work -c listen_addresses=127.0.0.1" start >/dev/null
  pg_started=1
}

init_pgbench() { # port label scale
  echo "== $2: pgbench -i -s $3" >&2
  pgbench -h 127.0.0.1 -p "$1" -U postgres -i -q -s "$3" postgres >"$work/$2-init.log" 2>&1 \
    || { cat "$work/$2-init.log" >&2; exit 1; }
}

ratio() { python3 -c "print(f'{$1/$2:.3f}')"; }

busy_ticks() { # CPU ticks used so far by the processes of the system under test
  local pids
  if [ -n "$up_pid" ]; then pids=$(pgrep -f "BorealisCommand .*--config $work/" || true)
  else
    local pm; pm=$(head -1 "$work/pg/postmaster.pid" 2>/dev/null || true)
    pids="$pm $( [ -n "$pm" ] && pgrep -P "$pm" || true)"
  fi
  local t=0 p
  for p in $pids; do
    t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$t"
}

settle() { # label: after a load, wait (up to 180 s) until the system used under 5 % of a core for 3 s,
  # so background work the load left (a storage node's compaction and log clean-up, a vacuum)
  # is not measured as the first query's time
  local a b i hz; hz=$(getconf CLK_TCK)
  for i in $(seq 1 60); do
    a=$(busy_ticks); sleep 3; b=$(busy_ticks)
    if [ $((b - a)) -lt $((hz * 3 * 5 / 100)) ]; then
      echo "== $1: idle after $((i * 3)) s" >&2; return 0
    fi
  done
  echo "== $1: still busy after 180 s, measuring anyway" >&2
}
