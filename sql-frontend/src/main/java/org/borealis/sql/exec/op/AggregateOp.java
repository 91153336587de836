package org.borealis.sql.exec.op;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.AggregateCall;
import org.borealis.sql.exec.expr.BoundExpr;

/**
 * Grouping and aggregation by hashing: output rows are the group key values followed by the
 * aggregate results. Without GROUP BY there is exactly one output row, even for empty input.
 */
public final class AggregateOp implements Operator {

    private final Operator input;
    private final List<BoundExpr> groupBy;
    private final List<AggregateCall> aggregates;
    private Iterator<Object[]> out;

    public AggregateOp(Operator input, List<BoundExpr> groupBy, List<AggregateCall> aggregates) {
        this.input = input;
        this.groupBy = groupBy;
        this.aggregates = aggregates;
    }

    /** A group key with the types' equality and hashing. */
    private final class GroupKey {
        final Object[] values;
        final int hash;

        GroupKey(Object[] values) {
            this.values = values;
            int h = 1;
            for (int i = 0; i < values.length; i++) {
                h = 31 * h + (values[i] == null ? 0 : groupBy.get(i).type().hash(values[i]));
            }
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof AggregateOp.GroupKey k)) {
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                Object a = values[i];
                Object b = k.values[i];
                if (a == null || b == null) {
                    if (a != b) {
                        return false;
                    }
                } else if (!groupBy.get(i).type().equal(a, b)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public void open(ExecContext ctx) {
        input.open(ctx);
        Map<GroupKey, AggregateCall.Accumulator[]> groups = new LinkedHashMap<>();
        // without GROUP BY every row goes to the one group: no key to build, hash and look up
        AggregateCall.Accumulator[] only = groupBy.isEmpty() ? newAccs() : null;
        Object[] row;
        while ((row = input.next()) != null) {
            ctx.checkCancel();
            AggregateCall.Accumulator[] accs = only;
            if (accs == null) {
                Object[] key = new Object[groupBy.size()];
                for (int i = 0; i < key.length; i++) {
                    key[i] = groupBy.get(i).eval(ctx, row);
                }
                accs = groups.computeIfAbsent(new GroupKey(key), k -> newAccs());
            }
            for (int i = 0; i < accs.length; i++) {
                AggregateCall a = aggregates.get(i);
                if (a.filter() != null && !Boolean.TRUE.equals(a.filter().eval(ctx, row))) {
                    continue;
                }
                Object[] sortValues = null;
                if (!a.orderBy().isEmpty()) {
                    sortValues = new Object[a.orderBy().size()];
                    for (int k = 0; k < sortValues.length; k++) {
                        sortValues[k] = a.orderBy().get(k).expr().eval(ctx, row);
                    }
                }
                Object v = a.arg() == null ? null : a.arg().eval(ctx, row);
                Object v2 = a.arg2() == null ? null : a.arg2().eval(ctx, row);
                accs[i].add(v, v2, sortValues, a.arg() == null);
            }
        }
        input.close();
        if (only != null) {
            groups.put(new GroupKey(new Object[0]), only); // exactly one row, even for empty input
        }
        List<Object[]> rows = new ArrayList<>(groups.size());
        for (Map.Entry<GroupKey, AggregateCall.Accumulator[]> e : groups.entrySet()) {
            Object[] r = new Object[groupBy.size() + aggregates.size()];
            System.arraycopy(e.getKey().values, 0, r, 0, groupBy.size());
            for (int i = 0; i < aggregates.size(); i++) {
                r[groupBy.size() + i] = e.getValue()[i].result();
            }
            rows.add(r);
        }
        out = rows.iterator();
    }

    private AggregateCall.Accumulator[] newAccs() {
        AggregateCall.Accumulator[] a = new AggregateCall.Accumulator[aggregates.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = aggregates.get(i).newAccumulator();
        }
        return a;
    }

    @Override
    public Object[] next() {
        return out.hasNext() ? out.next() : null;
    }

    @Override
    public void close() {
        out = null;
    }

    @Override
    public String describe() {
        return groupBy.isEmpty() ? "Aggregate" : "HashAggregate";
    }

    @Override
    public java.util.List<Operator> inputs() {
        return java.util.List.of(input);
    }
}
