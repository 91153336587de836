package org.borealis.sql.engine;

/**
 * A range of index keys. A null bound is open. A key is compared with a bound on its first
 * bound-length bytes only, so a bound that encodes the leading columns of a composite key
 * selects by those columns: {@code (a) > 1} excludes every key starting with the encoding of 1.
 * For bounds as long as the keys this is plain unsigned-byte order.
 *
 * @param low           lower bound or null
 * @param lowInclusive  whether keys equal to {@code low} are in
 * @param high          upper bound or null
 * @param highInclusive whether keys equal to {@code high} are in
 */
public record KeyRange(byte[] low, boolean lowInclusive, byte[] high, boolean highInclusive) {

    public static KeyRange all() {
        return new KeyRange(null, true, null, true);
    }

    /** Keys equal to {@code key}. */
    public static KeyRange exactly(byte[] key) {
        return new KeyRange(key, true, key, true);
    }

    /** Keys that start with {@code prefix} (the prefix compared, inclusive at both ends). */
    public static KeyRange prefix(byte[] prefix) {
        return new KeyRange(prefix, true, prefix, true);
    }
}
