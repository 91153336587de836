package org.borealis.sql.types;

import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * A composite with named, typed fields: anonymous ({@code record}, OID 2249), such as the rows
 * {@code information_schema._pg_expandarray} returns, or a table's or view's row type (the OID
 * {@code pg_type} lists for it, named as the relation; see {@link #named}). Values are
 * {@code Object[]} in field order.
 * Text form {@code (a,b)} with PostgreSQL's quoting; binary form field count, then per field its
 * type OID and length-prefixed value. Records compare field by field; they are never stored.
 */
public final class RecordType extends PgType {

    /** A field: name and type. */
    public record Field(String name, PgType type) {
    }

    private final List<Field> fields;
    private final int oid;
    private final String name;
    private final String displayName;

    public RecordType(List<Field> fields) {
        this(fields, 2249, "record", "record");
    }

    private RecordType(List<Field> fields, int oid, String name, String displayName) {
        this.fields = List.copyOf(fields);
        this.oid = oid;
        this.name = name;
        this.displayName = displayName;
    }

    /**
     * The row type of a table or view: {@code oid} as {@code pg_type} lists it, {@code name} the
     * relation's name, {@code displayName} as format_type prints it (quoted, qualified when needed).
     */
    public static RecordType named(List<Field> fields, int oid, String name, String displayName) {
        return new RecordType(fields, oid, name, displayName);
    }

    /** Whether this is a relation's row type rather than {@code record}. */
    public boolean isNamed() {
        return oid != 2249;
    }

    /** The array of this row type's values: {@code record[]} (2287), or the relation's {@code _name} array type. */
    public ArrayType arrayType() {
        return isNamed() ? new ArrayType(RowTypeOids.arrayOf(oid), "_" + name, this, false)
                : new ArrayType(2287, "_record", this, false);
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
        return oid;
    }

    @Override
    public String typname() {
        return name;
    }

    @Override
    public String displayName() {
        return displayName;
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

    /**
     * The fields' key forms in order, each as {@link KeyCodec} writes a column (NULL after every
     * value, as {@link #compare}): for set operations and DISTINCT; records are never index keys.
     */
    @Override
    public void encodeKey(Object value, ByteSink out) {
        Object[] v = (Object[]) value;
        for (int i = 0; i < v.length; i++) {
            if (v[i] == null) {
                out.put(KeyCodec.NULL);
            } else {
                out.put(KeyCodec.NOT_NULL);
                fields.get(i).type().encodeKey(v[i], out);
            }
        }
    }
}
