package org.borealis.sql.exec.expr;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * {@code (a, b) < (c, d)} and the other ordering operators on row constructors, as PostgreSQL's
 * RowCompareExpr: fields compare left to right; the first pair that is not equal decides, and a
 * NULL in a pair reached before that makes the result NULL. ({@code =} and {@code <>} are
 * AND/OR of the pairwise comparisons instead, built by the binder.)
 */
public final class RowCompareExpr extends BoundExpr {

    private final CompareExpr.Op op;
    private final List<BoundExpr> left;
    private final List<BoundExpr> right;
    private final List<PgType> types;

    public RowCompareExpr(CompareExpr.Op op, List<BoundExpr> left, List<BoundExpr> right, List<PgType> types) {
        this.op = op;
        this.left = List.copyOf(left);
        this.right = List.copyOf(right);
        this.types = List.copyOf(types);
    }

    @Override
    public PgType type() {
        return Types.BOOL;
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        int c = 0;
        for (int i = 0; i < left.size() && c == 0; i++) {
            Object l = left.get(i).eval(ctx, row);
            Object r = right.get(i).eval(ctx, row);
            if (l == null || r == null) {
                return null;
            }
            c = types.get(i).compare(l, r);
        }
        return op.test(c);
    }

    @Override
    public List<BoundExpr> children() {
        List<BoundExpr> all = new ArrayList<>(left);
        all.addAll(right);
        return all;
    }
}
