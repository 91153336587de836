package org.borealis.sql.types;

import java.util.Locale;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/** boolean, held as {@link Boolean}; prints {@code t}/{@code f}; false sorts first. */
public final class BoolType extends PgType {

    @Override
    public int oid() {
        return 16;
    }

    @Override
    public String typname() {
        return "bool";
    }

    @Override
    public String displayName() {
        return "boolean";
    }

    @Override
    public int typlen() {
        return 1;
    }

    @Override
    public Category category() {
        return Category.BOOLEAN;
    }

    @Override
    public Object parseText(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (!s.isEmpty()) {
            if ("true".startsWith(s) || "yes".startsWith(s) || s.equals("on") || s.equals("1")) {
                return Boolean.TRUE;
            }
            if ("false".startsWith(s) || "no".startsWith(s) || s.equals("off") || s.equals("0")) {
                return Boolean.FALSE;
            }
        }
        throw invalidText(text);
    }

    @Override
    public String formatText(Object value, TextFormat format) {
        return (Boolean) value ? "t" : "f";
    }

    @Override
    public Object readBinary(ByteSource in) {
        int b = in.get();
        if (in.remaining() != 0) {
            throw new SqlException(SqlState.INVALID_BINARY_REPRESENTATION, "incorrect binary data format");
        }
        return b != 0;
    }

    @Override
    public void writeBinary(Object value, ByteSink out) {
        out.put((Boolean) value ? 1 : 0);
    }

    @Override
    public int compare(Object a, Object b) {
        return Boolean.compare((Boolean) a, (Boolean) b);
    }

    @Override
    public void encodeKey(Object value, ByteSink out) {
        out.put((Boolean) value ? 1 : 0);
    }
}
