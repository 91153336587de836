#!/usr/bin/env bash
# Builds the lab's guest image once and caches it outside the repository:
#   ${BOREALIS_LAB_CACHE:-/var/cache/borealis-lab}/bookworm-<key>/{root.img,vmlinuz,initrd.img}
# <key> is a hash of this file, so changing the package list or the boot init builds a new
# image; an unchanged one is reused (prints its directory and exits at once).
#
# Only Debian's packages go into the image: debootstrap from the Debian mirror this machine's
# apt already uses (or BOREALIS_LAB_MIRROR). Needs root, debootstrap and e2fsprogs.
# Prints the image directory as its last line of output.
set -euo pipefail

cache=${BOREALIS_LAB_CACHE:-/var/cache/borealis-lab}
self=$(readlink -f "$0")
key=$(sha256sum "$self" | cut -c1-12)
dir="$cache/bookworm-$key"

# The guest's packages: soft-RoCE (rdma_rxe ships in Debian's stock kernel), the verbs
# libraries and tools, perftest for the baseline latency figures, ndctl for the emulated NVDIMM.
packages=(
  linux-image-amd64 initramfs-tools kmod
  rdma-core ibverbs-providers ibverbs-utils rdmacm-utils perftest libibverbs1 librdmacm1
  iproute2 procps e2fsprogs ndctl util-linux
)

if [ -f "$dir/ready" ]; then
  echo "$dir"
  exit 0
fi

[ "$(id -u)" -eq 0 ] || { echo "lab/image.sh: building the guest image needs root (debootstrap)" >&2; exit 1; }
for tool in debootstrap mkfs.ext4 flock; do
  command -v "$tool" >/dev/null || { echo "lab/image.sh: $tool not found (apt-get install debootstrap e2fsprogs util-linux)" >&2; exit 1; }
done

mirror=${BOREALIS_LAB_MIRROR:-}
if [ -z "$mirror" ]; then
  # the mirror this machine's apt uses for bookworm itself (not -security, not -updates)
  mirror=$(apt-get indextargets --format '$(RELEASE) $(REPO_URI)' 2>/dev/null \
           | awk '$1 == "bookworm" && $2 !~ /security/ {print $2; exit}')
fi
[ -n "$mirror" ] || { echo "lab/image.sh: no Debian bookworm mirror configured for apt; set BOREALIS_LAB_MIRROR" >&2; exit 1; }

mkdir -p "$cache"
exec 9>"$cache/.build.lock"
flock 9
if [ -f "$dir/ready" ]; then   # built by a concurrent run while we waited
  echo "$dir"
  exit 0
fi

work=$(mktemp -d "$cache/.build.XXXXXX")
trap 'rm -rf "$work"' EXIT
root="$work/root"
echo "lab/image.sh: debootstrap bookworm from $mirror into $root (a few minutes, once)" >&2
include=$(IFS=,; echo "${packages[*]}")
if ! debootstrap --variant=minbase --include="$include" bookworm "$root" "$mirror" > "$work/debootstrap.log" 2>&1; then
  tail -n 40 "$work/debootstrap.log" >&2
  echo "lab/image.sh: debootstrap failed (log above)" >&2
  exit 1
fi

# PID 1 of the guest: mounts the lab's 9p share and hands over to the init.sh the host puts
# there for each run (lab/guest-init.sh), so the run logic can change without a new image.
cat > "$root/sbin/borealis-init" <<'EOF'
#!/bin/sh
# the initramfs has usually mounted these already
mountpoint -q /proc || mount -t proc proc /proc
mountpoint -q /sys || mount -t sysfs sys /sys
mountpoint -q /dev || mount -t devtmpfs dev /dev
modprobe 9pnet_virtio 2>/dev/null; modprobe 9p 2>/dev/null
mkdir -p /lab
if mount -t 9p -o trans=virtio,version=9p2000.L,msize=262144 labio /lab && [ -f /lab/init.sh ]; then
  exec /bin/sh /lab/init.sh
fi
echo "borealis-init: the lab share (labio) is missing; powering off" > /dev/console
echo o > /proc/sysrq-trigger
EOF
chmod 755 "$root/sbin/borealis-init"
echo lab > "$root/etc/hostname"
printf '127.0.0.1 localhost\n127.0.1.1 lab\n10.0.2.15 lab-eth0\n' > "$root/etc/hosts"
mkdir -p "$root/mnt/pmem"

mkdir -p "$work/out"
cp "$(ls "$root"/boot/vmlinuz-* | sort | tail -n1)" "$work/out/vmlinuz"
cp "$(ls "$root"/boot/initrd.img-* | sort | tail -n1)" "$work/out/initrd.img"
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/usr/share/doc "$root"/usr/share/man
mkfs.ext4 -q -L labroot -d "$root" "$work/out/root.img" 2G
rm -rf "$dir"
mv "$work/out" "$dir"
touch "$dir/ready"
echo "lab/image.sh: built $dir" >&2
echo "$dir"
