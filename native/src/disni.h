/*
 * libdisni: the native half of DiSNi 2.1 (com.ibm.disni.verbs.impl.NativeDispatcher),
 * written against rdma-core's libibverbs and librdmacm.
 *
 * Conventions shared by every file of the library:
 *  - A native object is handed to Java as its address (a positive jlong: user-space addresses
 *    on x86-64 and arm64 are below 2^47). Every address the library returns is recorded in the
 *    handle registry (handles.c) under its kind, and every handle Java passes back is checked
 *    against it before use, so a stale, foreign or zero handle raises an IOException instead of
 *    crashing the JVM.
 *  - A failing C call raises java.io.IOException whose message names the call, the reason and
 *    errno, e.g. "ibv_reg_mr: Bad address (errno 14)". Methods declared to return an int return
 *    0 (or a count) on success; the only non-exception "nothing happened" results are the
 *    timeouts of _getCmEvent/_getCqEvent (-1) and "no device bound yet" of _getContext (-1),
 *    which is what DiSNi's Java callers expect.
 *  - Memory Java passes by address (work-request lists, work-completion arrays, sockaddr
 *    buffers) comes from DiSNi's own direct buffers. The library checks what can be checked
 *    (non-zero, bounded list lengths, scatter-gather counts) before handing it to the verbs.
 */
#ifndef BOREALIS_DISNI_H
#define BOREALIS_DISNI_H

#include <jni.h>
#include <stdint.h>

#include "NativeDispatcher.h"

/* The interface version DiSNi 2.1's NativeDispatcher requires (its JVERBS_VERSION). */
#define DISNI_JNI_VERSION 32

/* JNI symbol of NativeDispatcher.<name>; the '_' of the Java name is mangled as "_1". */
#define DISNI_FN(name) Java_com_ibm_disni_verbs_impl_NativeDispatcher__1##name

/* Kinds of native object tracked by the handle registry. */
enum disni_kind {
    KIND_EVENT_CHANNEL = 1, /* struct rdma_event_channel */
    KIND_CM_ID,             /* struct rdma_cm_id */
    KIND_QP,                /* struct ibv_qp */
    KIND_CONTEXT,           /* struct ibv_context (owned by librdmacm) */
    KIND_PD,                /* struct ibv_pd */
    KIND_COMP_CHANNEL,      /* struct ibv_comp_channel */
    KIND_CQ,                /* struct ibv_cq */
    KIND_MR,                /* struct ibv_mr */
};

/* handles.c */
int handle_add(void *ptr, enum disni_kind kind);
int handle_remove(void *ptr, enum disni_kind kind);
int handle_is(const void *ptr, enum disni_kind kind);
const char *kind_name(enum disni_kind kind);

/*
 * Looks up handle `h` of `kind` for the native method `fn`; on failure raises an IOException
 * ("fn: invalid <kind> handle 0x...") and returns NULL.
 */
void *handle_get(JNIEnv *env, jlong h, enum disni_kind kind, const char *fn);

/* errors.c */
void throw_io(JNIEnv *env, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "<call>: <strerror(err)> (errno <err>)" */
void throw_errno(JNIEnv *env, const char *call, int err);

/* A pointer from Java that must not be zero; raises an IOException naming `what` when it is. */
void *java_ptr(JNIEnv *env, jlong addr, const char *fn, const char *what);

#endif
