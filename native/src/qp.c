/*
 * Queue pairs: creation through rdma_cm, teardown, and the two data-path calls that post work
 * requests (_postSend, _postRecv).
 *
 * Work-request lists arrive as the address of ibv_send_wr/ibv_recv_wr structs that DiSNi laid
 * out in a direct buffer (sizes and offsets checked against this library at DiSNi's start-up,
 * see structs.c). Before posting, the list is walked: it must end within MAX_CHAIN requests and
 * each request must have a sane scatter-gather count and list, so a corrupt list raises an
 * IOException instead of sending the provider into wild memory.
 */
#include "disni.h"

#include <errno.h>
#include <infiniband/verbs.h>
#include <rdma/rdma_cma.h>
#include <string.h>

#define MAX_CHAIN 4096 /* work requests in one post */
#define MAX_SGE 64     /* scatter-gather entries in one work request (devices allow ~30) */
#define DEFAULT_SGE 4  /* scatter-gather entries a queue pair is created with, at most */

/*
 * DiSNi 2.1 passes no scatter-gather capacity: the queue pair gets min(device max_sge,
 * DEFAULT_SGE) entries per work request in both directions.
 */
JNIEXPORT jlong JNICALL DISNI_FN(createQP)(JNIEnv *env, jobject self, jlong cmid, jlong pdh, jlong send_cq,
                                           jlong recv_cq, jint qp_type, jint max_send_wr, jint max_recv_wr,
                                           jint max_inline)
{
    (void)self;
    struct rdma_cm_id *id = handle_get(env, cmid, KIND_CM_ID, "_createQP");
    struct ibv_pd *pd = id == NULL ? NULL : handle_get(env, pdh, KIND_PD, "_createQP");
    struct ibv_cq *scq = pd == NULL ? NULL : handle_get(env, send_cq, KIND_CQ, "_createQP (send CQ)");
    struct ibv_cq *rcq = scq == NULL ? NULL : handle_get(env, recv_cq, KIND_CQ, "_createQP (receive CQ)");
    if (rcq == NULL) {
        return -1;
    }
    if (id->verbs == NULL || id->verbs != pd->context) {
        throw_io(env, "rdma_create_qp: the id is %s", id->verbs == NULL
                 ? "not bound to a device (resolve the route first)" : "on another device than the protection domain");
        return -1;
    }
    if (max_send_wr < 1 || max_recv_wr < 0 || max_inline < 0) {
        throw_io(env, "rdma_create_qp: invalid capacities (send_wr %d, recv_wr %d, inline %d)",
                 max_send_wr, max_recv_wr, max_inline);
        return -1;
    }
    struct ibv_device_attr dev;
    int qrc = ibv_query_device(id->verbs, &dev);
    if (qrc != 0) {
        throw_errno(env, "ibv_query_device", qrc);
        return -1;
    }
    uint32_t max_sge = dev.max_sge < DEFAULT_SGE ? (uint32_t)dev.max_sge : DEFAULT_SGE;
    struct ibv_qp_init_attr attr;
    memset(&attr, 0, sizeof attr);
    attr.qp_type = (enum ibv_qp_type)qp_type;
    attr.send_cq = scq;
    attr.recv_cq = rcq;
    attr.cap.max_send_wr = (uint32_t)max_send_wr;
    attr.cap.max_recv_wr = (uint32_t)max_recv_wr;
    attr.cap.max_send_sge = max_sge;
    attr.cap.max_recv_sge = max_sge;
    attr.cap.max_inline_data = (uint32_t)max_inline;
    attr.sq_sig_all = 0; /* each work request says whether it wants a completion */
    if (rdma_create_qp(id, pd, &attr) != 0) {
        throw_errno(env, "rdma_create_qp", errno);
        return -1;
    }
    if (handle_add(id->qp, KIND_QP) != 0) {
        rdma_destroy_qp(id);
        throw_errno(env, "rdma_create_qp (handle registry)", ENOMEM);
        return -1;
    }
    return (jlong)(uintptr_t)id->qp;
}

/* Takes the rdma_cm id (not the QP), as DiSNi's RdmaCmId.destroyQP does. */
JNIEXPORT jint JNICALL DISNI_FN(destroyQP)(JNIEnv *env, jobject self, jlong cmid)
{
    (void)self;
    struct rdma_cm_id *id = handle_get(env, cmid, KIND_CM_ID, "_destroyQP");
    if (id == NULL) {
        return -1;
    }
    if (id->qp == NULL || !handle_remove(id->qp, KIND_QP)) {
        throw_io(env, "rdma_destroy_qp: the id has no queue pair");
        return -1;
    }
    rdma_destroy_qp(id);
    return 0;
}

