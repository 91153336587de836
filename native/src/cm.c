/*
 * Connection management: NativeDispatcher's rdma_cm methods over librdmacm.
 *
 * Events are acknowledged inside _getCmEvent (DiSNi hands Java only the event type and the two
 * ids, so nothing else of the event is needed afterwards); _ackCmEvent is therefore a no-op.
 * Acknowledging at once also keeps rdma_destroy_id from waiting on an unacknowledged event.
 */
#include "disni.h"

#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <rdma/rdma_cma.h>
#include <string.h>

JNIEXPORT jlong JNICALL DISNI_FN(createEventChannel)(JNIEnv *env, jobject self)
{
    (void)self;
    struct rdma_event_channel *ch = rdma_create_event_channel();
    if (ch == NULL) {
        throw_errno(env, "rdma_create_event_channel", errno);
        return -1;
    }
    /* _getCmEvent polls with a timeout first; non-blocking reads keep a lost race from hanging */
    int flags = fcntl(ch->fd, F_GETFL);
    if (flags < 0 || fcntl(ch->fd, F_SETFL, flags | O_NONBLOCK) < 0) {
        int err = errno;
        rdma_destroy_event_channel(ch);
        throw_errno(env, "fcntl(O_NONBLOCK) on the rdma_cm event channel", err);
        return -1;
    }
    if (handle_add(ch, KIND_EVENT_CHANNEL) != 0) {
        rdma_destroy_event_channel(ch);
        throw_errno(env, "rdma_create_event_channel (handle registry)", ENOMEM);
        return -1;
    }
    return (jlong)(uintptr_t)ch;
}

JNIEXPORT jint JNICALL DISNI_FN(destroyEventChannel)(JNIEnv *env, jobject self, jlong channel)
{
    (void)self;
    struct rdma_event_channel *ch = handle_get(env, channel, KIND_EVENT_CHANNEL, "_destroyEventChannel");
    if (ch == NULL || !handle_remove(ch, KIND_EVENT_CHANNEL)) {
        return -1;
    }
    rdma_destroy_event_channel(ch);
    return 0;
}

JNIEXPORT jlong JNICALL DISNI_FN(createId)(JNIEnv *env, jobject self, jlong channel, jshort ps)
{
    (void)self;
    struct rdma_event_channel *ch = handle_get(env, channel, KIND_EVENT_CHANNEL, "_createId");
    if (ch == NULL) {
        return -1;
    }
    enum rdma_port_space space = (enum rdma_port_space)(uint16_t)ps;
    if (space != RDMA_PS_TCP && space != RDMA_PS_UDP && space != RDMA_PS_IPOIB && space != RDMA_PS_IB) {
        throw_io(env, "rdma_create_id: unsupported port space %d", ps);
        return -1;
    }
    struct rdma_cm_id *id = NULL;
    if (rdma_create_id(ch, &id, NULL, space) != 0) {
        throw_errno(env, "rdma_create_id", errno);
        return -1;
    }
    if (handle_add(id, KIND_CM_ID) != 0) {
        rdma_destroy_id(id);
        throw_errno(env, "rdma_create_id (handle registry)", ENOMEM);
        return -1;
    }
    return (jlong)(uintptr_t)id;
}

JNIEXPORT jint JNICALL DISNI_FN(destroyCmId)(JNIEnv *env, jobject self, jlong cmid)
{
    (void)self;
    struct rdma_cm_id *id = handle_get(env, cmid, KIND_CM_ID, "_destroyCmId");
    if (id == NULL || !handle_remove(id, KIND_CM_ID)) {
        return -1;
    }
    if (rdma_destroy_id(id) != 0) {
        int err = errno;
        handle_add(id, KIND_CM_ID);
        throw_errno(env, "rdma_destroy_id", err);
        return -1;
    }
    return 0;
}

/* Reads the IPv4 socket address DiSNi wrote at `addr` (family, port, address; network order). */
static struct sockaddr_in *ipv4_arg(JNIEnv *env, jlong addr, const char *fn, const char *what)
{
    struct sockaddr_in *sin = java_ptr(env, addr, fn, what);
    if (sin != NULL && sin->sin_family != AF_INET) {
        throw_io(env, "%s: %s has address family %d; only AF_INET (%d) is supported",
                 fn, what, sin->sin_family, AF_INET);
        return NULL;
    }
    return sin;
}

