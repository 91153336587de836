package org.borealis.sql.exec.op;

import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.AggregateCall;

/**
 * One partition of a window call whose value depends on a frame: an aggregate, first_value,
 * last_value or nth_value over the rows of each row's {@link WindowFrame} (minus its exclusions).
 * A frame that only grows at its end feeds one running aggregate; others aggregate each row's
 * frame afresh.
 */
final class FramedWindow {

    /** RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW. */
    static final WindowFrame DEFAULT = new WindowFrame(WindowFrame.Mode.RANGE,
            new WindowFrame.Bound(WindowFrame.Kind.UNBOUNDED_PRECEDING, null),
            new WindowFrame.Bound(WindowFrame.Kind.CURRENT_ROW, null), WindowFrame.Exclusion.NO_OTHERS);

    private final ExecContext ctx;
    private final WindowCall call;
    private final List<Object[]> rows;
    private final Integer[] order;
    private final int start;
    private final int size;
    private final int[] peerStart;
    private final int[] peerEnd;
    private final WindowFrame frame;

    FramedWindow(ExecContext ctx, WindowCall call, List<Object[]> rows, Integer[] order, int start, int size,
                 int[] peerStart, int[] peerEnd, WindowFrame frame) {
        this.ctx = ctx;
        this.call = call;
        this.rows = rows;
        this.order = order;
        this.start = start;
        this.size = size;
        this.peerStart = peerStart;
        this.peerEnd = peerEnd;
        this.frame = frame;
    }

    private Object[] row(int position) {
        return rows.get(order[start + position]);
    }

    void fill(Object[] result) {
        int[] group = new int[size];
        int[] groupStart = new int[size];
        int groups = 0;
        for (int i = 0; i < size; i++) {
            if (i == 0 || peerStart[i] != peerStart[i - 1]) {
                groupStart[groups++] = i;
            }
            group[i] = groups - 1;
        }
        Object[] keys = null;
        SortOp.Key key = null;
        if (!call.orderBy().isEmpty()) {
            key = call.orderBy().get(0);
            keys = new Object[size];
            for (int i = 0; i < size; i++) {
                keys[i] = key.expr().eval(ctx, row(i));
            }
        }
        AggregateCall agg = call.aggregate();
        AggregateCall.Accumulator running = agg != null && frame.growing() ? agg.newAccumulator() : null;
        int added = 0;
        for (int i = 0; i < size; i++) {
            ctx.checkCancel();
            Object[] cur = row(i);
            int[] b = frame.bounds(ctx, cur, i, size, peerStart, peerEnd, group, groupStart, groups, keys, key);
            Object v;
            if (running != null) {
                while (added < b[1]) {
                    add(running, row(added++));
                }
                v = running.result();
            } else if (agg != null) {
                AggregateCall.Accumulator acc = agg.newAccumulator();
                for (int j = b[0]; j < b[1]; j++) {
                    if (!frame.excluded(i, j, peerStart)) {
                        add(acc, row(j));
                    }
                }
                v = acc.result();
            } else {
                v = pick(cur, i, b);
            }
            result[order[start + i]] = v;
        }
    }

    private void add(AggregateCall.Accumulator acc, Object[] src) {
        AggregateCall agg = call.aggregate();
        if (agg.filter() != null && !Boolean.TRUE.equals(agg.filter().eval(ctx, src))) {
            return;
        }
        acc.add(agg.arg() == null ? null : agg.arg().eval(ctx, src), agg.arg() == null);
    }

    /** first_value, last_value or nth_value of row {@code i}'s frame {@code b}. */
    private Object pick(Object[] cur, int i, int[] b) {
        long n;
        switch (call.name()) {
            case "first_value" -> n = 1;
            case "last_value" -> n = -1;
            default -> {
                Object nv = call.args().get(1).eval(ctx, cur);
                if (nv == null) {
                    return null;
                }
                n = ((Number) nv).longValue();
                if (n <= 0) {
                    throw new SqlException(SqlState.INVALID_ARGUMENT_FOR_NTH_VALUE, "argument of nth_value must be greater than zero");
                }
            }
        }
        if (n > 0) {
            long seen = 0;
            for (int j = b[0]; j < b[1]; j++) {
                if (!frame.excluded(i, j, peerStart) && ++seen == n) {
                    return call.args().get(0).eval(ctx, row(j));
                }
            }
            return null;
        }
        for (int j = b[1] - 1; j >= b[0]; j--) {
            if (!frame.excluded(i, j, peerStart)) {
                return call.args().get(0).eval(ctx, row(j));
            }
        }
        return null;
    }
}