/* Destroys the id with its queue pair, if it still has one. */
JNIEXPORT jint JNICALL DISNI_FN(destroyEp)(JNIEnv *env, jobject self, jlong cmid)
{
    (void)self;
    struct rdma_cm_id *id = handle_get(env, cmid, KIND_CM_ID, "_destroyEp");
    if (id == NULL || !handle_remove(id, KIND_CM_ID)) {
        return -1;
    }
    if (id->qp != NULL) {
        handle_remove(id->qp, KIND_QP);
    }
    rdma_destroy_ep(id);
    return 0;
}

/*
 * DiSNi 2.1's RdmaVerbs.modifyQP passes no attributes (attr == 0): the QP is then only checked
 * and its current state (enum ibv_qp_state) returned. A non-zero attr is the address of a
 * struct ibv_qp_attr whose qp_state is applied (IBV_QP_STATE, e.g. IBV_QPS_ERR to flush every
 * posted request); the new state is returned.
 */
JNIEXPORT jint JNICALL DISNI_FN(modifyQP)(JNIEnv *env, jobject self, jlong qph, jlong attr_addr)
{
    (void)self;
    struct ibv_qp *qp = handle_get(env, qph, KIND_QP, "_modifyQP");
    if (qp == NULL) {
        return -1;
    }
    struct ibv_qp_attr attr;
    struct ibv_qp_init_attr init;
    if (attr_addr != 0) {
        memset(&attr, 0, sizeof attr);
        attr.qp_state = ((struct ibv_qp_attr *)(uintptr_t)attr_addr)->qp_state;
        int rc = ibv_modify_qp(qp, &attr, IBV_QP_STATE);
        if (rc != 0) {
            throw_errno(env, "ibv_modify_qp", rc);
            return -1;
        }
    }
    int rc = ibv_query_qp(qp, &attr, IBV_QP_STATE, &init);
    if (rc != 0) {
        throw_errno(env, "ibv_query_qp", rc);
        return -1;
    }
    return (jint)attr.qp_state;
}

JNIEXPORT jint JNICALL DISNI_FN(getQpNum)(JNIEnv *env, jobject self, jlong qph)
{
    (void)self;
    struct ibv_qp *qp = handle_get(env, qph, KIND_QP, "_getQpNum");
    return qp == NULL ? -1 : (jint)qp->qp_num;
}

static int check_sges(JNIEnv *env, const char *call, int i, int num_sge, const struct ibv_sge *sg_list)
{
    if (num_sge < 0 || num_sge > MAX_SGE) {
        throw_io(env, "%s: work request %d has %d scatter-gather entries (0..%d allowed)", call, i, num_sge,
                 MAX_SGE);
        return -1;
    }
    if (num_sge > 0 && sg_list == NULL) {
        throw_io(env, "%s: work request %d has %d scatter-gather entries and no list", call, i, num_sge);
        return -1;
    }
    return 0;
}

JNIEXPORT void JNICALL DISNI_FN(postSend)(JNIEnv *env, jobject self, jlong qph, jlong wr_list)
{
    (void)self;
    struct ibv_qp *qp = handle_get(env, qph, KIND_QP, "_postSend");
    struct ibv_send_wr *wr = qp == NULL ? NULL : java_ptr(env, wr_list, "ibv_post_send", "the work-request list");
    if (wr == NULL) {
        return;
    }
    int n = 0;
    for (struct ibv_send_wr *w = wr; w != NULL; w = w->next, n++) {
        if (n == MAX_CHAIN) {
            throw_io(env, "ibv_post_send: the work-request list is longer than %d (a loop?)", MAX_CHAIN);
            return;
        }
        if (check_sges(env, "ibv_post_send", n, w->num_sge, w->sg_list) != 0) {
            return;
        }
    }
    struct ibv_send_wr *bad = NULL;
    int rc = ibv_post_send(qp, wr, &bad);
    if (rc != 0) {
        throw_errno(env, "ibv_post_send", rc);
    }
}

JNIEXPORT void JNICALL DISNI_FN(postRecv)(JNIEnv *env, jobject self, jlong qph, jlong wr_list)
{
    (void)self;
    struct ibv_qp *qp = handle_get(env, qph, KIND_QP, "_postRecv");
    struct ibv_recv_wr *wr = qp == NULL ? NULL : java_ptr(env, wr_list, "ibv_post_recv", "the work-request list");
    if (wr == NULL) {
        return;
    }
    int n = 0;
    for (struct ibv_recv_wr *w = wr; w != NULL; w = w->next, n++) {
        if (n == MAX_CHAIN) {
            throw_io(env, "ibv_post_recv: the work-request list is longer than %d (a loop?)", MAX_CHAIN);
            return;
        }
        if (check_sges(env, "ibv_post_recv", n, w->num_sge, w->sg_list) != 0) {
            return;
        }
    }
    struct ibv_recv_wr *bad = NULL;
    int rc = ibv_post_recv(qp, wr, &bad);
    if (rc != 0) {
        throw_errno(env, "ibv_post_recv", rc);
    }
}