JNIEXPORT void JNICALL DISNI_FN(bindAddr)(JNIEnv *env, jobject self, jlong cmid, jlong addr)
{
    (void)self;
    struct rdma_cm_id *id = handle_get(env, cmid, KIND_CM_ID, "_bindAddr");
    struct sockaddr_in *sin = id == NULL ? NULL : ipv4_arg(env, addr, "rdma_bind_addr", "the address");
    if (sin != NULL && rdma_bind_addr(id, (struct sockaddr *)sin) != 0) {
        throw_errno(env, "rdma_bind_addr", errno);
    }
}

JNIEXPORT void JNICALL DISNI_FN(listen)(JNIEnv *env, jobject self, jlong cmid, jint backlog)
{
    (void)self;
    struct rdma_cm_id *id = handle_get(env, cmid, KIND_CM_ID, "_listen");
    if (id != NULL && rdma_listen(id, backlog) != 0) {
        throw_errno(env, "rdma_listen", errno);
    }
}

JNIEXPORT void JNICALL DISNI_FN(resolveAddr)(JNIEnv *env, jobject self, jlong cmid, jlong src, jlong dst,
                                             jint timeout)
{
    (void)self;
    struct rdma_cm_id *id = handle_get(env, cmid, KIND_CM_ID, "_resolveAddr");
    if (id == NULL) {
        return;
    }
    struct sockaddr_in *s = NULL;
    if (src != 0 && (s = ipv4_arg(env, src, "rdma_resolve_addr", "the source address")) == NULL) {
        return;
    }
    struct sockaddr_in *d = ipv4_arg(env, dst, "rdma_resolve_addr", "the destination address");
    if (d != NULL && rdma_resolve_addr(id, (struct sockaddr *)s, (struct sockaddr *)d, timeout) != 0) {
        throw_errno(env, "rdma_resolve_addr", errno);
    }
}

JNIEXPORT void JNICALL DISNI_FN(resolveRoute)(JNIEnv *env, jobject self, jlong cmid, jint timeout)
{
    (void)self;
    struct rdma_cm_id *id = handle_get(env, cmid, KIND_CM_ID, "_resolveRoute");
    if (id != NULL && rdma_resolve_route(id, timeout) != 0) {
        throw_errno(env, "rdma_resolve_route", errno);
    }
}

/*
 * Waits up to `timeout` ms for one event on `channel`. Returns its type (enum
 * rdma_cm_event_type, which DiSNi's RdmaCmEvent.EventType mirrors by ordinal) and stores the
 * listening id and the event's id at the two addresses (-1 where there is none); returns -1
 * when no event came in time. A connect request's new id is registered here.
 */
JNIEXPORT jint JNICALL DISNI_FN(getCmEvent)(JNIEnv *env, jobject self, jlong channel, jlong listen_out,
                                            jlong id_out, jint timeout)
{
    (void)self;
    struct rdma_event_channel *ch = handle_get(env, channel, KIND_EVENT_CHANNEL, "_getCmEvent");
    int64_t *listen_id = ch == NULL ? NULL : java_ptr(env, listen_out, "_getCmEvent", "the listen-id output");
    int64_t *conn_id = listen_id == NULL ? NULL : java_ptr(env, id_out, "_getCmEvent", "the id output");
    if (conn_id == NULL) {
        return -1;
    }
    struct pollfd pfd = { .fd = ch->fd, .events = POLLIN };
    int n = poll(&pfd, 1, timeout);
    if (n < 0) {
        if (errno != EINTR) {
            throw_errno(env, "poll(rdma_cm event channel)", errno);
        }
        return -1;
    }
    if (n == 0) {
        return -1;
    }
    struct rdma_cm_event *ev;
    if (rdma_get_cm_event(ch, &ev) != 0) {
        if (errno != EAGAIN && errno != EINTR) {
            throw_errno(env, "rdma_get_cm_event", errno);
        }
        return -1;
    }
    jint type = (jint)ev->event;
    *listen_id = ev->listen_id != NULL ? (int64_t)(uintptr_t)ev->listen_id : -1;
    *conn_id = ev->id != NULL ? (int64_t)(uintptr_t)ev->id : -1;
    if (ev->event == RDMA_CM_EVENT_CONNECT_REQUEST && ev->id != NULL) {
        handle_add(ev->id, KIND_CM_ID);
    }
    rdma_ack_cm_event(ev);
    return type;
}

/* Events are acknowledged by _getCmEvent; kept for DiSNi's API. */
JNIEXPORT jint JNICALL DISNI_FN(ackCmEvent)(JNIEnv *env, jobject self, jint event)
{
    (void)env;
    (void)self;
    (void)event;
    return 0;
}

