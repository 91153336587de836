package org.borealis.sql.wire;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;

/**
 * A message to the client. Each type is one class that writes itself, type byte and length
 * included, at the writer index of a buffer it does not own.
 */
public interface BackendMessage {

    void encode(ByteBuf out);

    /** Writes the type byte and a length placeholder; returns where the length goes. */
    static int begin(ByteBuf out, char type) {
        out.writeByte(type);
        int at = out.writerIndex();
        out.writeInt(0);
        return at;
    }

    /** Patches the length written by {@link #begin}. */
    static void end(ByteBuf out, int lengthAt) {
        out.setInt(lengthAt, out.writerIndex() - lengthAt);
    }

    static void cstring(ByteBuf out, String s) {
        out.writeCharSequence(s, StandardCharsets.UTF_8);
        out.writeByte(0);
    }
}
