package org.borealis.transport;

/** The endpoint is closed, or the connection was lost while the operation was pending. */
public class ConnectionClosedException extends TransportException {

    private static final long serialVersionUID = 1L;

    public ConnectionClosedException(String message) {
        super(message);
    }

    public ConnectionClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
