package org.borealis.transport;

import java.io.IOException;

/** A transport operation failed. The message names the peer (where there is one) and the reason. */
public class TransportException extends IOException {

    private static final long serialVersionUID = 1L;

    public TransportException(String message) {
        super(message);
    }

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
