package org.borealis.sql.types;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * A jsonb value: an immutable canonical JSON tree, the Java value of {@link JsonbType}. Nodes are
 * {@link Map} (a {@code TreeMap} in {@link #KEY_ORDER}), {@link List}, {@link String},
 * {@link BigDecimal}, {@link Boolean} and {@link #NULL}.
 *
 * <p>Order and equality are PostgreSQL's (compareJsonbContainers): {@code Object > Array >
 * Boolean > Number > String > Null}; containers with more members are greater; equal-sized
 * objects compare key, value, key, value ... in storage order; a top-level scalar sorts as a
 * one-element array below a real one-element array. {@link #key} writes that order as a
 * memcomparable byte string (strings in the C collation, numbers as numeric keys), and
 * {@link #compareTo}, {@link #equals} and {@link #hashCode} are defined by it, so B-tree keys,
 * sorting, DISTINCT and hashing all agree.
 */
public final class Jsonb implements Comparable<Jsonb> {

    /** JSON null (distinct from SQL NULL, which is Java {@code null}). */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** PostgreSQL's key storage order: shorter UTF-8 first, then bytewise. */
    public static final Comparator<String> KEY_ORDER = (a, b) -> {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        return x.length != y.length ? Integer.compare(x.length, y.length) : Arrays.compareUnsigned(x, y);
    };

    private final Object root;
    private byte[] key;

    public Jsonb(Object root) {
        this.root = root;
    }

    public static Jsonb parse(String text) {
        return new Jsonb(JsonParser.parseJsonb(text));
    }

    public Object root() {
        return root;
    }

    /** A JSON number's value as numeric, in PostgreSQL's numeric range. */
    static BigDecimal number(String text) {
        BigDecimal d = new BigDecimal(text);
        if (d.scale() > 16383 || d.precision() - d.scale() > 131072) {
            throw new SqlException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        return NumericType.normalize(d);
    }

    /** jsonb_typeof's name of a node. */
    public static String typeOf(Object node) {
        if (node instanceof Map) {
            return "object";
        }
        if (node instanceof List) {
            return "array";
        }
        if (node instanceof String) {
            return "string";
        }
        if (node instanceof BigDecimal) {
            return "number";
        }
        if (node instanceof Boolean) {
            return "boolean";
        }
        return "null";
    }

    /** The memcomparable key of this value. */
    public byte[] key() {
        byte[] k = key;
        if (k == null) {
            ByteSink out = new ByteSink(32);
            if (root instanceof Map<?, ?> m) {
                out.put(2);
                encodeObject(m, out);
            } else {
                out.put(1);
                List<?> items = root instanceof List<?> l ? l : List.of(root);
                out.putInt(items.size());
                out.put(root instanceof List ? 1 : 0);
                for (Object o : items) {
                    encode(o, out);
                }
            }
            k = out.toByteArray();
            key = k;
        }
        return k;
    }

    private static void encode(Object node, ByteSink out) {
        if (node instanceof Map<?, ?> m) {
            out.put(6);
            encodeObject(m, out);
        } else if (node instanceof List<?> l) {
            out.put(5);
            out.putInt(l.size());
            for (Object o : l) {
                encode(o, out);
            }
        } else if (node instanceof Boolean b) {
            out.put(4).put(b ? 1 : 0);
        } else if (node instanceof BigDecimal d) {
            out.put(3);
            Types.NUMERIC.encodeKey(d, out);
        } else if (node instanceof String s) {
            out.put(2);
            Types.TEXT.encodeKey(s, out);
        } else {
            out.put(1);
        }
    }

    private static void encodeObject(Map<?, ?> m, ByteSink out) {
        out.putInt(m.size());
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Types.TEXT.encodeKey(e.getKey(), out);
            encode(e.getValue(), out);
        }
    }

    @Override
    public int compareTo(Jsonb o) {
        return Arrays.compareUnsigned(key(), o.key());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Jsonb j && Arrays.equals(key(), j.key());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key());
    }

    /** PostgreSQL's jsonb text: {@code {"a": 1, "b": [1, 2]}}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        JsonText.print(root, b);
        return b.toString();
    }
}
