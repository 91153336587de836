package org.borealis.sql.exec.op;

import java.util.List;

import org.borealis.sql.exec.ExecContext;

/** A set-returning function as a FROM item, optionally WITH ORDINALITY (a trailing bigint row number). */
public final class FunctionScanOp implements Operator {

    private final SetFunction function;
    private final boolean ordinality;
    private List<Object[]> rows;
    private int next;

    public FunctionScanOp(SetFunction function, boolean ordinality) {
        this.function = function;
        this.ordinality = ordinality;
    }

    @Override
    public void open(ExecContext ctx) {
        rows = function.eval(ctx, new Object[0]);
        next = 0;
    }

    @Override
    public Object[] next() {
        if (rows == null || next == rows.size()) {
            return null;
        }
        Object[] r = rows.get(next++);
        if (!ordinality) {
            return r.clone();
        }
        Object[] out = java.util.Arrays.copyOf(r, r.length + 1);
        out[r.length] = (long) next;
        return out;
    }

    @Override
    public void close() {
        rows = null;
    }
}
