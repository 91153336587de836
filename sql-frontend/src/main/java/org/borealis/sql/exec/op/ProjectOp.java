package org.borealis.sql.exec.op;

import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;

/** Computes the output expressions of each input row. */
public final class ProjectOp implements Operator {

    private final Operator input;
    private final List<BoundExpr> exprs;
    private ExecContext ctx;

    public ProjectOp(Operator input, List<BoundExpr> exprs) {
        this.input = input;
        this.exprs = exprs;
    }

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        input.open(ctx);
    }

    @Override
    public Object[] next() {
        Object[] row = input.next();
        if (row == null) {
            return null;
        }
        org.borealis.sql.exec.FaultPoint.PROJECT_ROW.hit();
        Object[] out = new Object[exprs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = exprs.get(i).eval(ctx, row);
        }
        return out;
    }

    @Override
    public void close() {
        input.close();
    }

    @Override
    public String describe() {
        return null;
    }

    @Override
    public java.util.List<Operator> inputs() {
        return java.util.List.of(input);
    }
}
