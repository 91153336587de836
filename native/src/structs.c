/*
 * Struct sizes and offsets DiSNi checks at start-up, and the interface version.
 *
 * DiSNi writes ibv_send_wr, ibv_recv_wr, ibv_sge and sockaddr_in itself and reads ibv_wc, so it
 * asks the library for their sizes (and the offsets of the RDMA fields of ibv_send_wr) and lays
 * its buffers out with the answers. rdma-core's ibv_send_wr is larger than the 72 bytes DiSNi
 * assumes by default; the extra trailing unions are ignored for RC sends, reads and writes.
 */
#include "disni.h"

#include <infiniband/verbs.h>
#include <netinet/in.h>
#include <stddef.h>

JNIEXPORT jint JNICALL DISNI_FN(getVersion)(JNIEnv *env, jobject self)
{
    (void)env;
    (void)self;
    return DISNI_JNI_VERSION;
}

JNIEXPORT jint JNICALL DISNI_FN(getSockAddrInSize)(JNIEnv *env, jobject self)
{
    (void)env;
    (void)self;
    return (jint)sizeof(struct sockaddr_in);
}

JNIEXPORT jint JNICALL DISNI_FN(getIbvRecvWRSize)(JNIEnv *env, jobject self)
{
    (void)env;
    (void)self;
    return (jint)sizeof(struct ibv_recv_wr);
}

JNIEXPORT jint JNICALL DISNI_FN(getIbvSendWRSize)(JNIEnv *env, jobject self)
{
    (void)env;
    (void)self;
    return (jint)sizeof(struct ibv_send_wr);
}

JNIEXPORT jint JNICALL DISNI_FN(getIbvSgeSize)(JNIEnv *env, jobject self)
{
    (void)env;
    (void)self;
    return (jint)sizeof(struct ibv_sge);
}

JNIEXPORT jint JNICALL DISNI_FN(getIbvWCSize)(JNIEnv *env, jobject self)
{
    (void)env;
    (void)self;
    return (jint)sizeof(struct ibv_wc);
}

JNIEXPORT jint JNICALL DISNI_FN(getRemoteAddressOffset)(JNIEnv *env, jobject self)
{
    (void)env;
    (void)self;
    return (jint)offsetof(struct ibv_send_wr, wr.rdma.remote_addr);
}

JNIEXPORT jint JNICALL DISNI_FN(getRKeyOffset)(JNIEnv *env, jobject self)
{
    (void)env;
    (void)self;
    return (jint)offsetof(struct ibv_send_wr, wr.rdma.rkey);
}
