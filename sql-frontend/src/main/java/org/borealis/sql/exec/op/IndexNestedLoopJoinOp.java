package org.borealis.sql.exec.op;

import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;

/**
 * An inner join that runs its inner side once per outer row, as a parameterized scan: the inner
 * side (an index scan and its filter) reads the outer row through {@code OuterRef}s of level 1,
 * so each outer row costs one index probe instead of the inner table being read in full (a hash
 * join's build side). The outer row is visible as level 1 only while the inner side opens and
 * yields rows, never while a joined row travels up, so expressions above see the levels they
 * were bound with. Rows are the outer columns followed by the inner ones; {@code residual} (over
 * the joined row, or null) filters them.
 */
public final class IndexNestedLoopJoinOp implements Operator {

    private final JoinDetails explain = new JoinDetails();

    private final Operator outer;
    private final Operator inner;
    private final int outerWidth;
    private final int innerWidth;
    private final BoundExpr residual;
    private ExecContext ctx;
    private Object[] current;
    private boolean innerOpen;

    public IndexNestedLoopJoinOp(Operator outer, Operator inner, int outerWidth, int innerWidth, BoundExpr residual) {
        this.outer = outer;
        this.inner = inner;
        this.outerWidth = outerWidth;
        this.innerWidth = innerWidth;
        this.residual = residual;
    }

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        outer.open(ctx);
    }

    @Override
    public Object[] next() {
        while (true) {
            if (!innerOpen) {
                Object[] o = outer.next();
                if (o == null) {
                    return null;
                }
                current = o.clone(); // held while the inner side runs; the outer may reuse its array
                ctx.pushOuter(current);
                try {
                    inner.open(ctx);
                } finally {
                    ctx.popOuter();
                }
                innerOpen = true;
            }
            Object[] r;
            ctx.pushOuter(current);
            try {
                r = inner.next();
            } finally {
                ctx.popOuter();
            }
            if (r == null) {
                inner.close();
                innerOpen = false;
                continue;
            }
            Object[] row = new Object[outerWidth + innerWidth];
            System.arraycopy(current, 0, row, 0, outerWidth);
            System.arraycopy(r, 0, row, outerWidth, innerWidth);
            if (residual == null || Boolean.TRUE.equals(residual.eval(ctx, row))) {
                return row;
            }
        }
    }

    @Override
    public void close() {
        if (innerOpen) {
            inner.close();
            innerOpen = false;
        }
        outer.close();
    }

    /**
     * The lines EXPLAIN prints under this join ({@code Hash Cond}, {@code Join Filter}), built by
     * {@code lines} only when EXPLAIN asks. Returns this.
     */
    public IndexNestedLoopJoinOp explained(java.util.function.Supplier<java.util.List<String>> lines) {
        explain.set(lines);
        return this;
    }

    @Override
    public java.util.List<String> details() {
        return explain.get();
    }

    @Override
    public String describe() {
        return "Nested Loop";
    }

    @Override
    public List<Operator> inputs() {
        return List.of(outer, inner);
    }
}
