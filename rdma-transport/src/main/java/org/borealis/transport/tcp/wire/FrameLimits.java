package org.borealis.transport.tcp.wire;

import org.borealis.transport.TransportLimits;

/**
 * The sizes a decoder accepts: frames above them are refused from their header, before any
 * payload is buffered.
 *
 * @param maxMessageSize  largest SEND payload
 * @param maxOneSidedSize largest one-sided transfer (READ_RESPONSE data, WRITE_REQUEST data)
 */
public record FrameLimits(int maxMessageSize, int maxOneSidedSize) {

    public static FrameLimits of(TransportLimits limits) {
        return new FrameLimits(limits.maxMessageSize(), limits.maxOneSidedSize());
    }
}