/* Deepest RDMA READ queues the device allows, for both directions of a connection. */
static int fill_conn_param(JNIEnv *env, struct rdma_cm_id *id, const char *call, jint retry, jint rnr_retry,
                           struct rdma_conn_param *p)
{
    if (id->verbs == NULL) {
        throw_io(env, "%s: the id is not bound to a device (resolve the address and route first)", call);
        return -1;
    }
    struct ibv_device_attr attr;
    int rc = ibv_query_device(id->verbs, &attr);
    if (rc != 0) {
        throw_errno(env, "ibv_query_device", rc);
        return -1;
    }
    memset(p, 0, sizeof *p);
    p->responder_resources = (uint8_t)(attr.max_qp_rd_atom > 255 ? 255 : attr.max_qp_rd_atom);
    p->initiator_depth = (uint8_t)(attr.max_qp_init_rd_atom > 255 ? 255 : attr.max_qp_init_rd_atom);
    p->retry_count = (uint8_t)(retry < 0 ? 0 : retry > 7 ? 7 : retry);
    p->rnr_retry_count = (uint8_t)(rnr_retry < 0 ? 0 : rnr_retry > 7 ? 7 : rnr_retry);
    return 0;
}

JNIEXPORT void JNICALL DISNI_FN(connect)(JNIEnv *env, jobject self, jlong cmid, jint retry, jint rnr_retry,
                                         jlong private_data, jbyte private_data_len)
{
    (void)self;
    struct rdma_cm_id *id = handle_get(env, cmid, KIND_CM_ID, "_connect");
    struct rdma_conn_param p;
    if (id == NULL || fill_conn_param(env, id, "rdma_connect", retry, rnr_retry, &p) != 0) {
        return;
    }
    uint8_t len = (uint8_t)private_data_len;
    if (len > 0 && java_ptr(env, private_data, "rdma_connect", "the private data") == NULL) {
        return;
    }
    p.private_data = len > 0 ? (const void *)(uintptr_t)private_data : NULL;
    p.private_data_len = len;
    if (rdma_connect(id, &p) != 0) {
        throw_errno(env, "rdma_connect", errno);
    }
}

JNIEXPORT void JNICALL DISNI_FN(accept)(JNIEnv *env, jobject self, jlong cmid, jint retry, jint rnr_retry)
{
    (void)self;
    struct rdma_cm_id *id = handle_get(env, cmid, KIND_CM_ID, "_accept");
    struct rdma_conn_param p;
    if (id != NULL && fill_conn_param(env, id, "rdma_accept", retry, rnr_retry, &p) == 0
        && rdma_accept(id, &p) != 0) {
        throw_errno(env, "rdma_accept", errno);
    }
}

JNIEXPORT jint JNICALL DISNI_FN(disconnect)(JNIEnv *env, jobject self, jlong cmid)
{
    (void)self;
    struct rdma_cm_id *id = handle_get(env, cmid, KIND_CM_ID, "_disconnect");
    if (id == NULL) {
        return -1;
    }
    if (id->verbs == NULL) { /* librdmacm would dereference it */
        throw_io(env, "rdma_disconnect: the id is not bound to a device (never connected)");
        return -1;
    }
    if (rdma_disconnect(id) != 0) {
        throw_errno(env, "rdma_disconnect", errno);
        return -1;
    }
    return 0;
}

static jint copy_addr(JNIEnv *env, jlong cmid, jlong out, const char *fn, int peer)
{
    struct rdma_cm_id *id = handle_get(env, cmid, KIND_CM_ID, fn);
    void *dst = id == NULL ? NULL : java_ptr(env, out, fn, "the address output");
    if (dst == NULL) {
        return -1;
    }
    struct sockaddr *sa = peer ? rdma_get_peer_addr(id) : rdma_get_local_addr(id);
    if (sa->sa_family != AF_INET) {
        throw_io(env, "%s: the %s address has family %d; DiSNi reads only AF_INET", fn,
                 peer ? "peer" : "local", sa->sa_family);
        return -1;
    }
    memcpy(dst, sa, sizeof(struct sockaddr_in));
    return 0;
}

JNIEXPORT jint JNICALL DISNI_FN(getSrcAddr)(JNIEnv *env, jobject self, jlong cmid, jlong out)
{
    (void)self;
    return copy_addr(env, cmid, out, "_getSrcAddr", 0);
}

JNIEXPORT jint JNICALL DISNI_FN(getDstAddr)(JNIEnv *env, jobject self, jlong cmid, jlong out)
{
    (void)self;
    return copy_addr(env, cmid, out, "_getDstAddr", 1);
}
