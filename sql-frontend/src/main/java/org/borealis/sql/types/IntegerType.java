package org.borealis.sql.types;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * int2, int4 and int8, held as {@link Short}, {@link Integer} and {@link Long}. Keys are the
 * big-endian two's complement with the sign bit flipped.
 */
public final class IntegerType extends PgType {

    private final int oid;
    private final int width;
    private final String typname;
    private final String display;

    IntegerType(int oid, int width, String typname, String display) {
        this.oid = oid;
        this.width = width;
        this.typname = typname;
        this.display = display;
    }

    @Override
    public int oid() {
        return oid;
    }

    @Override
    public String typname() {
        return typname;
    }

    @Override
    public String displayName() {
        return display;
    }

    @Override
    public int typlen() {
        return width;
    }

    @Override
    public Category category() {
        return Category.NUMERIC;
    }

    /** Wraps a long known to fit into this type's Java class, else 22003. */
    public Object box(long v) {
        switch (width) {
            case 2:
                if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
                    throw outOfRange();
                }
                return (short) v;
            case 4:
                if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                    throw outOfRange();
                }
                return (int) v;
            default:
                return v;
        }
    }

    public SqlException outOfRange() {
        return new SqlException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                (width == 2 ? "smallint" : width == 4 ? "integer" : "bigint") + " out of range");
    }

    @Override
    public Object parseText(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw invalidText(text);
        }
        int i = 0;
        boolean neg = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            neg = s.charAt(0) == '-';
            i = 1;
        }
        if (i == s.length()) {
            throw invalidText(text);
        }
        long v = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_' && i > 0 && i + 1 < s.length()) {
                continue;
            }
            if (c < '0' || c > '9') {
                throw invalidText(text);
            }
            int d = c - '0';
            if (v < (Long.MIN_VALUE + d) / 10) {
                throw new SqlException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                        "value \"" + text + "\" is out of range for type " + display);
            }
            v = v * 10 - d;
        }
        if (!neg) {
            if (v == Long.MIN_VALUE) {
                throw new SqlException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                        "value \"" + text + "\" is out of range for type " + display);
            }
            v = -v;
        }
        try {
            return box(v);
        } catch (SqlException e) {
            throw new SqlException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                    "value \"" + text + "\" is out of range for type " + display);
        }
    }

    @Override
    public String formatText(Object value, TextFormat format) {
        return value.toString();
    }

    @Override
    public Object readBinary(ByteSource in) {
        Object v = switch (width) {
            case 2 -> in.getShort();
            case 4 -> in.getInt();
            default -> in.getLong();
        };
        if (in.remaining() != 0) {
            throw new SqlException(SqlState.INVALID_BINARY_REPRESENTATION,
                    "incorrect binary data format");
        }
        return v;
    }

    @Override
    public void writeBinary(Object value, ByteSink out) {
        long v = ((Number) value).longValue();
        switch (width) {
            case 2 -> out.putShort((int) v);
            case 4 -> out.putInt((int) v);
            default -> out.putLong(v);
        }
    }

    @Override
    public int compare(Object a, Object b) {
        return Long.compare(((Number) a).longValue(), ((Number) b).longValue());
    }

    @Override
    public boolean equal(Object a, Object b) {
        return ((Number) a).longValue() == ((Number) b).longValue();
    }

    @Override
    public int hash(Object value) {
        return Long.hashCode(((Number) value).longValue());
    }

    @Override
    public void encodeKey(Object value, ByteSink out) {
        long v = ((Number) value).longValue();
        switch (width) {
            case 2 -> out.putShort((int) v ^ 0x8000);
            case 4 -> out.putInt((int) v ^ 0x80000000);
            default -> out.putLong(v ^ Long.MIN_VALUE);
        }
    }
}
