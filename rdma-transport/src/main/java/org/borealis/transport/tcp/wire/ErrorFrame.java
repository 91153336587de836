package org.borealis.transport.tcp.wire;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * ERROR: a one-sided request was refused (request id = the request's), or, with request id 0, the
 * sender is closing the connection and says why.
 *
 * <pre>
 *  0             2
 *  +-------------+-------------------------------
 *  | code (u16)  | reason, UTF-8, at most 1024 bytes
 *  +-------------+-------------------------------
 * </pre>
 */
public final class ErrorFrame {

    /** No registration has the key. */
    public static final int UNKNOWN_KEY = 1;
    /** The range is not inside the registration with the key. */
    public static final int OUT_OF_RANGE = 2;
    /** The length is above the serving side's one-sided limit. */
    public static final int TOO_LARGE = 3;
    /** The sender is closing the connection (request id 0). */
    public static final int CLOSING = 4;

    static final int PREFIX = 2;
    static final int MAX_TEXT = 1024;

    private ErrorFrame() {
    }

    public static ByteBuf encode(ByteBufAllocator alloc, FrameCrc crc, long requestId, int code, String reason) {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(text.length, MAX_TEXT);
        ByteBuf buf = FrameHeader.begin(alloc, FrameType.ERROR, requestId, PREFIX + n);
        buf.writeShort(code).writeBytes(text, 0, n);
        return FrameHeader.finish(buf, crc);
    }

    public static int code(ByteBuf frame) {
        return frame.getUnsignedShort(FrameHeader.payloadIndex(frame));
    }

    public static String reason(ByteBuf frame) {
        return frame.toString(FrameHeader.payloadIndex(frame) + PREFIX, FrameHeader.payloadLength(frame) - PREFIX,
                StandardCharsets.UTF_8);
    }

    /** A short name of a code, for messages. */
    public static String codeName(int code) {
        return switch (code) {
            case UNKNOWN_KEY -> "UNKNOWN_KEY";
            case OUT_OF_RANGE -> "OUT_OF_RANGE";
            case TOO_LARGE -> "TOO_LARGE";
            case CLOSING -> "CLOSING";
            default -> "ERROR_" + code;
        };
    }
}
