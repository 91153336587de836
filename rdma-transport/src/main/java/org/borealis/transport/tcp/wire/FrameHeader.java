package org.borealis.transport.tcp.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * The header every frame starts with. Big-endian, 20 bytes:
 *
 * <pre>
 *  0       2     3      4                      12           16           20
 *  +-------+-----+------+----------------------+------------+------------+----------
 *  | magic | ver | type | request id (u64)     | length u32 | crc32c u32 | payload
 *  +-------+-----+------+----------------------+------------+------------+----------
 *  magic  : 0xB07E
 *  ver    : 1, the only version so far
 *  type   : see FrameType
 *  request: the sender's sequence number of a request (SEND, READ_REQUEST, WRITE_REQUEST),
 *           or the request a response (ACK, READ_RESPONSE, ERROR) answers; 0 in HELLO and in
 *           an ERROR that ends the connection
 *  length : payload bytes after the header
 *  crc32c : CRC32C (Castagnoli) of header bytes 0..15 followed by the payload
 * </pre>
 */
public final class FrameHeader {

    public static final int SIZE = 20;
    public static final int MAGIC = 0xB07E;
    public static final int VERSION = 1;

    static final int VERSION_OFFSET = 2;
    static final int TYPE_OFFSET = 3;
    static final int REQUEST_ID_OFFSET = 4;
    static final int LENGTH_OFFSET = 12;
    static final int CRC_OFFSET = 16;

    private FrameHeader() {
    }

    /**
     * Allocates a buffer for a whole frame and writes its header with a zero CRC; the caller
     * writes exactly {@code payloadLength} bytes of payload and then calls {@link #finish}.
     */
    static ByteBuf begin(ByteBufAllocator alloc, FrameType type, long requestId, int payloadLength) {
        ByteBuf buf = alloc.directBuffer(SIZE + payloadLength);
        buf.writeShort(MAGIC).writeByte(VERSION).writeByte(type.code())
                .writeLong(requestId).writeInt(payloadLength).writeInt(0);
        return buf;
    }

    /** Checks that the payload written matches the header's length, and fills in the CRC. */
    static ByteBuf finish(ByteBuf frame, FrameCrc crc) {
        int start = frame.readerIndex();
        int length = frame.getInt(start + LENGTH_OFFSET);
        if (frame.writerIndex() - start - SIZE != length) {
            int written = frame.writerIndex() - start - SIZE;
            frame.release();
            throw new IllegalStateException("frame payload is " + written + " bytes, header says " + length);
        }
        frame.setInt(start + CRC_OFFSET, crc.compute(frame, start, length));
        return frame;
    }

    /** The type of the frame at the reader index (decoded frames have a known type). */
    public static FrameType type(ByteBuf frame) {
        return FrameType.of(frame.getUnsignedByte(frame.readerIndex() + TYPE_OFFSET));
    }

    public static long requestId(ByteBuf frame) {
        return frame.getLong(frame.readerIndex() + REQUEST_ID_OFFSET);
    }

    /** Payload length of the frame at the reader index. */
    public static int payloadLength(ByteBuf frame) {
        return frame.getInt(frame.readerIndex() + LENGTH_OFFSET);
    }

    /** Index of the first payload byte of the frame at the reader index. */
    public static int payloadIndex(ByteBuf frame) {
        return frame.readerIndex() + SIZE;
    }

    /**
     * Checks the header at {@code start} (magic, version, type, and the length against the type's
     * bounds) without reading the payload.
     *
     * @return null when the header is acceptable, else why not
     */
    static String check(ByteBuf in, int start, FrameLimits limits) {
        int magic = in.getUnsignedShort(start);
        if (magic != MAGIC) {
            return String.format("bad magic 0x%04x (expected 0x%04x)", magic, MAGIC);
        }
        int version = in.getUnsignedByte(start + VERSION_OFFSET);
        if (version != VERSION) {
            return "unsupported frame version " + version + " (this node speaks " + VERSION + ")";
        }
        int code = in.getUnsignedByte(start + TYPE_OFFSET);
        FrameType type = FrameType.of(code);
        if (type == null) {
            return "unknown frame type " + code;
        }
        long length = in.getUnsignedInt(start + LENGTH_OFFSET);
        if (length < type.minPayload() || length > type.maxPayload(limits)) {
            return type + " frame with a payload of " + length + " bytes, outside " + type.minPayload()
                    + ".." + type.maxPayload(limits);
        }
        return null;
    }
}
