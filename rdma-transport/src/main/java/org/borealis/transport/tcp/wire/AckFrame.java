package org.borealis.transport.tcp.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * ACK: every SEND and WRITE_REQUEST the receiver of this frame sent, up to and including the
 * request id, has been delivered to the application or stored in memory. Cumulative, so one ACK
 * may cover many requests. No payload.
 */
public final class AckFrame {

    private AckFrame() {
    }

    public static ByteBuf encode(ByteBufAllocator alloc, FrameCrc crc, long upToRequestId) {
        return FrameHeader.finish(FrameHeader.begin(alloc, FrameType.ACK, upToRequestId, 0), crc);
    }
}
