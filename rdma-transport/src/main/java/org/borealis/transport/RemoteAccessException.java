package org.borealis.transport;

/**
 * The peer refused a one-sided operation: unknown or revoked key, or a range outside the
 * registered region. The endpoint closes right after this failure, on both sides (as RDMA verbs
 * move both queue pairs to the error state): operations posted after this one fail with
 * {@link ConnectionClosedException}. See {@link Endpoint}.
 */
public class RemoteAccessException extends TransportException {

    private static final long serialVersionUID = 1L;

    public RemoteAccessException(String message) {
        super(message);
    }
}
