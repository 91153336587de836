package org.borealis.sql.exec.expr;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/** {@code a IS [NOT] DISTINCT FROM b}: NULL-safe equality, never NULL. */
public final class DistinctExpr extends BoundExpr {

    private final BoundExpr left;
    private final BoundExpr right;
    private final PgType compareType;
    private final boolean negated;

    public DistinctExpr(BoundExpr left, BoundExpr right, PgType compareType, boolean negated) {
        this.left = left;
        this.right = right;
        this.compareType = compareType;
        this.negated = negated;
    }

    @Override
    public PgType type() {
        return Types.BOOL;
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        Object a = left.eval(ctx, row);
        Object b = right.eval(ctx, row);
        boolean distinct;
        if (a == null || b == null) {
            distinct = (a == null) != (b == null);
        } else {
            distinct = !compareType.equal(a, b);
        }
        return distinct != negated;
    }

    @Override
    public java.util.List<BoundExpr> children() {
        return java.util.List.of(left, right);
    }
}
