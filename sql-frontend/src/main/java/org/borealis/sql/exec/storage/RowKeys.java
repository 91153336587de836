package org.borealis.sql.exec.storage;

import org.borealis.sql.plan.TableMeta;
import org.borealis.sql.types.ByteSink;
import org.borealis.sql.types.KeyCodec;
import org.borealis.sql.types.PgType;

/** Builds index keys from rows: the memcomparable encoding of the index's columns in order. */
final class RowKeys {

    private RowKeys() {
    }

    static byte[] key(TableMeta.IndexMeta index, Object[] row, PgType[] types) {
        ByteSink out = new ByteSink(16);
        for (int c : index.columns()) {
            KeyCodec.encodeColumn(row[c], types[c], false, out);
        }
        return out.toByteArray();
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
        for (int c : index.columns()) {
            if (row[c] == null) {
                return true;
            }
        }
        return false;
    }
}
