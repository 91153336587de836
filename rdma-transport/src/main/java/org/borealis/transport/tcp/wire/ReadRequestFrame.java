package org.borealis.transport.tcp.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * READ_REQUEST: asks the peer's transport for {@code length} bytes at {@code address} of the
 * registration with {@code key}. Answered by a {@link ReadResponseFrame} or an {@link ErrorFrame}
 * with the same request id.
 *
 * <pre>
 *  0                          8              12             16
 *  +--------------------------+--------------+--------------+
 *  | address (u64)            | key (u32)    | length (u32) |
 *  +--------------------------+--------------+--------------+
 * </pre>
 */
public final class ReadRequestFrame {

    static final int PAYLOAD = 16;

    private ReadRequestFrame() {
    }

    public static ByteBuf encode(ByteBufAllocator alloc, FrameCrc crc, long requestId, long address, int key,
                                 int length) {
        ByteBuf buf = FrameHeader.begin(alloc, FrameType.READ_REQUEST, requestId, PAYLOAD);
        buf.writeLong(address).writeInt(key).writeInt(length);
        return FrameHeader.finish(buf, crc);
    }

    public static long address(ByteBuf frame) {
        return frame.getLong(FrameHeader.payloadIndex(frame));
    }

    public static int key(ByteBuf frame) {
        return frame.getInt(FrameHeader.payloadIndex(frame) + 8);
    }

    /** The requested length, unsigned. */
    public static long length(ByteBuf frame) {
        return frame.getUnsignedInt(FrameHeader.payloadIndex(frame) + 12);
    }
}
