package org.borealis.transport.tcp.wire;

import java.nio.ByteBuffer;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * SEND: a two-sided message. The payload is the message; the request id is the sender's sequence
 * number, and the receiver acknowledges it with an {@link AckFrame} once the message has been
 * handed to its application.
 */
public final class SendFrame {

    private SendFrame() {
    }

    /** Encodes {@code message}'s remaining bytes; the message's position is not changed. */
    public static ByteBuf encode(ByteBufAllocator alloc, FrameCrc crc, long requestId, ByteBuffer message) {
        int length = message.remaining();
        ByteBuf buf = FrameHeader.begin(alloc, FrameType.SEND, requestId, length);
        Bytes.copy(message, message.position(), buf, buf.writerIndex(), length);
        buf.writerIndex(buf.writerIndex() + length);
        return FrameHeader.finish(buf, crc);
    }

    public static int messageIndex(ByteBuf frame) {
        return FrameHeader.payloadIndex(frame);
    }

    public static int messageLength(ByteBuf frame) {
        return FrameHeader.payloadLength(frame);
    }
}
