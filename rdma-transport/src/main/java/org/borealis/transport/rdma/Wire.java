package org.borealis.transport.rdma;

import java.nio.ByteBuffer;

/**
 * The header of every two-sided message of the rdma transport ({@value #HEADER} bytes,
 * big-endian), and the body of HELLO.
 *
 * <pre>
 *   0      1      2-3        4-7
 *   type   flags  reserved   credits returned to the receiver of this message
 * </pre>
 *
 * <ul>
 *   <li>{@code HELLO}: the first message each side sends after the connection is established.
 *       Body: protocol version, the receive depth (receive buffers posted = the initial send
 *       window of the peer) and the largest fragment payload a receive buffer holds.</li>
 *   <li>{@code DATA}: one fragment of an application message; {@code LAST} marks the final
 *       fragment. A message of n bytes travels as ceil(n / fragment payload) fragments (at least
 *       one), each using one receive credit.</li>
 *   <li>{@code CREDIT}: only returns credits (sent when enough have piled up and there is no
 *       data message to carry them).</li>
 * </ul>
 */
final class Wire {

    static final int HEADER = 8;
    static final int HELLO_BODY = 12;
    static final int VERSION = 1;

    static final byte HELLO = 1;
    static final byte DATA = 2;
    static final byte CREDIT = 3;

    static final byte LAST = 1;

    private Wire() {
    }

    static void header(ByteBuffer b, int offset, byte type, byte flags, int credits) {
        b.put(offset, type);
        b.put(offset + 1, flags);
        b.putShort(offset + 2, (short) 0);
        b.putInt(offset + 4, credits);
    }

    static byte type(ByteBuffer b, int offset) {
        return b.get(offset);
    }

    static byte flags(ByteBuffer b, int offset) {
        return b.get(offset + 1);
    }

    static int credits(ByteBuffer b, int offset) {
        return b.getInt(offset + 4);
    }

    static void hello(ByteBuffer b, int offset, int credits, int recvDepth, int fragmentPayload) {
        header(b, offset, HELLO, (byte) 0, credits);
        b.putInt(offset + HEADER, VERSION);
        b.putInt(offset + HEADER + 4, recvDepth);
        b.putInt(offset + HEADER + 8, fragmentPayload);
    }

    static int helloVersion(ByteBuffer b, int offset) {
        return b.getInt(offset + HEADER);
    }

    static int helloRecvDepth(ByteBuffer b, int offset) {
        return b.getInt(offset + HEADER + 4);
    }

    static int helloFragmentPayload(ByteBuffer b, int offset) {
        return b.getInt(offset + HEADER + 8);
    }

    static String typeName(byte type) {
        return switch (type) {
            case HELLO -> "HELLO";
            case DATA -> "DATA";
            case CREDIT -> "CREDIT";
            default -> "unknown type " + type;
        };
    }
}
