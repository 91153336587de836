/*
 * Device resources over libibverbs: contexts, protection domains, memory regions, completion
 * channels and completion queues, and completion polling.
 */
#include "disni.h"

#include <errno.h>
#include <fcntl.h>
#include <infiniband/verbs.h>
#include <poll.h>
#include <rdma/rdma_cma.h>
#include <string.h>

#define MAX_POLL 65536 /* completions in one _pollCQ */

/* The device context an rdma_cm id is bound to, or -1 while it is bound to none. */
JNIEXPORT jlong JNICALL DISNI_FN(getContext)(JNIEnv *env, jobject self, jlong cmid)
{
    (void)self;
    struct rdma_cm_id *id = handle_get(env, cmid, KIND_CM_ID, "_getContext");
    if (id == NULL || id->verbs == NULL) {
        return -1;
    }
    if (!handle_is(id->verbs, KIND_CONTEXT) && handle_add(id->verbs, KIND_CONTEXT) != 0) {
        throw_errno(env, "_getContext (handle registry)", ENOMEM);
        return -1;
    }
    return (jlong)(uintptr_t)id->verbs;
}

JNIEXPORT jint JNICALL DISNI_FN(getContextFd)(JNIEnv *env, jobject self, jlong ctx)
{
    (void)self;
    struct ibv_context *c = handle_get(env, ctx, KIND_CONTEXT, "_getContextFd");
    return c == NULL ? -1 : c->cmd_fd;
}

JNIEXPORT jint JNICALL DISNI_FN(getContextNumCompVectors)(JNIEnv *env, jobject self, jlong ctx)
{
    (void)self;
    struct ibv_context *c = handle_get(env, ctx, KIND_CONTEXT, "_getContextNumCompVectors");
    return c == NULL ? -1 : c->num_comp_vectors;
}

JNIEXPORT jlong JNICALL DISNI_FN(allocPd)(JNIEnv *env, jobject self, jlong ctx)
{
    (void)self;
    struct ibv_context *c = handle_get(env, ctx, KIND_CONTEXT, "_allocPd");
    if (c == NULL) {
        return -1;
    }
    struct ibv_pd *pd = ibv_alloc_pd(c);
    if (pd == NULL) {
        throw_errno(env, "ibv_alloc_pd", errno);
        return -1;
    }
    if (handle_add(pd, KIND_PD) != 0) {
        ibv_dealloc_pd(pd);
        throw_errno(env, "ibv_alloc_pd (handle registry)", ENOMEM);
        return -1;
    }
    return (jlong)(uintptr_t)pd;
}

JNIEXPORT jint JNICALL DISNI_FN(deallocPd)(JNIEnv *env, jobject self, jlong pdh)
{
    (void)self;
    struct ibv_pd *pd = handle_get(env, pdh, KIND_PD, "_deallocPd");
    if (pd == NULL || !handle_remove(pd, KIND_PD)) {
        return -1;
    }
    int rc = ibv_dealloc_pd(pd);
    if (rc != 0) {
        handle_add(pd, KIND_PD); /* still allocated, e.g. EBUSY while memory is registered */
        throw_errno(env, "ibv_dealloc_pd", rc);
        return -1;
    }
    return 0;
}

JNIEXPORT jint JNICALL DISNI_FN(getPdHandle)(JNIEnv *env, jobject self, jlong pdh)
{
    (void)self;
    struct ibv_pd *pd = handle_get(env, pdh, KIND_PD, "_getPdHandle");
    return pd == NULL ? -1 : (jint)pd->handle;
}

JNIEXPORT jlong JNICALL DISNI_FN(regMr)(JNIEnv *env, jobject self, jlong pdh, jlong addr, jint len, jint access,
                                        jlong lkey_out, jlong rkey_out, jlong handle_out)
{
    (void)self;
    struct ibv_pd *pd = handle_get(env, pdh, KIND_PD, "_regMr");
    void *buf = pd == NULL ? NULL : java_ptr(env, addr, "ibv_reg_mr", "the buffer");
    int32_t *lkey = buf == NULL ? NULL : java_ptr(env, lkey_out, "_regMr", "the lkey output");
    int32_t *rkey = lkey == NULL ? NULL : java_ptr(env, rkey_out, "_regMr", "the rkey output");
    int32_t *handle = rkey == NULL ? NULL : java_ptr(env, handle_out, "_regMr", "the handle output");
    if (handle == NULL) {
        return -1;
    }
    if (len <= 0) {
        throw_io(env, "ibv_reg_mr: length must be positive, was %d", len);
        return -1;
    }
    struct ibv_mr *mr = ibv_reg_mr(pd, buf, (size_t)len, access);
    if (mr == NULL) {
        throw_errno(env, "ibv_reg_mr", errno);
        return -1;
    }
    if (handle_add(mr, KIND_MR) != 0) {
        ibv_dereg_mr(mr);
        throw_errno(env, "ibv_reg_mr (handle registry)", ENOMEM);
        return -1;
    }
    *lkey = (int32_t)mr->lkey;
    *rkey = (int32_t)mr->rkey;
    *handle = (int32_t)mr->handle;
    return (jlong)(uintptr_t)mr;
}

