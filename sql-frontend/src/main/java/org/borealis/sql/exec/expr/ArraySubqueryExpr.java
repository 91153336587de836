package org.borealis.sql.exec.expr;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.types.ArrayType;
import org.borealis.sql.types.PgArray;
import org.borealis.sql.types.PgType;

/**
 * {@code ARRAY(subquery)}: runs the subquery (with the current row as its outer row, so it may be
 * correlated) and collects its single column into an array; no rows give an empty array.
 */
public final class ArraySubqueryExpr extends BoundExpr {

    private final Operator plan;
    private final ArrayType type;

    public ArraySubqueryExpr(Operator plan, ArrayType type) {
        this.plan = plan;
        this.type = type;
    }

    @Override
    public PgType type() {
        return type;
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        ctx.pushOuter(row);
        plan.open(ctx);
        try {
            List<Object> items = new ArrayList<>();
            Object[] r;
            while ((r = plan.next()) != null) {
                items.add(r[0]);
            }
            return new PgArray(1, items);
        } finally {
            plan.close();
            ctx.popOuter();
        }
    }
}
