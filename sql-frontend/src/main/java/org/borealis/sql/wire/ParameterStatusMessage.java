package org.borealis.sql.wire;

import io.netty.buffer.ByteBuf;

/** ParameterStatus ('S'): a reported setting's current value. */
public record ParameterStatusMessage(String name, String value) implements BackendMessage {

    @Override
    public void encode(ByteBuf out) {
        int at = BackendMessage.begin(out, 'S');
        BackendMessage.cstring(out, name);
        BackendMessage.cstring(out, value);
        BackendMessage.end(out, at);
    }
}
