package org.borealis.sql.exec.op;

import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;

/** LIMIT / OFFSET and FETCH FIRST [WITH TIES]; expressions are evaluated once at open (NULL limit = no limit). */
public final class LimitOp implements Operator {

    private final Operator input;
    private final BoundExpr limit;
    private final BoundExpr offset;
    private final List<SortOp.Key> tieKeys;
    private ExecContext ctx;
    private long remaining;
    private long skip;
    private Object[] last;

    public LimitOp(Operator input, BoundExpr limit, BoundExpr offset) {
        this(input, limit, offset, List.of());
    }

    /**
     * With {@code tieKeys} (FETCH FIRST ... WITH TIES), rows past the count are still returned while
     * they sort equal to the last counted row on those keys.
     */
    public LimitOp(Operator input, BoundExpr limit, BoundExpr offset, List<SortOp.Key> tieKeys) {
        this.input = input;
        this.limit = limit;
        this.offset = offset;
        this.tieKeys = tieKeys;
    }

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        remaining = Long.MAX_VALUE;
        skip = 0;
        last = null;
        Object[] empty = new Object[0];
        if (limit != null) {
            Object v = limit.eval(ctx, empty);
            if (v == null && !tieKeys.isEmpty()) {
                throw new SqlException(SqlState.INVALID_ROW_COUNT_IN_LIMIT_CLAUSE, "row count cannot be null in FETCH FIRST ... WITH TIES clause");
            }
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
            if (last == null || tieKeys.isEmpty()) {
                return null;
            }
            Object[] row = input.next();
            if (row == null || !ties(row, last)) {
                last = null;
                return null;
            }
            return row;
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
            last = row;
        }
        return row;
    }

    private boolean ties(Object[] a, Object[] b) {
        for (SortOp.Key k : tieKeys) {
            if (SortOp.compare(k, k.expr().eval(ctx, a), k.expr().eval(ctx, b)) != 0) {
                return false;
            }
        }
        return true;
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
