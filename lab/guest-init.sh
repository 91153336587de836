#!/bin/sh
# Runs as PID 1 inside the lab guest (started by the image's /sbin/borealis-init from the lab
# share, mounted at /lab). Brings up what the tests need, runs /lab/cmd.sh, stores its output
# and exit code in /lab, and powers the guest off.
#
#   /lab/env       REPO, JDK, M2: host paths shared read-only at the same paths in the guest
#   /lab/cmd.sh    the command (run by /bin/sh in /tmp, as root, with JAVA_HOME and PATH set)
#   /lab/output.log, /lab/exit-code   what comes back
set -u
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export PATH

say() { echo "[lab-guest] $*" > /dev/console; }
finish() {
  echo "$1" > /lab/exit-code
  sync
  echo o > /proc/sysrq-trigger
  sleep 30
}

mount -t tmpfs -o size=1g tmpfs /tmp
mount -t tmpfs tmpfs /run
mkdir -p /dev/pts /dev/shm
mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /dev/shm
hostname lab

. /lab/env
opts=trans=virtio,version=9p2000.L,msize=262144,cache=loose,ro
for share in repo:"$REPO" jdk:"$JDK" m2:"$M2"; do
  tag=${share%%:*}; path=${share#*:}
  mkdir -p "$path"
  mount -t 9p -o "$opts" "$tag" "$path" || { say "cannot mount the $tag share at $path"; finish 97; }
done

# network: the guest talks only to itself (qemu user networking with restrict=on)
ip link set lo up
ip addr add 10.0.2.15/24 dev eth0
ip link set eth0 up

# soft-RoCE on eth0
modprobe rdma_rxe || { say "modprobe rdma_rxe failed"; finish 96; }
modprobe rdma_ucm; modprobe ib_uverbs   # /dev/infiniband/rdma_cm and uverbs0 (no udev here)
rdma link add rxe0 type rxe netdev eth0 || { say "rdma link add rxe0 failed"; finish 96; }
i=0
until ibv_devinfo -d rxe0 2>/dev/null | grep -q PORT_ACTIVE; do
  i=$((i + 1)); [ $i -lt 100 ] || { say "rxe0 port never became active"; finish 96; }
  sleep 0.1
done

# the emulated NVDIMM as an fsdax namespace with ext4 mounted -o dax at /mnt/pmem
if modprobe nfit 2>/dev/null && modprobe nd_pmem 2>/dev/null && [ -e /sys/bus/nd/devices/namespace0.0 ]; then
  if ndctl create-namespace -f -e namespace0.0 -m fsdax >/dev/null 2>&1 \
     && mkfs.ext4 -q -F -b 4096 /dev/pmem0 && mount -o dax /dev/pmem0 /mnt/pmem; then
    echo /mnt/pmem > /run/pmem-dir
  else
    say "NVDIMM present but the fsdax set-up failed; /mnt/pmem is not DAX"
  fi
fi

ulimit -l unlimited    # memory registration pins pages
ulimit -n 65536
export JAVA_HOME="$JDK" HOME=/tmp
export PATH="$JDK/bin:$PATH"
cd /tmp
say "ready: rxe0 active$( [ -f /run/pmem-dir ] && echo ', DAX at /mnt/pmem'); running the command"
# shortly before it gives up on the guest the host creates /lab/dump-now: then show where every
# JVM is stuck
( while [ ! -f /lab/dump-now ]; do sleep 5; done
  for p in $(pgrep -f "$JDK/bin/java"); do
    echo "[lab-guest] the host is about to give up: thread dump of JVM $p"; "$JDK/bin/jcmd" "$p" Thread.print
  done ) 2>&1 | tee -a /lab/output.log > /dev/console &
( /bin/sh /lab/cmd.sh; echo $? > /tmp/rc ) 2>&1 | tee -a /lab/output.log > /dev/console
finish "$(cat /tmp/rc 2>/dev/null || echo 98)"
