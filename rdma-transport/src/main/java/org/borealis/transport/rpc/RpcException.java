package org.borealis.transport.rpc;

/**
 * A call failed with a status code. {@link #retriable()} says whether the same call may succeed
 * later or on another node; services map their codes to their own subclasses or check
 * {@link #status()}.
 */
public class RpcException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final boolean retriable;
    private final String detail;

    public RpcException(int status, boolean retriable, String message) {
        super(RpcStatus.name(status) + ": " + message);
        this.status = status;
        this.retriable = retriable;
        this.detail = message;
    }

    public RpcException(int status, boolean retriable, String message, Throwable cause) {
        super(RpcStatus.name(status) + ": " + message, cause);
        this.status = status;
        this.retriable = retriable;
        this.detail = message;
    }

    /** The message without the status name in front. */
    public String detail() {
        return detail;
    }

    public int status() {
        return status;
    }

    public boolean retriable() {
        return retriable;
    }
}
