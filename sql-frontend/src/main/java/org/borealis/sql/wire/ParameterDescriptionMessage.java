package org.borealis.sql.wire;

import io.netty.buffer.ByteBuf;

/** ParameterDescription ('t'): the type OID of each parameter of a prepared statement. */
public record ParameterDescriptionMessage(int[] typeOids) implements BackendMessage {

    @Override
    public void encode(ByteBuf out) {
        int at = BackendMessage.begin(out, 't');
        out.writeShort(typeOids.length);
        for (int oid : typeOids) {
            out.writeInt(oid);
        }
        BackendMessage.end(out, at);
    }
}
