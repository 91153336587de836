package org.borealis.sql.exec.op;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;

/** Passes the rows for which a condition is true (not false, not NULL). */
public final class FilterOp implements Operator {

    private final Operator input;
    private final BoundExpr condition;
    private ExecContext ctx;

    public FilterOp(Operator input, BoundExpr condition) {
        this.input = input;
        this.condition = condition;
    }

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        input.open(ctx);
    }

    @Override
    public Object[] next() {
        Object[] row;
        while ((row = input.next()) != null) {
            if (Boolean.TRUE.equals(condition.eval(ctx, row))) {
                return row;
            }
        }
        return null;
    }

    @Override
    public void close() {
        input.close();
    }

    @Override
    public String describe() {
        return "Filter";
    }

    @Override
    public java.util.List<Operator> inputs() {
        return java.util.List.of(input);
    }
}
