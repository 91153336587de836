package org.borealis.sql.exec.op;

import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;

/** VALUES rows, each expression evaluated when its row is produced. */
public final class ValuesOp implements Operator {

    private final List<List<BoundExpr>> rows;
    private ExecContext ctx;
    private int next;

    public ValuesOp(List<List<BoundExpr>> rows) {
        this.rows = rows;
    }

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        next = 0;
    }

    @Override
    public Object[] next() {
        if (next == rows.size()) {
            return null;
        }
        ctx.checkCancel();
        List<BoundExpr> r = rows.get(next++);
        Object[] out = new Object[r.size()];
        Object[] empty = new Object[0];
        for (int i = 0; i < out.length; i++) {
            out[i] = r.get(i).eval(ctx, empty);
        }
        return out;
    }

    @Override
    public void close() {
    }

    @Override
    public String describe() {
        return "Values Scan";
    }
}
