package org.borealis.pagestore.service;

import org.borealis.transport.rpc.RpcException;

/**
 * A storage call failed with a {@link StorageStatus}. Thrown by the node's engine, carried over
 * the wire as the status code and message, and rebuilt by {@link StorageClient} so callers see
 * the same type on both sides. {@link #retriable()} says whether the same call may succeed later
 * or on another node; corruption and stale epochs never are.
 */
public class StorageException extends RpcException {

    private static final long serialVersionUID = 1L;

    private final StorageStatus storageStatus;
    private final String detail;

    public StorageException(StorageStatus status, String message) {
        super(status.code(), status.retriable(), message);
        this.storageStatus = status;
        this.detail = message;
    }

    public StorageException(StorageStatus status, String message, Throwable cause) {
        super(status.code(), status.retriable(), message, cause);
        this.storageStatus = status;
        this.detail = message;
    }

    public StorageStatus storageStatus() {
        return storageStatus;
    }

    /** The message without the status prefix, as sent on the wire. */
    public String detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        return storageStatus + ": " + detail;
    }
}
