package org.borealis.sql.exec.expr;

import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/** {@code x [NOT] IN (a, b, ...)} with SQL NULL semantics. */
public final class InListExpr extends BoundExpr {

    private final BoundExpr operand;
    private final List<BoundExpr> list;
    private final PgType compareType;
    private final boolean negated;

    public InListExpr(BoundExpr operand, List<BoundExpr> list, PgType compareType, boolean negated) {
        this.operand = operand;
        this.list = list;
        this.compareType = compareType;
        this.negated = negated;
    }

    public BoundExpr operand() {
        return operand;
    }

    public List<BoundExpr> list() {
        return list;
    }

    public boolean negated() {
        return negated;
    }

    public PgType compareType() {
        return compareType;
    }

    @Override
    public PgType type() {
        return Types.BOOL;
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        Object v = operand.eval(ctx, row);
        if (v == null) {
            return null;
        }
        boolean sawNull = false;
        for (BoundExpr e : list) {
            Object w = e.eval(ctx, row);
            if (w == null) {
                sawNull = true;
            } else if (compareType.equal(v, w)) {
                return !negated;
            }
        }
        return sawNull ? null : negated;
    }

    @Override
    public java.util.List<BoundExpr> children() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(operand), list.stream()).toList();
    }
}
