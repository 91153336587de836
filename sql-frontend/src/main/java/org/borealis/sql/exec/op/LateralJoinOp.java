package org.borealis.sql.exec.op;

import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;

/**
 * A LATERAL join: for each row of the left input the right input (planned with the left's columns
 * as correlated references, {@link org.borealis.sql.exec.expr.OuterRef} one level out) is run
 * again from the start, as a correlated subquery is. Output rows are the left columns followed by
 * the right ones; a LEFT join gives a left row without matches once, with NULLs. The left row is
 * visible to the right input only while the right input is being opened or read, so expressions
 * above this node see the enclosing queries' rows as they were planned.
 */
public final class LateralJoinOp implements Operator {

    private final Operator left;
    private final Operator right;
    private final int rightWidth;
    private final BoundExpr condition;
    private final boolean leftJoin;
    private ExecContext ctx;
    private Object[] leftRow;
    private boolean matched;

    public LateralJoinOp(Operator left, Operator right, int rightWidth, BoundExpr condition, boolean leftJoin) {
        this.left = left;
        this.right = right;
        this.rightWidth = rightWidth;
        this.condition = condition;
        this.leftJoin = leftJoin;
    }

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        leftRow = null;
        left.open(ctx);
    }

    @Override
    public Object[] next() {
        while (true) {
            if (leftRow == null) {
                Object[] l = left.next();
                if (l == null) {
                    return null;
                }
                leftRow = l.clone();
                matched = false;
                ctx.pushOuter(leftRow);
                try {
                    right.open(ctx);
                } finally {
                    ctx.popOuter();
                }
            }
            Object[] r;
            ctx.pushOuter(leftRow);
            try {
                ctx.checkCancel();
                r = right.next();
            } finally {
                ctx.popOuter();
            }
            if (r != null) {
                Object[] joined = concat(leftRow, r);
                if (condition == null || Boolean.TRUE.equals(condition.eval(ctx, joined))) {
                    matched = true;
                    return joined;
                }
                continue;
            }
            closeRight();
            Object[] l = leftRow;
            leftRow = null;
            if (leftJoin && !matched) {
                return concat(l, new Object[rightWidth]);
            }
        }
    }

    private Object[] concat(Object[] l, Object[] r) {
        Object[] out = new Object[l.length + rightWidth];
        System.arraycopy(l, 0, out, 0, l.length);
        System.arraycopy(r, 0, out, l.length, Math.min(rightWidth, r.length));
        return out;
    }

    private void closeRight() {
        ctx.pushOuter(leftRow);
        try {
            right.close();
        } finally {
            ctx.popOuter();
        }
    }

    @Override
    public void close() {
        if (leftRow != null) {
            closeRight();
            leftRow = null;
        }
        left.close();
    }

    @Override
    public String describe() {
        return "Nested Loop" + (leftJoin ? " Left Join" : "");
    }

    @Override
    public List<Operator> inputs() {
        return List.of(left, right);
    }
}
