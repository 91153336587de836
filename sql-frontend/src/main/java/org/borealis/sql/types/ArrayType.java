package org.borealis.sql.types;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * A one-dimensional array of an element type ({@code int4[]}, {@code text[]}, ...), and the two
 * vector types ({@code int2vector}, {@code oidvector}) whose subscripts start at 0 and whose text
 * form is space-separated. Values are {@link PgArray}. Text form {@code {1,2,NULL,"a b"}} with
 * PostgreSQL's quoting; binary form PostgreSQL's (dimensions, null flag, element OID, lower bound,
 * then length-prefixed elements). Arrays compare element by element, then by length. Arrays are
 * never index keys.
 */
public final class ArrayType extends PgType {

    private final int oid;
    private final String typname;
    private final PgType element;
    private final boolean vector;

    ArrayType(int oid, String typname, PgType element, boolean vector) {
        this.oid = oid;
        this.typname = typname;
        this.element = element;
        this.vector = vector;
    }

    public PgType element() {
        return element;
    }

    /** int2vector/oidvector: 0-based, space-separated text. */
    public boolean isVector() {
        return vector;
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
        return vector ? typname : element.displayName() + "[]";
    }

    @Override
    public String formatWithTypmod(int typmod) {
        return vector ? typname : element.formatWithTypmod(typmod) + "[]";
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
        return parseText(text, TextFormat.DEFAULT);
    }

    @Override
    public Object parseText(String text, TextFormat format) {
        if (vector) {
            List<Object> items = new ArrayList<>();
            for (String s : text.strip().split("\\s+")) {
                if (!s.isEmpty()) {
                    items.add(element.parseText(s, format));
                }
            }
            return new PgArray(0, items);
        }
        return ArrayText.parse(text, element, format, this);
    }

    @Override
    public String formatText(Object value, TextFormat format) {
        PgArray a = (PgArray) value;
        StringBuilder sb = new StringBuilder();
        if (vector) {
            for (Object o : a.items()) {
                sb.append(sb.isEmpty() ? "" : " ").append(element.formatText(o, format));
            }
            return sb.toString();
        }
        if (a.lower() != 1 && a.size() > 0) {
            sb.append('[').append(a.lower()).append(':').append(a.upper()).append("]=");
        }
        sb.append('{');
        for (int i = 0; i < a.size(); i++) {
            Object o = a.items().get(i);
            sb.append(i > 0 ? "," : "");
            sb.append(o == null ? "NULL" : ArrayText.quote(element.formatText(o, format)));
        }
        return sb.append('}').toString();
    }

    @Override
    public Object readBinary(ByteSource in) {
        int ndim = in.getInt();
        in.getInt();
        in.getInt();
        if (ndim == 0) {
            return new PgArray(vector ? 0 : 1, List.of());
        }
        if (ndim != 1) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "multidimensional arrays are not supported");
        }
        int n = in.getInt();
        int lower = in.getInt();
        if (n < 0) {
            throw new SqlException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid array length");
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int len = in.getInt();
            if (len < 0) {
                items.add(null);
            } else {
                int at = in.position();
                in.skip(len);
                ByteSource field = new ByteSource(in.array(), at, len, SqlState.INVALID_BINARY_REPRESENTATION);
                items.add(element.readBinary(field));
            }
        }
        return new PgArray(lower, items);
    }

    @Override
    public void writeBinary(Object value, ByteSink out) {
        PgArray a = (PgArray) value;
        boolean nulls = a.items().contains(null);
        out.putInt(a.size() == 0 ? 0 : 1).putInt(nulls ? 1 : 0).putInt(element.oid());
        if (a.size() == 0) {
            return;
        }
        out.putInt(a.size()).putInt(a.lower());
        for (Object o : a.items()) {
            if (o == null) {
                out.putInt(-1);
            } else {
                int at = out.length();
                out.putInt(0);
                element.writeBinary(o, out);
                int len = out.length() - at - 4;
                out.set(at, len >>> 24);
                out.set(at + 1, len >>> 16);
                out.set(at + 2, len >>> 8);
                out.set(at + 3, len);
            }
        }
    }

    @Override
    public int compare(Object a, Object b) {
        List<Object> x = ((PgArray) a).items();
        List<Object> y = ((PgArray) b).items();
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            Object p = x.get(i);
            Object q = y.get(i);
            if (p == null || q == null) {
                if (p != q) {
                    return p == null ? 1 : -1;
                }
                continue;
            }
            int c = element.compare(p, q);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    @Override
    public int hash(Object value) {
        int h = 1;
        for (Object o : ((PgArray) value).items()) {
            h = 31 * h + (o == null ? 0 : element.hash(o));
        }
        return h;
    }

    @Override
    public void encodeKey(Object value, ByteSink out) {
        throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "arrays cannot be index keys");
    }
}
