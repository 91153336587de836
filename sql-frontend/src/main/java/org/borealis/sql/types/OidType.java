package org.borealis.sql.types;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/** oid: an unsigned 32-bit object identifier, held as {@link Long}. */
public final class OidType extends PgType {

    @Override
    public int oid() {
        return 26;
    }

    @Override
    public String typname() {
        return "oid";
    }

    @Override
    public int typlen() {
        return 4;
    }

    @Override
    public Category category() {
        return Category.NUMERIC;
    }

    @Override
    public Object parseText(String text) {
        try {
            long v = Long.parseLong(text.strip());
            if (v < Integer.MIN_VALUE || v > 0xFFFFFFFFL) {
                throw new SqlException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                        "value \"" + text + "\" is out of range for type oid");
            }
            return v & 0xFFFFFFFFL;
        } catch (NumberFormatException e) {
            throw invalidText(text);
        }
    }

    @Override
    public String formatText(Object value, TextFormat format) {
        return value.toString();
    }

    @Override
    public Object readBinary(ByteSource in) {
        return in.getInt() & 0xFFFFFFFFL;
    }

    @Override
    public void writeBinary(Object value, ByteSink out) {
        out.putInt((int) ((Number) value).longValue());
    }

    @Override
    public int compare(Object a, Object b) {
        return Long.compare(((Number) a).longValue(), ((Number) b).longValue());
    }

    @Override
    public int hash(Object value) {
        return Long.hashCode(((Number) value).longValue());
    }

    @Override
    public void encodeKey(Object value, ByteSink out) {
        out.putInt((int) ((Number) value).longValue());
    }
}
