package org.borealis.transport.tcp.wire;

import io.netty.handler.codec.CorruptedFrameException;

/**
 * The peer sent bytes that are not a valid frame, or a valid frame that breaks the protocol. The
 * connection it came on is closed with this as the reason; other connections are unaffected.
 */
public final class FrameException extends CorruptedFrameException {

    private static final long serialVersionUID = 1L;

    public FrameException(String message) {
        super(message);
    }
}
