package org.borealis.sql.wire;

import io.netty.buffer.ByteBuf;
import org.borealis.sql.error.SqlException;

/**
 * ErrorResponse ('E') or NoticeResponse ('N'): severity (S and V), SQLSTATE (C), message (M),
 * and when present detail (D), hint (H) and position (P).
 */
public record ErrorResponseMessage(boolean notice, String severity, String sqlState, String message, String detail,
                                   String hint, int position) implements BackendMessage {

    public static ErrorResponseMessage of(SqlException e) {
        return new ErrorResponseMessage(false, e.severity().name(), e.state().code(),
                e.getMessage() == null ? "internal error" : e.getMessage(), e.detail(), e.hint(), e.position());
    }

    public static ErrorResponseMessage notice(String severity, String code, String message) {
        return new ErrorResponseMessage(true, severity, code, message, null, null, 0);
    }

    @Override
    public void encode(ByteBuf out) {
        int at = BackendMessage.begin(out, notice ? 'N' : 'E');
        field(out, 'S', severity);
        field(out, 'V', severity);
        field(out, 'C', sqlState);
        field(out, 'M', message);
        if (detail != null) {
            field(out, 'D', detail);
        }
        if (hint != null) {
            field(out, 'H', hint);
        }
        if (position > 0) {
            field(out, 'P', Integer.toString(position));
        }
        out.writeByte(0);
        BackendMessage.end(out, at);
    }

    private static void field(ByteBuf out, char code, String value) {
        out.writeByte(code);
        BackendMessage.cstring(out, value);
    }
}
