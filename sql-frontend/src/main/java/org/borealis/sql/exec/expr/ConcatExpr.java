package org.borealis.sql.exec.expr;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/** {@code a || b} on strings (operands already converted to text); NULL if either is. */
public final class ConcatExpr extends BoundExpr {

    private final BoundExpr left;
    private final BoundExpr right;

    public ConcatExpr(BoundExpr left, BoundExpr right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public PgType type() {
        return Types.TEXT;
    }

    @Override
    public boolean isConstant() {
        return left.isConstant() && right.isConstant();
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        Object a = left.eval(ctx, row);
        Object b = right.eval(ctx, row);
        if (a == null || b == null) {
            return null;
        }
        return (String) a + (String) b;
    }

    @Override
    public java.util.List<BoundExpr> children() {
        return java.util.List.of(left, right);
    }
}
