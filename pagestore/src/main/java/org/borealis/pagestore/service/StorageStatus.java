package org.borealis.pagestore.service;

import org.borealis.transport.rpc.RpcStatus;

/**
 * Status codes of the storage service, from {@link RpcStatus#FIRST_SERVICE_CODE} up, each with
 * whether the same call may succeed later (or on another node of the group). Part of the wire
 * format ({@code docs/formats/storage-rpc.md}): never renumber one.
 */
public enum StorageStatus {

    /** The request carries an epoch older than the group's: a newer writer took over. */
    STALE_EPOCH(100, false),
    /** The LSN asked for is above this node's SCL for the group: not yet durable here. */
    NOT_DURABLE(101, true),
    /** The LSN is durable here but replay has not reached it within the wait bound. */
    NOT_YET_APPLIED(102, true),
    /** The LSN is below the group's GC horizon: those versions are gone. */
    BELOW_HORIZON(103, false),
    /** Damaged data on this node: the group is fail-stopped here; never retried as I/O. */
    CORRUPTION(104, false),
    /** The batch broke the format or its rules (bad CRC, LSN order, chain); nothing was appended. */
    BAD_BATCH(105, false),
    /** A record with an LSN this node has, with different bytes, or an LSN the chain skips. */
    LSN_CONFLICT(106, false),
    /** An I/O error on this node's disk; another node of the group may serve the call. */
    IO_ERROR(107, true),
    /** The request itself is malformed (arguments out of range). */
    BAD_ARGUMENT(108, false);

    private final int code;
    private final boolean retriable;

    StorageStatus(int code, boolean retriable) {
        this.code = code;
        this.retriable = retriable;
    }

    public int code() {
        return code;
    }

    public boolean retriable() {
        return retriable;
    }

    /** The status of a wire code, or null when the code is not a storage status. */
    public static StorageStatus of(int code) {
        for (StorageStatus s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        return null;
    }
}
