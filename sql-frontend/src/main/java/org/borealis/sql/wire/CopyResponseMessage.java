package org.borealis.sql.wire;

import io.netty.buffer.ByteBuf;

/** CopyInResponse ('G') or CopyOutResponse ('H'): overall format and one format per column. */
public record CopyResponseMessage(boolean in, boolean binary, int columns) implements BackendMessage {

    @Override
    public void encode(ByteBuf out) {
        int at = BackendMessage.begin(out, in ? 'G' : 'H');
        out.writeByte(binary ? 1 : 0);
        out.writeShort(columns);
        for (int i = 0; i < columns; i++) {
            out.writeShort(binary ? 1 : 0);
        }
        BackendMessage.end(out, at);
    }
}
