package org.borealis.sql.exec.storage;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.plan.TableMeta;
import org.borealis.sql.types.ByteSink;
import org.borealis.sql.types.KeyCodec;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.TextFormat;

/**
 * Builds index keys from rows: the memcomparable encoding of the index's columns (or expressions)
 * in order. Index expressions are immutable, so they are evaluated in a context of their own.
 */
final class RowKeys {

    private RowKeys() {
    }

    private static ExecContext context() {
        return new ExecContext(new Object[0], TextFormat.DEFAULT, java.time.Instant.now(), null);
    }

    /** The value of key column {@code k} for {@code row}. */
    static Object value(TableMeta.IndexMeta index, int k, Object[] row) {
        int c = index.columns()[k];
        return c >= 0 ? row[c] : index.exprs()[k].eval(context(), row);
    }

    static PgType type(TableMeta.IndexMeta index, int k, PgType[] types) {
        int c = index.columns()[k];
        return c >= 0 ? types[c] : index.exprs()[k].type();
    }

    static byte[] key(TableMeta.IndexMeta index, Object[] row, PgType[] types) {
        ByteSink out = new ByteSink(16);
        for (int k = 0; k < index.columns().length; k++) {
            KeyCodec.encodeColumn(value(index, k, row), type(index, k, types), false, out);
        }
        return out.toByteArray();
    }

    /** Whether a partial index has an entry for {@code row} (its predicate is true); always for others. */
    static boolean covers(TableMeta.IndexMeta index, Object[] row) {
        return index.predicate() == null || Boolean.TRUE.equals(index.predicate().eval(context(), row));
    }

    /** Key of a stored row (for building an index over existing rows); null when a partial index leaves it out. */
    static byte[] keyOfStored(TableMeta.IndexMeta index, TableMeta t, byte[] data) {
        Object[] row = t.layout().decode(data);
        return covers(index, row) ? key(index, row, t.types()) : null;
    }

    /** Key of a stored row (for building an index over existing rows). */
    static byte[] keyOfStored(int[] columns, TableMeta t, byte[] data) {
        Object[] row = t.layout().decode(data);
        PgType[] types = t.types();
        ByteSink out = new ByteSink(16);
        for (int c : columns) {
            KeyCodec.encodeColumn(row[c], types[c], false, out);
        }
        return out.toByteArray();
    }

    /** Whether any key column is NULL (such rows never conflict in a unique index). */
    static boolean hasNull(TableMeta.IndexMeta index, Object[] row) {
        for (int k = 0; k < index.columns().length; k++) {
            if (value(index, k, row) == null) {
                return true;
            }
        }
        return false;
    }

    /** The key as PostgreSQL's unique violation detail names it: {@code (a, lower(b))}. */
    static String names(TableMeta t, TableMeta.IndexMeta index) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < index.columns().length; k++) {
            int c = index.columns()[k];
            sb.append(k > 0 ? ", " : "").append(c >= 0 ? t.columns().get(c).name() : index.exprTexts()[k]);
        }
        return sb.toString();
    }
}
