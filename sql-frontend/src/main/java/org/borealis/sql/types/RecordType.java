package org.borealis.sql.types;

import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * An anonymous composite ({@code record}, OID 2249) with named, typed fields, such as the rows
 * {@code information_schema._pg_expandarray} returns. Values are {@code Object[]} in field order.
 * Text form {@code (a,b)} with PostgreSQL's quoting; binary form field count, then per field its
 * type OID and length-prefixed value. Records compare field by field; they are never keys or stored.
 */
public final class RecordType extends PgType {

    /** A field: name and type. */
    public record Field(String name, PgType type) {
    }

    private final List<Field> fields;

    public RecordType(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    public List<Field> fields() {
        return fields;
    }

    /** The position of a field, or -1. */
    public int field(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int oid() {
        return 2249;
    }

    @Override
    public String typname() {
        return "record";
    }

    @Override
    public int typlen() {
        return -1;
    }

    @Override
    public Category category() {
        return Category.OTHER;
    }

    @Override
    public Object parseText(String text) {
        throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "input of anonymous composite types is not implemented");
    }

    @Override
    public String formatText(Object value, TextFormat format) {
        Object[] v = (Object[]) value;
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i > 0 ? "," : "");
            if (v[i] != null) {
                String s = fields.get(i).type().formatText(v[i], format);
                boolean q = s.isEmpty();
                for (int k = 0; k < s.length() && !q; k++) {
                    char c = s.charAt(k);
                    q = c == ',' || c == '(' || c == ')' || c == '"' || c == '\\' || Character.isWhitespace(c);
                }
                sb.append(q ? "\"" + s.replace("\\", "\\\\").replace("\"", "\"\"") + "\"" : s);
            }
        }
        return sb.append(')').toString();
    }

    @Override
    public Object readBinary(ByteSource in) {
        throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "input of anonymous composite types is not implemented");
    }

    @Override
    public void writeBinary(Object value, ByteSink out) {
        Object[] v = (Object[]) value;
        out.putInt(v.length);
        for (int i = 0; i < v.length; i++) {
            PgType t = fields.get(i).type();
            out.putInt(t.oid());
            if (v[i] == null) {
                out.putInt(-1);
                continue;
            }
            int at = out.length();
            out.putInt(0);
            t.writeBinary(v[i], out);
            int len = out.length() - at - 4;
            out.set(at, len >>> 24);
            out.set(at + 1, len >>> 16);
            out.set(at + 2, len >>> 8);
            out.set(at + 3, len);
        }
    }

    @Override
    public int compare(Object a, Object b) {
        Object[] x = (Object[]) a;
        Object[] y = (Object[]) b;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || y[i] == null) {
                if (x[i] != y[i]) {
                    return x[i] == null ? 1 : -1;
                }
                continue;
            }
            int c = fields.get(i).type().compare(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public int hash(Object value) {
        return java.util.Arrays.hashCode((Object[]) value);
    }

    @Override
    public void encodeKey(Object value, ByteSink out) {
        throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "records cannot be index keys");
    }
}
