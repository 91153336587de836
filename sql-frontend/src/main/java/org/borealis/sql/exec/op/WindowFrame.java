package org.borealis.sql.exec.op;

import java.math.BigDecimal;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.NumericArith;
import org.borealis.sql.types.FloatType;
import org.borealis.sql.types.PgType;

/**
 * An explicit window frame ({@code ROWS | RANGE | GROUPS BETWEEN start AND end [EXCLUDE ...]}):
 * for one row of a sorted partition, the positions its frame spans and the ones it excludes, as
 * PostgreSQL defines them (RANGE offsets over the single ORDER BY key, numeric or float; GROUPS
 * counting peer groups). Offsets are evaluated once per partition row set; a NULL or negative
 * offset is an error.
 */
public record WindowFrame(Mode mode, Bound start, Bound end, Exclusion exclusion) {

    /** Frame units. */
    public enum Mode { ROWS, RANGE, GROUPS }

    /** What the frame leaves out. */
    public enum Exclusion { NO_OTHERS, CURRENT_ROW, GROUP, TIES }

    /** Bound kinds, in frame order. */
    public enum Kind { UNBOUNDED_PRECEDING, PRECEDING, CURRENT_ROW, FOLLOWING, UNBOUNDED_FOLLOWING }

    /** One end; {@code offset} is set for PRECEDING and FOLLOWING. */
    public record Bound(Kind kind, BoundExpr offset) {
    }

    /** Whether the frame only ever grows at its end (start unbounded, nothing excluded). */
    public boolean growing() {
        return start.kind == Kind.UNBOUNDED_PRECEDING && exclusion == Exclusion.NO_OTHERS;
    }

    /**
     * The frame of row {@code i} as {@code [from, to)} over partition positions.
     *
     * @param peerStart first position of each row's peer group
     * @param peerEnd one past the last position of each row's peer group
     * @param group peer-group number of each row (0-based)
     * @param groupStart first position of each group number
     * @param keys the single ORDER BY key of each position (RANGE with an offset), else null
     */
    public int[] bounds(ExecContext ctx, Object[] row, int i, int size, int[] peerStart, int[] peerEnd, int[] group,
                        int[] groupStart, int groups, Object[] keys, SortOp.Key key) {
        int from = bound(ctx, row, start, true, i, size, peerStart, peerEnd, group, groupStart, groups, keys, key);
        int to = bound(ctx, row, end, false, i, size, peerStart, peerEnd, group, groupStart, groups, keys, key);
        return new int[] {Math.max(0, from), Math.min(size, Math.max(to, 0))};
    }

    /** Whether position {@code j} is excluded from row {@code i}'s frame. */
    public boolean excluded(int i, int j, int[] peerStart) {
        return switch (exclusion) {
            case NO_OTHERS -> false;
            case CURRENT_ROW -> j == i;
            case GROUP -> peerStart[j] == peerStart[i];
            case TIES -> j != i && peerStart[j] == peerStart[i];
        };
    }

    private int bound(ExecContext ctx, Object[] row, Bound b, boolean isStart, int i, int size, int[] peerStart,
                      int[] peerEnd, int[] group, int[] groupStart, int groups, Object[] keys, SortOp.Key key) {
        switch (b.kind) {
            case UNBOUNDED_PRECEDING:
                return 0;
            case UNBOUNDED_FOLLOWING:
                return size;
            case CURRENT_ROW:
                if (mode == Mode.ROWS) {
                    return isStart ? i : i + 1;
                }
                return isStart ? peerStart[i] : peerEnd[i];
            default:
                break;
        }
        int sign = b.kind == Kind.PRECEDING ? -1 : 1;
        Object off = b.offset.eval(ctx, row);
        if (off == null) {
            throw new SqlException(SqlState.NULL_VALUE_NOT_ALLOWED, "frame " + (isStart ? "starting" : "ending")
                    + " offset must not be null");
        }
        if (mode != Mode.RANGE) {
            long n = ((Number) off).longValue();
            if (n < 0) {
                throw new SqlException(SqlState.INVALID_PRECEDING_OR_FOLLOWING_SIZE, "frame " + (isStart ? "starting" : "ending")
                        + " offset must not be negative");
            }
            if (mode == Mode.ROWS) {
                long p = i + sign * n + (isStart ? 0 : 1);
                return (int) Math.max(-1, Math.min(size + 1L, p));
            }
            long g = group[i] + sign * n;
            if (g < 0) {
                return isStart ? 0 : 0;
            }
            if (g >= groups) {
                return size;
            }
            return isStart ? groupStart[(int) g] : (g + 1 < groups ? groupStart[(int) g + 1] : size);
        }
        if (signum(off) < 0) {
            throw new SqlException(SqlState.INVALID_PRECEDING_OR_FOLLOWING_SIZE,
                    "invalid preceding or following size in window function");
        }
        Object x = keys[i];
        if (x == null) {
            return isStart ? peerStart[i] : peerEnd[i]; // a NULL key's frame is its NULL peers
        }
        // the bound value, moved towards the frame's direction in sort order
        Object target = add(x, off, key.descending() ? -sign : sign, key.expr().type());
        PgType t = key.expr().type();
        if (isStart) {
            for (int j = 0; j < size; j++) {
                if (keys[j] != null && cmp(t, key, keys[j], target) >= 0) {
                    return j;
                }
            }
            return size;
        }
        int last = -1;
        for (int j = 0; j < size; j++) {
            if (keys[j] != null && cmp(t, key, keys[j], target) <= 0) {
                last = j;
            }
        }
        return last + 1;
    }

    /** Compares in sort order (descending keys reversed); integer keys against a numeric bound. */
    private static int cmp(PgType t, SortOp.Key key, Object a, Object b) {
        int c;
        if (t instanceof org.borealis.sql.types.IntegerType) {
            c = BigDecimal.valueOf(((Number) a).longValue()).compareTo((BigDecimal) b);
        } else {
            c = t.compare(a, b);
        }
        return key.descending() ? -c : c;
    }

    private static int signum(Object v) {
        if (v instanceof BigDecimal d) {
            return d.signum();
        }
        return (int) Math.signum(((Number) v).doubleValue());
    }

    private static Object add(Object x, Object off, int sign, PgType t) {
        if (t instanceof FloatType ft) {
            return ((Number) x).doubleValue() + sign * ((Number) off).doubleValue();
        }
        Object a = x instanceof Number n && !(x instanceof BigDecimal) ? BigDecimal.valueOf(n.longValue()) : x;
        Object b = off instanceof Number n && !(off instanceof BigDecimal) ? BigDecimal.valueOf(n.longValue()) : off;
        return sign < 0 ? NumericArith.subtract(a, b) : NumericArith.add(a, b);
    }

    /** Whether RANGE with an offset supports this ORDER BY key type. */
    public static boolean rangeOffsetKey(PgType t) {
        return t instanceof FloatType || t instanceof org.borealis.sql.types.IntegerType || t == org.borealis.sql.types.Types.NUMERIC;
    }
}
