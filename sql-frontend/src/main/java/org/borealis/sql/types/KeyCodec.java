package org.borealis.sql.types;

/**
 * The memcomparable key encoding: B-tree keys whose unsigned lexicographic byte order equals the
 * SQL order of the typed values, composite keys by concatenation.
 *
 * <pre>
 *   per column:  0x01 + type's key form   (non-null)
 *                0x02                     (NULL: sorts after every value, as NULLS LAST)
 *   DESC column: the same bytes inverted  (so NULLs come first, as PostgreSQL's DESC default)
 * </pre>
 *
 * Each component is prefix-free, so a key built from the first k columns is a prefix of every key
 * that starts with those values, and {@link #prefixSuccessor} bounds a range. Stateless.
 */
public final class KeyCodec {

    public static final int NOT_NULL = 0x01;
    public static final int NULL = 0x02;

    private KeyCodec() {
    }

    public static byte[] encode(Object[] values, PgType[] types) {
        ByteSink out = new ByteSink(values.length * 9 + 4);
        for (int i = 0; i < values.length; i++) {
            encodeColumn(values[i], types[i], false, out);
        }
        return out.toByteArray();
    }

    public static void encodeColumn(Object value, PgType type, boolean descending, ByteSink out) {
        int from = out.length();
        if (value == null) {
            out.put(NULL);
        } else {
            out.put(NOT_NULL);
            type.encodeKey(value, out);
        }
        if (descending) {
            out.invertFrom(from);
        }
    }

    /**
     * The smallest byte string greater than every string that starts with {@code prefix}, or null
     * when there is none (the prefix is all 0xFF).
     */
    public static byte[] prefixSuccessor(byte[] prefix) {
        for (int i = prefix.length - 1; i >= 0; i--) {
            if (prefix[i] != (byte) 0xFF) {
                byte[] out = java.util.Arrays.copyOf(prefix, i + 1);
                out[i]++;
                return out;
            }
        }
        return null;
    }
}
