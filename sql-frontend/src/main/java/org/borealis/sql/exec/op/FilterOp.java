package org.borealis.sql.exec.op;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;

/**
 * Passes the rows for which a condition is true (not false, not NULL). Over a table scan
 * ({@link #overScan}) EXPLAIN shows no node of its own but the scan's line with the lines the
 * planner gave ({@code Index Cond:}, {@code Filter:}) and, under ANALYZE, the rows it removed.
 */
public final class FilterOp implements Operator {

    private final Operator input;
    private final BoundExpr condition;
    /** For a filter folded into its scan's EXPLAIN line: the alias printed after the relation, or null. */
    private final String alias;
    /**
     * Lines EXPLAIN prints under the scan (worked out only when EXPLAIN asks: planning a query that
     * is not explained deparses nothing), or null for a filter shown as its own node.
     */
    private final Supplier<List<String>> details;
    private List<String> detailLines;
    private long removed;
    private ExecContext ctx;

    public FilterOp(Operator input, BoundExpr condition) {
        this(input, condition, null, null);
    }

    private FilterOp(Operator input, BoundExpr condition, String alias, Supplier<List<String>> details) {
        this.input = input;
        this.condition = condition;
        this.alias = alias;
        this.details = details;
    }

    /**
     * {@code scan} with {@code condition} (null: none) applied, shown by EXPLAIN as the scan's line
     * ({@code alias} after it when not null) followed by the lines {@code details} gives.
     */
    public static FilterOp overScan(Operator scan, BoundExpr condition, String alias, Supplier<List<String>> details) {
        return new FilterOp(scan, condition, alias, details);
    }

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        input.open(ctx);
    }

    @Override
    public Object[] next() {
        Object[] row;
        while ((row = input.next()) != null) {
            if (condition == null || Boolean.TRUE.equals(condition.eval(ctx, row))) {
                return row;
            }
            removed++;
        }
        return null;
    }

    @Override
    public void close() {
        input.close();
    }

    @Override
    public String describe() {
        if (details == null) {
            return "Filter";
        }
        String d = input.describe();
        return alias == null || d == null ? d : d + " " + alias;
    }

    @Override
    public List<String> details() {
        if (details == null) {
            return List.of();
        }
        if (detailLines == null) {
            detailLines = List.copyOf(details.get());
        }
        return detailLines;
    }

    @Override
    public List<String> analyzeDetails() {
        if (details == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String d : details()) {
            if (d.startsWith("Filter: ")) {
                out.add("Rows Removed by Filter: " + removed);
            }
        }
        out.addAll(input.analyzeDetails());
        return out;
    }

    @Override
    public List<Operator> inputs() {
        return details == null ? List.of(input) : input.inputs();
    }
}