JNIEXPORT void JNICALL DISNI_FN(deregMr)(JNIEnv *env, jobject self, jlong mrh)
{
    (void)self;
    struct ibv_mr *mr = handle_get(env, mrh, KIND_MR, "_deregMr");
    if (mr == NULL || !handle_remove(mr, KIND_MR)) {
        return;
    }
    int rc = ibv_dereg_mr(mr);
    if (rc != 0) {
        handle_add(mr, KIND_MR);
        throw_errno(env, "ibv_dereg_mr", rc);
    }
}

/* The RC on-demand-paging capabilities (IBV_ODP_SUPPORT_* bits), or -1 without ODP. */
JNIEXPORT jint JNICALL DISNI_FN(queryOdpSupport)(JNIEnv *env, jobject self, jlong ctx)
{
    (void)self;
    struct ibv_context *c = handle_get(env, ctx, KIND_CONTEXT, "_queryOdpSupport");
    if (c == NULL) {
        return -1;
    }
    struct ibv_device_attr_ex attr;
    memset(&attr, 0, sizeof attr);
    int rc = ibv_query_device_ex(c, NULL, &attr);
    if (rc == EOPNOTSUPP) {
        return -1;
    }
    if (rc != 0) {
        throw_errno(env, "ibv_query_device_ex", rc);
        return -1;
    }
    return (attr.odp_caps.general_caps & IBV_ODP_SUPPORT) ? (jint)attr.odp_caps.per_transport_caps.rc_odp_caps : -1;
}

/* Prefetches a range of an on-demand-paging region for writing (ibv_advise_mr). */
JNIEXPORT jint JNICALL DISNI_FN(expPrefetchMr)(JNIEnv *env, jobject self, jlong mrh, jlong addr, jint len)
{
    (void)self;
    struct ibv_mr *mr = handle_get(env, mrh, KIND_MR, "_expPrefetchMr");
    if (mr == NULL) {
        return -1;
    }
    uintptr_t start = (uintptr_t)addr, base = (uintptr_t)mr->addr;
    if (len <= 0 || start < base || start + (size_t)len > base + mr->length) {
        throw_io(env, "ibv_advise_mr: range 0x%llx+%d is outside the region", (unsigned long long)addr, len);
        return -1;
    }
    struct ibv_sge sge = { .addr = (uint64_t)start, .length = (uint32_t)len, .lkey = mr->lkey };
    int rc = ibv_advise_mr(mr->pd, IBV_ADVISE_MR_ADVICE_PREFETCH_WRITE, IBV_ADVISE_MR_FLAG_FLUSH, &sge, 1);
    if (rc != 0) {
        throw_errno(env, "ibv_advise_mr", rc);
        return -1;
    }
    return 0;
}

JNIEXPORT jlong JNICALL DISNI_FN(createCompChannel)(JNIEnv *env, jobject self, jlong ctx)
{
    (void)self;
    struct ibv_context *c = handle_get(env, ctx, KIND_CONTEXT, "_createCompChannel");
    if (c == NULL) {
        return -1;
    }
    struct ibv_comp_channel *ch = ibv_create_comp_channel(c);
    if (ch == NULL) {
        throw_errno(env, "ibv_create_comp_channel", errno);
        return -1;
    }
    int flags = fcntl(ch->fd, F_GETFL);
    if (flags < 0 || fcntl(ch->fd, F_SETFL, flags | O_NONBLOCK) < 0 || handle_add(ch, KIND_COMP_CHANNEL) != 0) {
        int err = errno != 0 ? errno : ENOMEM;
        ibv_destroy_comp_channel(ch);
        throw_errno(env, "ibv_create_comp_channel (set up)", err);
        return -1;
    }
    return (jlong)(uintptr_t)ch;
}

JNIEXPORT jint JNICALL DISNI_FN(destroyCompChannel)(JNIEnv *env, jobject self, jlong chh)
{
    (void)self;
    struct ibv_comp_channel *ch = handle_get(env, chh, KIND_COMP_CHANNEL, "_destroyCompChannel");
    if (ch == NULL || !handle_remove(ch, KIND_COMP_CHANNEL)) {
        return -1;
    }
    int rc = ibv_destroy_comp_channel(ch);
    if (rc != 0) {
        handle_add(ch, KIND_COMP_CHANNEL); /* EBUSY: a CQ still uses it */
        throw_errno(env, "ibv_destroy_comp_channel", rc);
        return -1;
    }
    return 0;
}

