package org.borealis.sql.wire;

import java.util.List;

import io.netty.buffer.ByteBuf;
import org.borealis.sql.exec.ResultColumn;

/** RowDescription ('T'): one field per result column, with the format each will be sent in. */
public record RowDescriptionMessage(List<ResultColumn> columns, short[] formats) implements BackendMessage {

    @Override
    public void encode(ByteBuf out) {
        int at = BackendMessage.begin(out, 'T');
        out.writeShort(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            ResultColumn c = columns.get(i);
            BackendMessage.cstring(out, c.name());
            out.writeInt(c.tableOid());
            out.writeShort(c.attnum());
            out.writeInt(c.type().oid());
            out.writeShort(c.type().typlen());
            out.writeInt(c.typmod());
            out.writeShort(Formats.of(formats, i));
        }
        BackendMessage.end(out, at);
    }
}
