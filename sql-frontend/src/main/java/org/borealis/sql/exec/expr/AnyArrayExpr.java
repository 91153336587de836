package org.borealis.sql.exec.expr;

import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgArray;
import org.borealis.sql.types.PgType;

/**
 * {@code x op ANY (array)} and {@code x op ALL (array)} with SQL's three-valued logic: ANY is true
 * when some element compares true, else NULL when x or an element is NULL, else false (ALL dually).
 */
public final class AnyArrayExpr extends BoundExpr {

    private final CompareExpr.Op op;
    private final boolean all;
    private final BoundExpr left;
    private final BoundExpr array;
    private final PgType compareType;

    public AnyArrayExpr(CompareExpr.Op op, boolean all, BoundExpr left, BoundExpr array, PgType compareType) {
        this.op = op;
        this.all = all;
        this.left = left;
        this.array = array;
        this.compareType = compareType;
    }

    public CompareExpr.Op op() {
        return op;
    }

    /** ALL rather than ANY. */
    public boolean all() {
        return all;
    }

    public BoundExpr left() {
        return left;
    }

    public BoundExpr array() {
        return array;
    }

    public PgType compareType() {
        return compareType;
    }

    @Override
    public PgType type() {
        return org.borealis.sql.types.Types.BOOL;
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        Object a = array.eval(ctx, row);
        if (a == null) {
            return null;
        }
        PgArray arr = (PgArray) a;
        if (arr.size() == 0) {
            return all;
        }
        Object x = left.eval(ctx, row);
        boolean sawNull = x == null;
        if (x != null) {
            for (Object e : arr.items()) {
                if (e == null) {
                    sawNull = true;
                } else if (op.test(compareType.compare(x, e)) != all) {
                    return !all;
                }
            }
        }
        return sawNull ? null : all;
    }

    @Override
    public List<BoundExpr> children() {
        return List.of(left, array);
    }
}
