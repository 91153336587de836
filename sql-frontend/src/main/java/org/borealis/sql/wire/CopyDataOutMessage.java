package org.borealis.sql.wire;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;

/** CopyData ('d') to the client: one line of COPY TO STDOUT. */
public record CopyDataOutMessage(String line) implements BackendMessage {

    @Override
    public void encode(ByteBuf out) {
        int at = BackendMessage.begin(out, 'd');
        out.writeCharSequence(line, StandardCharsets.UTF_8);
        BackendMessage.end(out, at);
    }
}
