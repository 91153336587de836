package org.borealis.sql.exec.op;

import java.util.Arrays;

import org.borealis.sql.types.ByteSink;
import org.borealis.sql.types.KeyCodec;
import org.borealis.sql.types.PgType;

/**
 * Some columns of a row as a hash key: their order-preserving key encoding, so values equal for
 * their type (1.0 and 1.00, 'a' and 'a ' as bpchar) are equal keys and NULL equals NULL (as
 * grouping, DISTINCT and set operations want).
 */
public final class RowKey {

    private final byte[] bytes;
    private final int hash;

    private RowKey(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    /** The key of the first {@code types.length} columns of {@code row}. */
    public static RowKey of(Object[] row, PgType[] types) {
        ByteSink k = new ByteSink(32);
        for (int i = 0; i < types.length; i++) {
            KeyCodec.encodeColumn(row[i], types[i], false, k);
        }
        return new RowKey(k.toByteArray());
    }

    /** The key of the given values. */
    public static RowKey ofValues(Object[] values, PgType[] types) {
        return of(values, types);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowKey k && k.hash == hash && Arrays.equals(k.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
