package org.borealis.sql.exec.expr;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;

/**
 * {@code $n}. Its type comes from the shared parameter-type table, which inference fills while
 * the statement is bound; values arrive already converted to that type.
 */
public final class ParamRef extends BoundExpr {

    private final int index;
    private final PgType[] types;

    /** @param index 0-based */
    public ParamRef(int index, PgType[] types) {
        this.index = index;
        this.types = types;
    }

    public int index() {
        return index;
    }

    @Override
    public PgType type() {
        return types[index];
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        return ctx.param(index);
    }

    @Override
    public java.util.List<BoundExpr> children() {
        return java.util.List.of();
    }
}
