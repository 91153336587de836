package org.borealis.transport.tcp.wire;

import java.nio.ByteBuffer;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * WRITE_REQUEST: bytes for the peer's transport to store at {@code address} of the registration
 * with {@code key}. Acknowledged by an {@link AckFrame} once stored, or refused by an
 * {@link ErrorFrame} with the same request id.
 *
 * <pre>
 *  0                          8              12
 *  +--------------------------+--------------+--------------------
 *  | address (u64)            | key (u32)    | data (length - 12 bytes)
 *  +--------------------------+--------------+--------------------
 * </pre>
 */
public final class WriteRequestFrame {

    static final int PREFIX = 12;

    private WriteRequestFrame() {
    }

    /** Encodes {@code length} bytes of {@code src} at absolute index {@code srcIndex}. */
    public static ByteBuf encode(ByteBufAllocator alloc, FrameCrc crc, long requestId, long address, int key,
                                 ByteBuffer src, int srcIndex, int length) {
        ByteBuf buf = FrameHeader.begin(alloc, FrameType.WRITE_REQUEST, requestId, PREFIX + length);
        buf.writeLong(address).writeInt(key);
        Bytes.copy(src, srcIndex, buf, buf.writerIndex(), length);
        buf.writerIndex(buf.writerIndex() + length);
        return FrameHeader.finish(buf, crc);
    }

    public static long address(ByteBuf frame) {
        return frame.getLong(FrameHeader.payloadIndex(frame));
    }

    public static int key(ByteBuf frame) {
        return frame.getInt(FrameHeader.payloadIndex(frame) + 8);
    }

    public static int dataIndex(ByteBuf frame) {
        return FrameHeader.payloadIndex(frame) + PREFIX;
    }

    public static int dataLength(ByteBuf frame) {
        return FrameHeader.payloadLength(frame) - PREFIX;
    }
}
