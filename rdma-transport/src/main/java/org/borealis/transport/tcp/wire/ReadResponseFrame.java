package org.borealis.transport.tcp.wire;

import java.nio.ByteBuffer;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * READ_RESPONSE: the bytes a {@link ReadRequestFrame} asked for, as the payload. The request id is
 * the request's. The bytes are copied out of the registered memory when the response is built, so
 * later changes to that memory cannot break the CRC.
 */
public final class ReadResponseFrame {

    private ReadResponseFrame() {
    }

    /** Encodes {@code length} bytes of {@code memory} at absolute index {@code index}. */
    public static ByteBuf encode(ByteBufAllocator alloc, FrameCrc crc, long requestId, ByteBuffer memory, int index,
                                 int length) {
        ByteBuf buf = FrameHeader.begin(alloc, FrameType.READ_RESPONSE, requestId, length);
        Bytes.copy(memory, index, buf, buf.writerIndex(), length);
        buf.writerIndex(buf.writerIndex() + length);
        return FrameHeader.finish(buf, crc);
    }

    public static int dataIndex(ByteBuf frame) {
        return FrameHeader.payloadIndex(frame);
    }

    public static int dataLength(ByteBuf frame) {
        return FrameHeader.payloadLength(frame);
    }
}
