package org.borealis.transport;

/**
 * The peer refused a one-sided operation: unknown or revoked key, or a range outside the
 * registered region. The endpoint is closed afterwards, as an RDMA queue pair is after a remote
 * access error; the operations still pending on it fail with {@link ConnectionClosedException}.
 */
public class RemoteAccessException extends TransportException {

    private static final long serialVersionUID = 1L;

    public RemoteAccessException(String message) {
        super(message);
    }
}
