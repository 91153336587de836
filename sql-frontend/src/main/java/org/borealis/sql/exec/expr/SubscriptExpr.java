package org.borealis.sql.exec.expr;

import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgArray;
import org.borealis.sql.types.PgType;

/** {@code array[i]}: the element at a subscript, NULL when it is out of range or either side is NULL. */
public final class SubscriptExpr extends BoundExpr {

    private final BoundExpr array;
    private final BoundExpr index;
    private final PgType element;

    public SubscriptExpr(BoundExpr array, BoundExpr index, PgType element) {
        this.array = array;
        this.index = index;
        this.element = element;
    }

    @Override
    public PgType type() {
        return element;
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        Object a = array.eval(ctx, row);
        Object i = a == null ? null : index.eval(ctx, row);
        return i == null ? null : ((PgArray) a).at(((Number) i).longValue());
    }

    @Override
    public List<BoundExpr> children() {
        return List.of(array, index);
    }
}
