#!/usr/bin/env bash
# Runs one shell command inside the soft-RoCE lab guest and brings back its output and exit code.
#
#   lab/lab.sh [--timeout SECONDS] [--] 'COMMAND'
#
# The guest is Debian bookworm (image built and cached by lab/image.sh) booted under qemu with
# software emulation (TCG): soft-RoCE device rxe0 on eth0 (10.0.2.15), an emulated NVDIMM as an
# ext4 -o dax filesystem at /mnt/pmem, and, read-only at the same paths as on the host: this
# repository (with its build output), the JDK (JAVA_HOME, >= 21) and the Maven local repository.
# Every boot starts from the clean image (the disk is a throw-away snapshot).
#
# The command runs as root in /tmp of the guest. Its output is shown as it runs; the script
# exits with the command's exit code, and fails (with the guest's console) when the guest does
# not finish within the timeout (default 900 s, or BOREALIS_LAB_TIMEOUT).
#
# Environment: BOREALIS_LAB_CACHE (image cache, default /var/cache/borealis-lab),
# BOREALIS_LAB_MEM (guest memory, default 3G), BOREALIS_LAB_CPUS (default 2),
# BOREALIS_LAB_M2 (Maven local repository, default ~/.m2/repository), BOREALIS_LAB_OUTPUT (a file
# to receive a copy of the command's output).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)

timeout_s=${BOREALIS_LAB_TIMEOUT:-900}
while [ $# -gt 0 ]; do
  case "$1" in
    --timeout) timeout_s=$2; shift 2 ;;
    --) shift; break ;;
    -*) echo "lab/lab.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: lab/lab.sh [--timeout SECONDS] [--] 'COMMAND'" >&2; exit 2; }

command -v qemu-system-x86_64 >/dev/null || { echo "lab/lab.sh: qemu-system-x86_64 not found (apt-get install qemu-system-x86 qemu-utils)" >&2; exit 1; }
source "$repo/bin/jdk.sh"
m2=${BOREALIS_LAB_M2:-$HOME/.m2/repository}
mkdir -p "$m2"

image=$(bash "$here/image.sh" | tail -n1)
[ -f "$image/ready" ] || { echo "lab/lab.sh: no guest image" >&2; exit 1; }

io=$(mktemp -d "${TMPDIR:-/tmp}/borealis-lab.XXXXXX")
trap 'rm -rf "$io"' EXIT
cp "$here/guest-init.sh" "$io/init.sh"
printf '%s\n' "$*" > "$io/cmd.sh"
printf 'REPO=%q\nJDK=%q\nM2=%q\n' "$repo" "$JAVA_HOME" "$m2" > "$io/env"
truncate -s 512M "$io/nvdimm.img"

: > "$io/console.log" # before tail follows it: tail -f gives up on a file that does not exist yet
echo "lab/lab.sh: booting the guest (image $(basename "$image"), timeout ${timeout_s}s)"
start=$(date +%s)
set +e
# -cpu max without AVX/AVX2 (QEMU 7.2's TCG emulation of them is new) and single-threaded TCG:
# with one host thread per vCPU, guest JVMs crashed at random at the first instruction of freshly
# JIT-compiled methods (code written on one vCPU, run on another)
timeout -k 10 "$timeout_s" qemu-system-x86_64 \
  -machine pc,nvdimm=on -accel tcg,thread=single -cpu max,-avx,-avx2 \
  -smp "${BOREALIS_LAB_CPUS:-2}" -m "${BOREALIS_LAB_MEM:-3G},slots=2,maxmem=8G" \
  -object memory-backend-file,id=nv1,share=on,mem-path="$io/nvdimm.img",size=512M \
  -device nvdimm,id=nvdimm1,memdev=nv1 \
  -kernel "$image/vmlinuz" -initrd "$image/initrd.img" \
  -append "root=/dev/vda rw console=ttyS0 quiet loglevel=3 init=/sbin/borealis-init net.ifnames=0 panic=1" \
  -drive file="$image/root.img",if=virtio,format=raw,snapshot=on \
  -netdev user,id=n0,restrict=on -device virtio-net-pci,netdev=n0 \
  -virtfs local,path="$io",mount_tag=labio,security_model=none \
  -virtfs local,path="$repo",mount_tag=repo,security_model=none,readonly=on \
  -virtfs local,path="$JAVA_HOME",mount_tag=jdk,security_model=none,readonly=on \
  -virtfs local,path="$m2",mount_tag=m2,security_model=none,readonly=on \
  -nographic -no-reboot -monitor none -serial stdio < /dev/null >> "$io/console.log" 2>&1 &
qemu=$!
# show the guest console as it comes
tail -n +1 -f "$io/console.log" --pid=$qemu 2>/dev/null &
tailer=$!
# a minute before giving up, ask the guest for thread dumps of its JVMs (lab/guest-init.sh)
# (its output to /dev/null and its sleep killed with it: nothing may outlive this script holding
# the caller's stdout, or a caller reading it through a pipe would wait for the timer)
( trap 'kill $nap 2>/dev/null; exit 0' TERM
  sleep $(( timeout_s > 120 ? timeout_s - 60 : timeout_s / 2 )) & nap=$!
  wait $nap && touch "$io/dump-now" ) >/dev/null 2>&1 &
dumper=$!
wait $qemu
qemu_rc=$?
wait $tailer 2>/dev/null
kill $dumper 2>/dev/null
set -e
elapsed=$(( $(date +%s) - start ))

# a copy of the command's own output for callers that read it (BOREALIS_LAB_OUTPUT=FILE)
if [ -n "${BOREALIS_LAB_OUTPUT:-}" ]; then
  cp "$io/output.log" "$BOREALIS_LAB_OUTPUT" 2>/dev/null || : > "$BOREALIS_LAB_OUTPUT"
fi
if [ ! -f "$io/exit-code" ]; then
  if [ $qemu_rc -eq 124 ] || [ $qemu_rc -eq 137 ]; then
    echo "lab/lab.sh: FAILED: the guest did not finish within ${timeout_s}s; the end of its output:" >&2
    tail -n 300 "$io/output.log" >&2 2>/dev/null || true
  else
    echo "lab/lab.sh: FAILED: the guest stopped without an exit code (qemu exit $qemu_rc; console above)" >&2
  fi
  exit 1
fi
rc=$(cat "$io/exit-code")
if [ "$rc" -ne 0 ]; then
  echo "lab/lab.sh: FAILED: the command exited with $rc in the guest after ${elapsed}s; its output:" >&2
  tail -n 200 "$io/output.log" >&2 || true
  exit "$rc"
fi
echo "lab/lab.sh: the command passed in the guest (${elapsed}s)"
