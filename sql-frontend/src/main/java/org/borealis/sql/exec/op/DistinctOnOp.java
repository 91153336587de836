package org.borealis.sql.exec.op;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;

/**
 * DISTINCT ON over input sorted by its keys: keeps the first row of each run of rows whose key
 * columns (by position) are equal, NULLs equal to each other.
 */
public final class DistinctOnOp implements Operator {

    private final Operator input;
    private final int[] keyColumns;
    private final PgType[] keyTypes;
    private Object[] lastKey;

    public DistinctOnOp(Operator input, int[] keyColumns, PgType[] keyTypes) {
        this.input = input;
        this.keyColumns = keyColumns;
        this.keyTypes = keyTypes;
    }

    @Override
    public void open(ExecContext ctx) {
        input.open(ctx);
        lastKey = null;
    }

    @Override
    public Object[] next() {
        Object[] row;
        while ((row = input.next()) != null) {
            Object[] key = new Object[keyColumns.length];
            for (int i = 0; i < key.length; i++) {
                key[i] = row[keyColumns[i]];
            }
            if (lastKey == null || !same(lastKey, key)) {
                lastKey = key;
                return row;
            }
        }
        return null;
    }

    private boolean same(Object[] a, Object[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null || b[i] == null) {
                if (a[i] != b[i]) {
                    return false;
                }
            } else if (!keyTypes[i].equal(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        input.close();
    }

    @Override
    public String describe() {
        return "Unique";
    }

    @Override
    public java.util.List<Operator> inputs() {
        return java.util.List.of(input);
    }
}