JNIEXPORT jlong JNICALL DISNI_FN(createCQ)(JNIEnv *env, jobject self, jlong ctx, jlong chh, jint ncqe,
                                           jint comp_vector)
{
    (void)self;
    struct ibv_context *c = handle_get(env, ctx, KIND_CONTEXT, "_createCQ");
    if (c == NULL) {
        return -1;
    }
    struct ibv_comp_channel *ch = NULL;
    if (chh != 0 && (ch = handle_get(env, chh, KIND_COMP_CHANNEL, "_createCQ")) == NULL) {
        return -1;
    }
    if (ncqe < 1) {
        throw_io(env, "ibv_create_cq: the number of entries must be positive, was %d", ncqe);
        return -1;
    }
    struct ibv_cq *cq = ibv_create_cq(c, ncqe, NULL, ch, comp_vector);
    if (cq == NULL) {
        throw_errno(env, "ibv_create_cq", errno);
        return -1;
    }
    if (handle_add(cq, KIND_CQ) != 0) {
        ibv_destroy_cq(cq);
        throw_errno(env, "ibv_create_cq (handle registry)", ENOMEM);
        return -1;
    }
    return (jlong)(uintptr_t)cq;
}

JNIEXPORT jint JNICALL DISNI_FN(destroyCQ)(JNIEnv *env, jobject self, jlong cqh)
{
    (void)self;
    struct ibv_cq *cq = handle_get(env, cqh, KIND_CQ, "_destroyCQ");
    if (cq == NULL || !handle_remove(cq, KIND_CQ)) {
        return -1;
    }
    int rc = ibv_destroy_cq(cq);
    if (rc != 0) {
        handle_add(cq, KIND_CQ); /* EBUSY: a QP still uses it */
        throw_errno(env, "ibv_destroy_cq", rc);
        return -1;
    }
    return 0;
}

/*
 * Waits up to `timeout` ms for a completion event: 0 when one came, -1 when none did.
 * The event is acknowledged here: DiSNi's getCqEvent does not say which CQ it was for, so a
 * later _ackCqEvent(cq, n) could not know what to acknowledge, and an event left
 * unacknowledged makes ibv_destroy_cq wait forever. _ackCqEvent is therefore a no-op.
 */
JNIEXPORT jint JNICALL DISNI_FN(getCqEvent)(JNIEnv *env, jobject self, jlong chh, jint timeout)
{
    (void)self;
    struct ibv_comp_channel *ch = handle_get(env, chh, KIND_COMP_CHANNEL, "_getCqEvent");
    if (ch == NULL) {
        return -1;
    }
    struct pollfd pfd = { .fd = ch->fd, .events = POLLIN };
    int n = poll(&pfd, 1, timeout);
    if (n < 0 && errno != EINTR) {
        throw_errno(env, "poll(completion channel)", errno);
        return -1;
    }
    if (n <= 0) {
        return -1;
    }
    struct ibv_cq *cq;
    void *cq_context;
    if (ibv_get_cq_event(ch, &cq, &cq_context) != 0) {
        if (errno != EAGAIN && errno != EINTR) {
            throw_errno(env, "ibv_get_cq_event", errno);
        }
        return -1;
    }
    ibv_ack_cq_events(cq, 1);
    return 0;
}

JNIEXPORT jint JNICALL DISNI_FN(pollCQ)(JNIEnv *env, jobject self, jlong cqh, jint ne, jlong wc_list)
{
    (void)self;
    struct ibv_cq *cq = handle_get(env, cqh, KIND_CQ, "_pollCQ");
    struct ibv_wc *wc = cq == NULL ? NULL : java_ptr(env, wc_list, "ibv_poll_cq", "the completion array");
    if (wc == NULL) {
        return -1;
    }
    if (ne < 1 || ne > MAX_POLL) {
        throw_io(env, "ibv_poll_cq: the number of entries must be in 1..%d, was %d", MAX_POLL, ne);
        return -1;
    }
    int n = ibv_poll_cq(cq, ne, wc);
    if (n < 0) {
        int err = errno != 0 ? errno : EIO;
        throw_io(env, "ibv_poll_cq: failed with %d (errno %d, %s)", n, err, strerror(err));
        return -1;
    }
    return n;
}

JNIEXPORT jint JNICALL DISNI_FN(reqNotifyCQ)(JNIEnv *env, jobject self, jlong cqh, jint solicited_only)
{
    (void)self;
    struct ibv_cq *cq = handle_get(env, cqh, KIND_CQ, "_reqNotifyCQ");
    if (cq == NULL) {
        return -1;
    }
    int rc = ibv_req_notify_cq(cq, solicited_only);
    if (rc != 0) {
        throw_errno(env, "ibv_req_notify_cq", rc);
        return -1;
    }
    return 0;
}

JNIEXPORT jint JNICALL DISNI_FN(ackCqEvent)(JNIEnv *env, jobject self, jlong cqh, jint nevents)
{
    (void)self;
    struct ibv_cq *cq = handle_get(env, cqh, KIND_CQ, "_ackCqEvent");
    if (cq == NULL) {
        return -1;
    }
    if (nevents < 0) {
        throw_io(env, "ibv_ack_cq_events: negative event count %d", nevents);
        return -1;
    }
    return 0; /* _getCqEvent acknowledged each event as it took it */
}
