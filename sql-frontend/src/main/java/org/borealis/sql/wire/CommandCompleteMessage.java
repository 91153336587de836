package org.borealis.sql.wire;

import io.netty.buffer.ByteBuf;

/** CommandComplete ('C') with its tag, e.g. {@code SELECT 5}, {@code INSERT 0 1}. */
public record CommandCompleteMessage(String tag) implements BackendMessage {

    @Override
    public void encode(ByteBuf out) {
        int at = BackendMessage.begin(out, 'C');
        BackendMessage.cstring(out, tag);
        BackendMessage.end(out, at);
    }
}
