package org.borealis.sql.types;

import java.util.UUID;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/** uuid, held as {@link UUID}; 16 bytes big-endian in binary and key form, compared unsigned. */
public final class UuidType extends PgType {

    @Override
    public int oid() {
        return 2950;
    }

    @Override
    public String typname() {
        return "uuid";
    }

    @Override
    public int typlen() {
        return 16;
    }

    @Override
    public Category category() {
        return Category.UUID;
    }

    @Override
    public Object parseText(String text) {
        String s = text.strip();
        if (s.startsWith("{") && s.endsWith("}")) {
            s = s.substring(1, s.length() - 1);
        }
        String hex = s.replace("-", "");
        if (hex.length() != 32 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)
                || !s.matches("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}|[0-9a-fA-F]{32}|([0-9a-fA-F]{4}-?){7}[0-9a-fA-F]{4}")) {
            throw invalidText(text);
        }
        return new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
    }

    @Override
    public String formatText(Object value, TextFormat format) {
        return value.toString();
    }

    @Override
    public Object readBinary(ByteSource in) {
        UUID u = new UUID(in.getLong(), in.getLong());
        if (in.remaining() != 0) {
            throw new SqlException(SqlState.INVALID_BINARY_REPRESENTATION, "incorrect binary data format");
        }
        return u;
    }

    @Override
    public void writeBinary(Object value, ByteSink out) {
        UUID u = (UUID) value;
        out.putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
    }

    @Override
    public int compare(Object a, Object b) {
        UUID x = (UUID) a;
        UUID y = (UUID) b;
        int c = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
        return c != 0 ? c : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
    }

    @Override
    public void encodeKey(Object value, ByteSink out) {
        writeBinary(value, out);
    }
}
