package org.borealis.sql.types;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * The row format: the opaque data part of a heap tuple, owned by the SQL layer.
 *
 * <pre>
 *   varint  ncols
 *   byte[]  null bitmap, ceil(ncols / 8) bytes, bit i set = column i is NULL
 *   per non-null column, in order:
 *     fixed-width type (typlen &gt; 0): its binary form, exactly typlen bytes
 *     variable width:                  varint length, then its binary form
 * </pre>
 *
 * A row with fewer columns than its table (written before ADD COLUMN) reads the missing ones as
 * NULL. Documented in {@code docs/formats/row.md}. Stateless.
 */
public final class RowCodec {

    private RowCodec() {
    }

    public static byte[] encode(Object[] values, PgType[] types) {
        ByteSink out = new ByteSink(16 + values.length * 8);
        encode(values, types, out);
        return out.toByteArray();
    }

    public static void encode(Object[] values, PgType[] types, ByteSink out) {
        int n = values.length;
        out.putVarint(n);
        int bitmap = out.length();
        for (int i = 0; i < (n + 7) / 8; i++) {
            out.put(0);
        }
        ByteSink scratch = null;
        for (int i = 0; i < n; i++) {
            Object v = values[i];
            if (v == null) {
                out.set(bitmap + i / 8, out.get(bitmap + i / 8) | (1 << (i % 8)));
                continue;
            }
            PgType t = types[i];
            if (t.typlen() > 0) {
                t.writeBinary(v, out);
            } else {
                if (scratch == null) {
                    scratch = new ByteSink(32);
                }
                scratch.reset();
                t.writeBinary(v, scratch);
                out.putVarint(scratch.length());
                out.put(scratch.array(), 0, scratch.length());
            }
        }
    }

    public static Object[] decode(byte[] data, PgType[] types) {
        return decode(data, 0, data.length, types);
    }

    public static Object[] decode(byte[] data, int off, int len, PgType[] types) {
        return decode(data, off, len, types, null);
    }

    /**
     * The row's values, reading only the columns {@code wanted} marks (by stored position; null
     * reads all; columns at or past its length are not read): the others are stepped over and
     * left NULL.
     */
    public static Object[] decode(byte[] data, int off, int len, PgType[] types, boolean[] wanted) {
        ByteSource in = new ByteSource(data, off, len, SqlState.DATA_CORRUPTED);
        int n = in.getVarint();
        if (n > types.length) {
            throw new SqlException(SqlState.DATA_CORRUPTED,
                    "stored row has " + n + " columns, its table " + types.length);
        }
        int bitmap = in.position();
        in.skip((n + 7) / 8);
        Object[] out = new Object[types.length];
        if (wanted != null) {
            n = Math.min(n, wanted.length); // nothing past the last wanted column is read
        }
        for (int i = 0; i < n; i++) {
            if ((data[bitmap + i / 8] & (1 << (i % 8))) != 0) {
                continue;
            }
            PgType t = types[i];
            int w = t.typlen() > 0 ? t.typlen() : in.getVarint();
            if (wanted != null && !wanted[i]) {
                in.skip(w);
                continue;
            }
            ByteSource field = new ByteSource(data, in.position(), w, SqlState.DATA_CORRUPTED);
            in.skip(w);
            out[i] = t.readBinary(field);
        }
        return out;
    }
}
