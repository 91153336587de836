package org.borealis.sql.types;

import java.nio.charset.StandardCharsets;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * Reads values back out of {@link KeyCodec} keys, for index-only scans. Only types whose key form
 * is the exact value decode: smallint, integer, bigint, boolean, text and varchar. Others lose
 * something in the key (numeric its scale, bpchar its padding, floats their -0, jsonb its text,
 * timestamps and dates their infinities' spelling) or were not needed yet; an index on such a
 * column cannot answer a query without the heap. Stateless.
 */
public final class KeyDecoder {

    private KeyDecoder() {
    }

    /** Whether values of {@code type} can be read back from their ascending key form. */
    public static boolean decodes(PgType type) {
        return type == Types.INT2 || type == Types.INT4 || type == Types.INT8 || type == Types.BOOL
                || type == Types.TEXT || type == Types.VARCHAR;
    }

    /**
     * Decodes the ascending key column that starts at {@code at[0]} of {@code key} and advances
     * {@code at[0]} past it; null for a NULL marker.
     */
    public static Object decodeColumn(byte[] key, int[] at, PgType type) {
        int p = at[0];
        need(key, p, 1);
        int marker = key[p++] & 0xFF;
        if (marker == KeyCodec.NULL) {
            at[0] = p;
            return null;
        }
        if (marker != KeyCodec.NOT_NULL) {
            throw corrupt();
        }
        Object v;
        if (type == Types.INT2) {
            need(key, p, 2);
            v = (short) ((((key[p] & 0xFF) << 8) | (key[p + 1] & 0xFF)) ^ 0x8000);
            p += 2;
        } else if (type == Types.INT4) {
            need(key, p, 4);
            v = (int) (long4(key, p) ^ 0x80000000L);
            p += 4;
        } else if (type == Types.INT8) {
            need(key, p, 8);
            v = ((long4(key, p) << 32) | long4(key, p + 4)) ^ Long.MIN_VALUE;
            p += 8;
        } else if (type == Types.BOOL) {
            need(key, p, 1);
            v = key[p++] != 0;
        } else if (type == Types.TEXT || type == Types.VARCHAR) {
            int end = p;
            while (end < key.length && key[end] != 0) {
                end++;
            }
            need(key, end, 1);
            v = new String(key, p, end - p, StandardCharsets.UTF_8);
            p = end + 1;
        } else {
            throw new IllegalArgumentException("keys of type " + type.typname() + " do not decode");
        }
        at[0] = p;
        return v;
    }

    private static long long4(byte[] b, int p) {
        return ((b[p] & 0xFFL) << 24) | ((b[p + 1] & 0xFFL) << 16) | ((b[p + 2] & 0xFFL) << 8) | (b[p + 3] & 0xFFL);
    }

    private static void need(byte[] key, int p, int n) {
        if (p + n > key.length) {
            throw corrupt();
        }
    }

    private static SqlException corrupt() {
        return new SqlException(SqlState.DATA_CORRUPTED, "index key does not decode");
    }
}
