package org.borealis.sql.exec.op;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;

/**
 * Joins by nested loops over a materialised inner (right) side, for any {@link JoinKind}: output
 * rows are the outer columns followed by the inner ones, NULLs for the missing side of an
 * unmatched row. Unmatched inner rows of a RIGHT or FULL join come after all outer rows.
 */
public final class NestedLoopJoinOp implements Operator {

    private final JoinDetails explain = new JoinDetails();

    private final Operator outer;
    private final Operator inner;
    private final int outerWidth;
    private final int innerWidth;
    private final BoundExpr condition;
    private final JoinKind kind;
    private ExecContext ctx;
    private List<Object[]> innerRows;
    private BitSet innerMatched;
    private Object[] outerRow;
    private int innerPos;
    private boolean matched;
    private boolean outerDone;
    private int tailPos;

    /** Inner or left join (the form without the outer width). */
    public NestedLoopJoinOp(Operator outer, Operator inner, int innerWidth, BoundExpr condition, boolean left) {
        this(outer, inner, -1, innerWidth, condition, left ? JoinKind.LEFT : JoinKind.INNER);
    }

    public NestedLoopJoinOp(Operator outer, Operator inner, int outerWidth, int innerWidth, BoundExpr condition,
                            JoinKind kind) {
        this.outer = outer;
        this.inner = inner;
        this.outerWidth = outerWidth;
        this.innerWidth = innerWidth;
        this.condition = condition;
        this.kind = kind;
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
        innerMatched = kind.keepsRight() ? new BitSet(innerRows.size()) : null;
        outer.open(ctx);
        outerRow = null;
        outerDone = false;
        tailPos = 0;
    }

    @Override
    public Object[] next() {
        while (!outerDone) {
            if (outerRow == null) {
                Object[] o = outer.next();
                if (o == null) {
                    outerDone = true;
                    break;
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
                    if (innerMatched != null) {
                        innerMatched.set(innerPos - 1);
                    }
                    return joined;
                }
            }
            Object[] o = outerRow;
            outerRow = null;
            if (kind.keepsLeft() && !matched) {
                return concat(o, new Object[innerWidth]);
            }
        }
        if (innerMatched != null) {
            while (tailPos < innerRows.size()) {
                int i = tailPos++;
                if (!innerMatched.get(i)) {
                    return concat(new Object[outerWidth], innerRows.get(i));
                }
            }
        }
        return null;
    }

    static Object[] concat(Object[] a, Object[] b) {
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

    /**
     * The lines EXPLAIN prints under this join ({@code Hash Cond}, {@code Join Filter}), built by
     * {@code lines} only when EXPLAIN asks. Returns this.
     */
    public NestedLoopJoinOp explained(java.util.function.Supplier<java.util.List<String>> lines) {
        explain.set(lines);
        return this;
    }

    @Override
    public java.util.List<String> details() {
        return explain.get();
    }

    @Override
    public String describe() {
        return "Nested Loop" + (kind == JoinKind.INNER ? "" : kind == JoinKind.FULL ? " Full Join" : kind == JoinKind.LEFT ? " Left Join" : " Right Join");
    }

    @Override
    public java.util.List<Operator> inputs() {
        return java.util.List.of(outer, inner);
    }
}
