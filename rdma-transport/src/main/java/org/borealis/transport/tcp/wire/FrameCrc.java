package org.borealis.transport.tcp.wire;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

import io.netty.buffer.ByteBuf;

/**
 * Computes the CRC32C of a frame: header bytes 0..15, then the payload. Holds a {@link CRC32C},
 * so an instance belongs to one thread at a time.
 */
public final class FrameCrc {

    private final CRC32C crc = new CRC32C();

    /** The CRC of the frame whose header starts at {@code start} and whose payload is {@code payloadLength} bytes. */
    public int compute(ByteBuf buf, int start, int payloadLength) {
        crc.reset();
        update(buf, start, FrameHeader.CRC_OFFSET);
        update(buf, start + FrameHeader.SIZE, payloadLength);
        return (int) crc.getValue();
    }

    private void update(ByteBuf buf, int index, int length) {
        if (length == 0) {
            return;
        }
        if (buf.hasArray()) {
            crc.update(buf.array(), buf.arrayOffset() + index, length);
        } else if (buf.nioBufferCount() == 1) {
            crc.update(buf.internalNioBuffer(index, length));
        } else {
            for (ByteBuffer part : buf.nioBuffers(index, length)) {
                crc.update(part);
            }
        }
    }
}
