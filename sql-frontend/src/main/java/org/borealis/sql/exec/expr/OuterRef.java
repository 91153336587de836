package org.borealis.sql.exec.expr;

import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;

/**
 * A correlated reference: an expression over the row of an enclosing query, {@code levels}
 * subquery levels out, which {@link SubqueryExpr} makes visible while it runs. Constant for one
 * run of the subquery, so it may bound an index scan inside it.
 */
public final class OuterRef extends BoundExpr {

    private final int levels;
    private final BoundExpr inner;

    public OuterRef(int levels, BoundExpr inner) {
        this.levels = levels;
        this.inner = inner;
    }

    public int levels() {
        return levels;
    }

    public BoundExpr inner() {
        return inner;
    }

    @Override
    public PgType type() {
        return inner.type();
    }

    @Override
    public int typmod() {
        return inner.typmod();
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        return inner.eval(ctx, ctx.outer(levels));
    }

    @Override
    public List<BoundExpr> children() {
        return List.of();
    }
}
