package org.borealis.sql.wire;

import io.netty.buffer.ByteBuf;

/** ReadyForQuery ('Z'): 'I' idle, 'T' in a transaction block, 'E' in a failed one. */
public record ReadyForQueryMessage(char status) implements BackendMessage {

    @Override
    public void encode(ByteBuf out) {
        int at = BackendMessage.begin(out, 'Z');
        out.writeByte(status);
        BackendMessage.end(out, at);
    }
}
