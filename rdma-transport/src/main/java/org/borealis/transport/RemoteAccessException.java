package org.borealis.transport;

/**
 * The peer refused a one-sided operation: unknown or revoked key, or a range outside the
 * registered region. The connection stays open; only this operation failed.
 */
public class RemoteAccessException extends TransportException {

    private static final long serialVersionUID = 1L;

    public RemoteAccessException(String message) {
        super(message);
    }
}
