package org.borealis.sql.exec.op;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;

/**
 * Inner, cross and left joins by nested loops over a materialised inner side; output rows are
 * the outer columns followed by the inner ones (NULLs for an unmatched LEFT row).
 */
public final class NestedLoopJoinOp implements Operator {

    private final Operator outer;
    private final Operator inner;
    private final int innerWidth;
    private final BoundExpr condition;
    private final boolean left;
    private ExecContext ctx;
    private List<Object[]> innerRows;
    private Object[] outerRow;
    private int innerPos;
    private boolean matched;

    public NestedLoopJoinOp(Operator outer, Operator inner, int innerWidth, BoundExpr condition, boolean left) {
        this.outer = outer;
        this.inner = inner;
        this.innerWidth = innerWidth;
        this.condition = condition;
        this.left = left;
    }

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        inner.open(ctx);
        innerRows = new ArrayList<>();
        Object[] r;
        while ((r = inner.next()) != null) {
            innerRows.add(r.clone());
        }
        inner.close();
        outer.open(ctx);
        outerRow = null;
    }

    @Override
    public Object[] next() {
        while (true) {
            if (outerRow == null) {
                Object[] o = outer.next();
                if (o == null) {
                    return null;
                }
                outerRow = o.clone();
                innerPos = 0;
                matched = false;
            }
            while (innerPos < innerRows.size()) {
                ctx.checkCancel();
                Object[] joined = concat(outerRow, innerRows.get(innerPos++));
                if (condition == null || Boolean.TRUE.equals(condition.eval(ctx, joined))) {
                    matched = true;
                    return joined;
                }
            }
            Object[] o = outerRow;
            outerRow = null;
            if (left && !matched) {
                return concat(o, new Object[innerWidth]);
            }
        }
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] out = new Object[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Override
    public void close() {
        outer.close();
        innerRows = null;
    }
}
