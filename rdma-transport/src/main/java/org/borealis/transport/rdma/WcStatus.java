package org.borealis.transport.rdma;

/**
 * Work-completion status codes ({@code enum ibv_wc_status}) and what they mean for a caller.
 */
final class WcStatus {

    static final int SUCCESS = 0;
    static final int LOC_LEN_ERR = 1;
    static final int LOC_QP_OP_ERR = 2;
    static final int LOC_PROT_ERR = 4;
    static final int WR_FLUSH_ERR = 5;
    static final int LOC_ACCESS_ERR = 8;
    static final int REM_INV_REQ_ERR = 9;
    static final int REM_ACCESS_ERR = 10;
    static final int REM_OP_ERR = 11;
    static final int RETRY_EXC_ERR = 12;
    static final int RNR_RETRY_EXC_ERR = 13;

    private static final String[] NAMES = {
        "SUCCESS", "LOC_LEN_ERR", "LOC_QP_OP_ERR", "LOC_EEC_OP_ERR", "LOC_PROT_ERR", "WR_FLUSH_ERR",
        "MW_BIND_ERR", "BAD_RESP_ERR", "LOC_ACCESS_ERR", "REM_INV_REQ_ERR", "REM_ACCESS_ERR", "REM_OP_ERR",
        "RETRY_EXC_ERR", "RNR_RETRY_EXC_ERR", "LOC_RDD_VIOL_ERR", "REM_INV_RD_REQ_ERR", "REM_ABORT_ERR",
        "INV_EECN_ERR", "INV_EEC_STATE_ERR", "FATAL_ERR", "RESP_TIMEOUT_ERR", "GENERAL_ERR",
    };

    private WcStatus() {
    }

    static String name(int status) {
        return status >= 0 && status < NAMES.length ? "IBV_WC_" + NAMES[status] : "status " + status;
    }

    /** A sentence for an error completion of an operation to {@code peer}. */
    static String describe(int status) {
        return switch (status) {
            case REM_ACCESS_ERR -> "the peer's adapter refused the access (unknown or revoked remote key, "
                    + "or a range outside the registered region)";
            case RETRY_EXC_ERR -> "the peer stopped answering (transport retries exhausted: crashed or unreachable)";
            case RNR_RETRY_EXC_ERR -> "the peer had no receive buffer posted (receiver not ready, retries exhausted)";
            case LOC_PROT_ERR -> "a local buffer was not registered or was deregistered while in use";
            case LOC_LEN_ERR -> "a message was longer than the receive buffer";
            case REM_INV_REQ_ERR -> "the peer found the request invalid (e.g. a message longer than its buffer)";
            case REM_OP_ERR -> "the peer could not complete the operation";
            case WR_FLUSH_ERR -> "flushed: the queue pair entered the error state";
            default -> "failed";
        } + " (" + name(status) + ")";
    }
}
