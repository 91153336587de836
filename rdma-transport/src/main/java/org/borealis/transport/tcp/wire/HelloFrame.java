package org.borealis.transport.tcp.wire;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * HELLO: the first frame each side sends. The header's version field is always 1 in HELLO, so that
 * nodes of any later version can still read each other's range and agree on one.
 *
 * <pre>
 *  0      1      2          4                8                 12               16     17
 *  +------+------+----------+----------------+-----------------+----------------+------+---------
 *  | min  | max  | reserved | max message    | max one-sided   | max outstanding| n    | node id
 *  | ver  | ver  | (0)      | size (u32)     | size (u32)      | (u32)          | (u8) | n bytes
 *  +------+------+----------+----------------+-----------------+----------------+------+---------
 * </pre>
 *
 * Each side then uses the highest version both speak and, for each limit, the smaller of the two.
 */
public final class HelloFrame {

    static final int MIN_PAYLOAD = 17;
    static final int MAX_NODE_ID = 255;
    static final int MAX_PAYLOAD = MIN_PAYLOAD + MAX_NODE_ID;

    private HelloFrame() {
    }

    /** What a peer announced in its HELLO. */
    public record Hello(int minVersion, int maxVersion, int maxMessageSize, int maxOneSidedSize,
                        int maxOutstanding, String nodeId) {
    }

    public static ByteBuf encode(ByteBufAllocator alloc, FrameCrc crc, Hello hello) {
        byte[] id = truncatedNodeId(hello.nodeId());
        ByteBuf buf = FrameHeader.begin(alloc, FrameType.HELLO, 0, MIN_PAYLOAD + id.length);
        buf.writeByte(hello.minVersion()).writeByte(hello.maxVersion()).writeShort(0)
                .writeInt(hello.maxMessageSize()).writeInt(hello.maxOneSidedSize()).writeInt(hello.maxOutstanding())
                .writeByte(id.length).writeBytes(id);
        return FrameHeader.finish(buf, crc);
    }

    /**
     * Reads a decoded HELLO frame.
     *
     * @throws FrameException when a field is out of range
     */
    public static Hello decode(ByteBuf frame) {
        int p = FrameHeader.payloadIndex(frame);
        int length = FrameHeader.payloadLength(frame);
        int min = frame.getUnsignedByte(p);
        int max = frame.getUnsignedByte(p + 1);
        long maxMessage = frame.getUnsignedInt(p + 4);
        long maxOneSided = frame.getUnsignedInt(p + 8);
        long maxOutstanding = frame.getUnsignedInt(p + 12);
        int idLength = frame.getUnsignedByte(p + 16);
        if (min < 1 || max < min) {
            throw new FrameException("HELLO with version range " + min + ".." + max);
        }
        if (maxMessage < 1 || maxMessage > Integer.MAX_VALUE || maxOneSided < 1 || maxOneSided > Integer.MAX_VALUE
                || maxOutstanding < 1 || maxOutstanding > 65_536) {
            throw new FrameException("HELLO with limits out of range: message " + maxMessage + ", one-sided "
                    + maxOneSided + ", outstanding " + maxOutstanding);
        }
        if (idLength == 0 || MIN_PAYLOAD + idLength != length) {
            throw new FrameException("HELLO with a node id of " + idLength + " bytes in a payload of " + length);
        }
        String nodeId = frame.toString(p + MIN_PAYLOAD, idLength, StandardCharsets.UTF_8);
        return new Hello(min, max, (int) maxMessage, (int) maxOneSided, (int) maxOutstanding, nodeId);
    }

    private static byte[] truncatedNodeId(String nodeId) {
        String s = nodeId;
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        while (bytes.length > MAX_NODE_ID) {
            s = s.substring(0, s.length() - 1);
            bytes = s.getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }
}
