package org.borealis.sql.exec.expr;

import java.math.BigDecimal;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.FloatType;
import org.borealis.sql.types.IntegerType;
import org.borealis.sql.types.NumericSpecial;
import org.borealis.sql.types.PgType;

/** Unary minus on a number. */
public final class NegateExpr extends BoundExpr {

    private final BoundExpr child;

    public NegateExpr(BoundExpr child) {
        this.child = child;
    }

    @Override
    public PgType type() {
        return child.type();
    }

    @Override
    public boolean isConstant() {
        return child.isConstant();
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        Object v = child.eval(ctx, row);
        if (v == null) {
            return null;
        }
        if (child.type() instanceof IntegerType it) {
            long l = ((Number) v).longValue();
            if (l == Long.MIN_VALUE) {
                throw it.outOfRange();
            }
            return it.box(-l);
        }
        if (v instanceof BigDecimal || v instanceof NumericSpecial) {
            return NumericArith.negate(v);
        }
        return ((FloatType) child.type()).box(-((Number) v).doubleValue());
    }

    @Override
    public java.util.List<BoundExpr> children() {
        return java.util.List.of(child);
    }
}
