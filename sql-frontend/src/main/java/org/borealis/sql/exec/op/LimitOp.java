package org.borealis.sql.exec.op;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;

/** LIMIT / OFFSET; expressions are evaluated once at open (NULL limit = no limit). */
public final class LimitOp implements Operator {

    private final Operator input;
    private final BoundExpr limit;
    private final BoundExpr offset;
    private long remaining;
    private long skip;

    public LimitOp(Operator input, BoundExpr limit, BoundExpr offset) {
        this.input = input;
        this.limit = limit;
        this.offset = offset;
    }

    @Override
    public void open(ExecContext ctx) {
        remaining = Long.MAX_VALUE;
        skip = 0;
        Object[] empty = new Object[0];
        if (limit != null) {
            Object v = limit.eval(ctx, empty);
            if (v != null) {
                remaining = ((Number) v).longValue();
                if (remaining < 0) {
                    throw new SqlException(SqlState.INVALID_ROW_COUNT_IN_LIMIT_CLAUSE, "LIMIT must not be negative");
                }
            }
        }
        if (offset != null) {
            Object v = offset.eval(ctx, empty);
            if (v != null) {
                skip = ((Number) v).longValue();
                if (skip < 0) {
                    throw new SqlException(SqlState.INVALID_ROW_COUNT_IN_RESULT_OFFSET_CLAUSE, "OFFSET must not be negative");
                }
            }
        }
        input.open(ctx);
    }

    @Override
    public Object[] next() {
        if (remaining <= 0) {
            return null;
        }
        while (skip > 0) {
            if (input.next() == null) {
                return null;
            }
            skip--;
        }
        Object[] row = input.next();
        if (row != null) {
            remaining--;
        }
        return row;
    }

    @Override
    public void close() {
        input.close();
    }

    @Override
    public String describe() {
        return "Limit";
    }

    @Override
    public java.util.List<Operator> inputs() {
        return java.util.List.of(input);
    }
}
