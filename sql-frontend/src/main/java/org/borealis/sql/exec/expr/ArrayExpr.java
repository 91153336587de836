package org.borealis.sql.exec.expr;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.ArrayType;
import org.borealis.sql.types.PgArray;
import org.borealis.sql.types.PgType;

/** {@code ARRAY[a, b, ...]}: a one-dimensional array of the elements' common type. */
public final class ArrayExpr extends BoundExpr {

    private final List<BoundExpr> items;
    private final ArrayType type;

    public ArrayExpr(List<BoundExpr> items, ArrayType type) {
        this.items = items;
        this.type = type;
    }

    @Override
    public PgType type() {
        return type;
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        List<Object> out = new ArrayList<>(items.size());
        for (BoundExpr e : items) {
            out.add(e.eval(ctx, row));
        }
        return new PgArray(1, out);
    }

    @Override
    public boolean isConstant() {
        return items.stream().allMatch(BoundExpr::isConstant);
    }

    @Override
    public List<BoundExpr> children() {
        return items;
    }
}
