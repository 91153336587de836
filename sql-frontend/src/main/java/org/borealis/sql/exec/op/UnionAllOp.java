package org.borealis.sql.exec.op;

import org.borealis.sql.exec.ExecContext;

/** The rows of the left input, then those of the right (UNION ALL). */
public final class UnionAllOp implements Operator {

    private final Operator left;
    private final Operator right;
    private ExecContext ctx;
    private boolean onRight;

    public UnionAllOp(Operator left, Operator right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        onRight = false;
        left.open(ctx);
    }

    @Override
    public Object[] next() {
        if (!onRight) {
            Object[] r = left.next();
            if (r != null) {
                return r;
            }
            left.close();
            right.open(ctx);
            onRight = true;
        }
        return right.next();
    }

    @Override
    public void close() {
        if (onRight) {
            right.close();
        } else {
            left.close();
        }
    }

    @Override
    public String describe() {
        return "Append";
    }

    @Override
    public java.util.List<Operator> inputs() {
        return java.util.List.of(left, right);
    }
}
