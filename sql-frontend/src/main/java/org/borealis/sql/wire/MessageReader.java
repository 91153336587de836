package org.borealis.sql.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;

/**
 * Bounds-checked reads of a message body: every read past the end, every string without its
 * terminating zero and every invalid UTF-8 sequence is a {@link ProtocolException}, never an
 * IndexOutOfBounds or a silently replaced character. Reads from the buffer's reader index; does
 * not release it (the caller owns the buffer).
 */
final class MessageReader {

    private final ByteBuf buf;
    private final String message;

    MessageReader(ByteBuf buf, String message) {
        this.buf = buf;
        this.message = message;
    }

    int remaining() {
        return buf.readableBytes();
    }

    private void need(int n) {
        if (buf.readableBytes() < n) {
            throw new ProtocolException("invalid " + message + " message format");
        }
    }

    byte int8() {
        need(1);
        return buf.readByte();
    }

    short int16() {
        need(2);
        return buf.readShort();
    }

    int int32() {
        need(4);
        return buf.readInt();
    }

    /** A count that is about to size an array: must be non-negative and plausible for the bytes left. */
    int count(int value, int minBytesEach) {
        if (value < 0 || (long) value * minBytesEach > buf.readableBytes()) {
            throw new ProtocolException("invalid " + message + " message format");
        }
        return value;
    }

    byte[] bytes(int n) {
        if (n < 0) {
            throw new ProtocolException("invalid " + message + " message format");
        }
        need(n);
        byte[] out = new byte[n];
        buf.readBytes(out);
        return out;
    }

    /** A zero-terminated UTF-8 string. */
    String cstring() {
        int end = buf.indexOf(buf.readerIndex(), buf.writerIndex(), (byte) 0);
        if (end < 0) {
            throw new ProtocolException("invalid string in message");
        }
        String s = utf8(buf.nioBuffer(buf.readerIndex(), end - buf.readerIndex()));
        buf.readerIndex(end + 1);
        return s;
    }

    /** Every byte of the message was consumed. */
    void end() {
        if (buf.isReadable()) {
            throw new ProtocolException("invalid " + message + " message format");
        }
    }

    /** Decodes strictly: malformed input is a protocol violation. */
    static String utf8(ByteBuffer bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new ProtocolException("invalid byte sequence for encoding \"UTF8\"");
        }
    }
}
