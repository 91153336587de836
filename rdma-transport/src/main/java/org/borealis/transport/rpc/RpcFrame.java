package org.borealis.transport.rpc;

import java.nio.ByteBuffer;

/**
 * The header every RPC message starts with, inside one two-sided transport message:
 *
 * <pre>
 *  0      1      2             4                              12
 *  +------+------+-------------+------------------------------+-----------
 *  | kind | flags| code (u16)  | call id (u64)                | payload...
 *  +------+------+-------------+------------------------------+-----------
 *  kind : 1 = request, 2 = response
 *  flags: response only, bit 0 = retriable (meaningful when code != 0)
 *  code : request: method number; response: status, 0 = OK
 * </pre>
 *
 * A failed response's payload is the error message in UTF-8. Big-endian.
 */
public final class RpcFrame {

    public static final int HEADER_SIZE = 12;
    public static final byte KIND_REQUEST = 1;
    public static final byte KIND_RESPONSE = 2;
    public static final byte FLAG_RETRIABLE = 1;

    private RpcFrame() {
    }

    /** Writes a header at the buffer's position and advances it. */
    public static void writeHeader(ByteBuffer out, byte kind, byte flags, int code, long callId) {
        if (code < 0 || code > 0xFFFF) {
            throw new IllegalArgumentException("rpc code out of range: " + code);
        }
        out.put(kind).put(flags).putShort((short) code).putLong(callId);
    }

    public static byte kind(ByteBuffer msg) {
        return msg.get(msg.position());
    }

    public static byte flags(ByteBuffer msg) {
        return msg.get(msg.position() + 1);
    }

    public static int code(ByteBuffer msg) {
        return Short.toUnsignedInt(msg.getShort(msg.position() + 2));
    }

    public static long callId(ByteBuffer msg) {
        return msg.getLong(msg.position() + 4);
    }
}
