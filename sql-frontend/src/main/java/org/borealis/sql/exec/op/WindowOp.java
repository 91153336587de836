package org.borealis.sql.exec.op;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.AggregateCall;
import org.borealis.sql.types.PgType;

/**
 * Window functions: materialises its input, then for each {@link WindowCall} sorts row positions
 * by PARTITION BY and ORDER BY and computes one value per row with the default frame (RANGE
 * UNBOUNDED PRECEDING to CURRENT ROW, so peers share running aggregates; the whole partition
 * without ORDER BY), or an explicit frame through {@link FramedWindow}. Output rows are the input columns followed by one column per call, in the
 * first call's window order.
 */
public final class WindowOp implements Operator {

    private final Operator input;
    private final List<WindowCall> calls;
    private List<Object[]> out;
    private int next;

    public WindowOp(Operator input, List<WindowCall> calls) {
        this.input = input;
        this.calls = calls;
    }

    @Override
    public void open(ExecContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        input.open(ctx);
        Object[] r;
        while ((r = input.next()) != null) {
            ctx.checkCancel();
            rows.add(r.clone());
        }
        input.close();
        int width = rows.isEmpty() ? 0 : rows.get(0).length;
        Object[][] values = new Object[calls.size()][rows.size()];
        Integer[] firstOrder = null;
        for (int c = 0; c < calls.size(); c++) {
            Integer[] order = compute(ctx, calls.get(c), rows, values[c]);
            if (firstOrder == null) {
                firstOrder = order;
            }
        }
        out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            int idx = firstOrder == null ? i : firstOrder[i];
            Object[] row = Arrays.copyOf(rows.get(idx), width + calls.size());
            for (int c = 0; c < calls.size(); c++) {
                row[width + c] = values[c][idx];
            }
            out.add(row);
        }
        next = 0;
    }

    /** Fills {@code result} for one call; returns the row positions in window order. */
    private Integer[] compute(ExecContext ctx, WindowCall call, List<Object[]> rows, Object[] result) {
        int n = rows.size();
        int pk = call.partitionBy().size();
        int ok = call.orderBy().size();
        Object[][] keys = new Object[n][pk + ok];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < pk; k++) {
                keys[i][k] = call.partitionBy().get(k).eval(ctx, rows.get(i));
            }
            for (int k = 0; k < ok; k++) {
                keys[i][pk + k] = call.orderBy().get(k).expr().eval(ctx, rows.get(i));
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            for (int k = 0; k < pk; k++) {
                int c = compareKey(call.partitionBy().get(k).type(), keys[a][k], keys[b][k]);
                if (c != 0) {
                    return c;
                }
            }
            for (int k = 0; k < ok; k++) {
                int c = SortOp.compare(call.orderBy().get(k), keys[a][pk + k], keys[b][pk + k]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && same(keys[order[start]], keys[order[end]], 0, pk, call)) {
                end++;
            }
            partition(ctx, call, rows, keys, order, start, end, pk, result);
            start = end;
        }
        return order;
    }

    private void partition(ExecContext ctx, WindowCall call, List<Object[]> rows, Object[][] keys, Integer[] order,
                           int start, int end, int pk, Object[] result) {
        int size = end - start;
        int ok = call.orderBy().size();
        // peerEnd[i]: one past the last row that sorts equal to row i (its peers).
        int[] peerEnd = new int[size];
        int[] peerStart = new int[size];
        for (int i = 0; i < size; ) {
            int j = i + 1;
            while (j < size && same(keys[order[start + i]], keys[order[start + j]], pk, pk + ok, call)) {
                j++;
            }
            for (int k = i; k < j; k++) {
                peerStart[k] = i;
                peerEnd[k] = ok == 0 ? size : j;
            }
            if (ok == 0) {
                for (int k = i; k < j; k++) {
                    peerStart[k] = 0;
                }
            }
            i = j;
        }
        boolean framedFn = call.aggregate() != null || call.name().equals("first_value") || call.name().equals("last_value")
                || call.name().equals("nth_value");
        if (framedFn && (call.frame() != null || call.name().equals("nth_value"))) {
            new FramedWindow(ctx, call, rows, order, start, size, peerStart, peerEnd,
                    call.frame() != null ? call.frame() : FramedWindow.DEFAULT).fill(result);
            return;
        }
        AggregateCall agg = call.aggregate();
        AggregateCall.Accumulator acc = agg == null ? null : agg.newAccumulator();
        int added = 0;
        int dense = 0;
        int lastPeerStart = -1;
        for (int i = 0; i < size; i++) {
            int row = order[start + i];
            if (peerStart[i] != lastPeerStart) {
                dense++;
                lastPeerStart = peerStart[i];
            }
            Object v;
            switch (call.name()) {
                case "row_number" -> v = (long) (i + 1);
                case "rank" -> v = (long) (peerStart[i] + 1);
                case "dense_rank" -> v = (long) dense;
                case "percent_rank" -> v = size <= 1 ? 0.0 : (double) peerStart[i] / (size - 1);
                case "cume_dist" -> v = (double) peerEnd[i] / size;
                case "ntile" -> {
                    Object b = call.args().get(0).eval(ctx, rows.get(row));
                    v = b == null ? null : ntile(i, size, ((Number) b).intValue());
                }
                case "lag", "lead" -> v = offset(ctx, call, rows, order, start, size, i, call.name().equals("lag") ? -1 : 1);
                case "first_value" -> v = call.args().get(0).eval(ctx, rows.get(order[start]));
                case "last_value" -> v = call.args().get(0).eval(ctx, rows.get(order[start + peerEnd[i] - 1]));
                default -> {
                    while (added < peerEnd[i]) {
                        Object[] src = rows.get(order[start + added++]);
                        if (agg.filter() != null && !Boolean.TRUE.equals(agg.filter().eval(ctx, src))) {
                            continue;
                        }
                        acc.add(agg.arg() == null ? null : agg.arg().eval(ctx, src), agg.arg() == null);
                    }
                    v = acc.result();
                }
            }
            result[row] = v;
        }
    }

    private static Object offset(ExecContext ctx, WindowCall call, List<Object[]> rows, Integer[] order, int start,
                                 int size, int i, int dir) {
        Object[] cur = rows.get(order[start + i]);
        long off = 1;
        if (call.args().size() > 1) {
            Object o = call.args().get(1).eval(ctx, cur);
            if (o == null) {
                return null;
            }
            off = ((Number) o).longValue();
        }
        long j = i + dir * off;
        if (j < 0 || j >= size) {
            return call.args().size() > 2 ? call.args().get(2).eval(ctx, cur) : null;
        }
        return call.args().get(0).eval(ctx, rows.get(order[start + (int) j]));
    }

    private static int ntile(int i, int size, int buckets) {
        if (buckets <= 0) {
            throw new org.borealis.sql.error.SqlException(org.borealis.sql.error.SqlState.INVALID_ARGUMENT_FOR_NTILE,
                    "argument of ntile must be greater than zero");
        }
        int per = size / buckets;
        int extra = size % buckets;
        int bigRows = extra * (per + 1);
        return i < bigRows ? i / (per + 1) + 1 : extra + (per == 0 ? 0 : (i - bigRows) / per) + 1;
    }

    private boolean same(Object[] a, Object[] b, int from, int to, WindowCall call) {
        int pk = call.partitionBy().size();
        for (int k = from; k < to; k++) {
            PgType t = k < pk ? call.partitionBy().get(k).type() : call.orderBy().get(k - pk).expr().type();
            if (compareKey(t, a[k], b[k]) != 0) {
                return false;
            }
        }
        return true;
    }

    private static int compareKey(PgType t, Object x, Object y) {
        if (x == null || y == null) {
            return x == y ? 0 : x == null ? 1 : -1;
        }
        return t.compare(x, y);
    }

    @Override
    public Object[] next() {
        return next < out.size() ? out.get(next++) : null;
    }

    @Override
    public void close() {
        out = null;
    }

    @Override
    public String describe() {
        return "WindowAgg";
    }

    @Override
    public java.util.List<Operator> inputs() {
        return java.util.List.of(input);
    }
}
