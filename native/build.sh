#!/usr/bin/env bash
# Builds the native libraries of Borealis into the directory given as $1.
# Skips itself (exit 0, with a message saying why) when gcc, the JNI headers or
# rdma-core's headers are missing, so the Java build works on any machine.
set -euo pipefail
out=${1:?usage: build.sh OUTPUT_DIR}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"

skip() { echo "[native] SKIPPED: $*"; echo "[native] the rdma transport will be unavailable; transport 'auto' uses tcp"; exit 0; }

command -v gcc >/dev/null || skip "gcc not found"
jni_inc="${JAVA_HOME:-}/include"
[ -f "$jni_inc/jni.h" ] || skip "JNI headers not found under JAVA_HOME=${JAVA_HOME:-unset}"
echo '#include <infiniband/verbs.h>
#include <rdma/rdma_cma.h>
int main(void){return 0;}' > "$out/probe.c"
gcc -fsyntax-only "$out/probe.c" 2>/dev/null || skip "rdma-core headers not found (install libibverbs-dev librdmacm-dev)"
rm -f "$out/probe.c"

srcs=("$here"/src/*.c)
[ -e "${srcs[0]}" ] || skip "no C sources in native/src"
gcc -O2 -g -Wall -Wextra -Werror -fPIC -shared -std=gnu11 \
    -I"$jni_inc" -I"$jni_inc/linux" \
    -o "$out/libdisni.so" "${srcs[@]}" -libverbs -lrdmacm
echo "[native] built $out/libdisni.so"
