package org.borealis.sql.exec.op;

import java.math.BigDecimal;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.types.IntegerType;
import org.borealis.sql.types.NumericType;
import org.borealis.sql.types.PgType;

/** {@code generate_series(start, stop [, step])} over integers or numeric, as a FROM item. */
public final class GenerateSeriesOp implements Operator {

    private final BoundExpr start;
    private final BoundExpr stop;
    private final BoundExpr step;
    private final PgType type;
    private ExecContext ctx;
    private BigDecimal cur;
    private BigDecimal end;
    private BigDecimal inc;

    public GenerateSeriesOp(BoundExpr start, BoundExpr stop, BoundExpr step, PgType type) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.type = type;
    }

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        Object[] empty = new Object[0];
        Object a = start.eval(ctx, empty);
        Object b = stop.eval(ctx, empty);
        Object c = step == null ? 1 : step.eval(ctx, empty);
        if (a == null || b == null || c == null) {
            cur = null;
            return;
        }
        cur = toDecimal(a, "start value");
        end = toDecimal(b, "stop value");
        inc = toDecimal(c, "step size");
        if (inc.signum() == 0) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "step size cannot equal zero");
        }
    }

    private static BigDecimal toDecimal(Object v, String what) {
        return v instanceof Integer || v instanceof Long || v instanceof Short
                ? BigDecimal.valueOf(((Number) v).longValue()) : NumericType.finite(v, what);
    }

    @Override
    public Object[] next() {
        if (cur == null || (inc.signum() > 0 ? cur.compareTo(end) > 0 : cur.compareTo(end) < 0)) {
            return null;
        }
        ctx.checkCancel();
        Object v = type instanceof IntegerType it ? it.box(cur.longValue()) : cur;
        cur = cur.add(inc);
        return new Object[] {v};
    }

    @Override
    public void close() {
    }

    @Override
    public String describe() {
        return "Function Scan on generate_series";
    }
}
