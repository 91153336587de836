package org.borealis.sql.wire;

import io.netty.buffer.ByteBuf;
import org.borealis.sql.exec.ResultColumn;
import org.borealis.sql.types.ByteSink;
import org.borealis.sql.types.TextFormat;

/** DataRow ('D'): one row, each value in its column's text or binary format; -1 for NULL. */
public record DataRowMessage(Object[] values, ResultColumn[] columns, short[] formats, TextFormat textFormat)
        implements BackendMessage {

    @Override
    public void encode(ByteBuf out) {
        int at = BackendMessage.begin(out, 'D');
        out.writeShort(values.length);
        ByteSink scratch = null;
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                out.writeInt(-1);
                continue;
            }
            if (Formats.of(formats, i) == 1) {
                if (scratch == null) {
                    scratch = new ByteSink(64);
                }
                scratch.reset();
                columns[i].type().writeBinary(v, scratch);
                out.writeInt(scratch.length());
                out.writeBytes(scratch.array(), 0, scratch.length());
            } else {
                int lenAt = out.writerIndex();
                out.writeInt(0);
                int n = out.writeCharSequence(columns[i].type().formatText(v, textFormat),
                        java.nio.charset.StandardCharsets.UTF_8);
                out.setInt(lenAt, n);
            }
        }
        BackendMessage.end(out, at);
    }
}
