package org.borealis.sql.exec.op;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.types.PgType;

/**
 * Equi-join by hashing: builds a table of the inner (right) rows by their key expressions, then
 * probes it with each outer row's keys (both are bound over the joined row: outer columns first); a residual condition filters matches. NULL keys never
 * match (SQL equality). An inner join may hash the outer input and probe with the inner
 * ({@link #buildingOuter}). Output and unmatched-row handling as {@link NestedLoopJoinOp}.
 */
public final class HashJoinOp implements Operator {

    private final JoinDetails explain = new JoinDetails();
    private boolean buildOuter;

    private final Operator outer;
    private final Operator inner;
    private final List<BoundExpr> outerKeys;
    private final List<BoundExpr> innerKeys;
    private final PgType[] keyTypes;
    private final int outerWidth;
    private final int innerWidth;
    private final BoundExpr residual;
    private final JoinKind kind;
    private ExecContext ctx;
    private Map<RowKey, List<Integer>> table;
    private List<Object[]> innerRows;
    private BitSet innerMatched;
    private Object[] outerRow;
    private List<Integer> candidates;
    private int candPos;
    private boolean matched;
    private boolean outerDone;
    private int tailPos;

    public HashJoinOp(Operator outer, Operator inner, List<BoundExpr> outerKeys, List<BoundExpr> innerKeys,
                      PgType[] keyTypes, int outerWidth, int innerWidth, BoundExpr residual, JoinKind kind) {
        this.outer = outer;
        this.inner = inner;
        this.outerKeys = outerKeys;
        this.innerKeys = innerKeys;
        this.keyTypes = keyTypes;
        this.outerWidth = outerWidth;
        this.innerWidth = innerWidth;
        this.residual = residual;
        this.kind = kind;
    }

    /**
     * Builds the hash table from the outer (left) input and probes it with the inner one's rows
     * instead (an inner join whose left input is the smaller, as PostgreSQL hashes the smaller
     * side); the rows keep the outer-then-inner layout. Returns this.
     */
    public HashJoinOp buildingOuter() {
        if (kind != JoinKind.INNER) {
            throw new IllegalStateException("only an inner join may hash its outer input");
        }
        buildOuter = true;
        return this;
    }

    private Operator build() {
        return buildOuter ? outer : inner;
    }

    private Operator probe() {
        return buildOuter ? inner : outer;
    }

    /** A build or probe row padded to the joined layout, for evaluating its keys. */
    private Object[] padded(Object[] row, boolean fromOuter) {
        return fromOuter ? NestedLoopJoinOp.concat(row, new Object[innerWidth])
                : NestedLoopJoinOp.concat(new Object[outerWidth], row);
    }

    private Object[] joined(Object[] probeRow, Object[] buildRow) {
        return buildOuter ? NestedLoopJoinOp.concat(buildRow, probeRow) : NestedLoopJoinOp.concat(probeRow, buildRow);
    }

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        table = new HashMap<>();
        innerRows = new ArrayList<>();
        Operator build = build();
        build.open(ctx);
        Object[] r;
        while ((r = build.next()) != null) {
            ctx.checkCancel();
            Object[] row = r.clone();
            innerRows.add(row);
            RowKey k = key(buildOuter ? outerKeys : innerKeys, padded(row, buildOuter));
            if (k != null) {
                table.computeIfAbsent(k, x -> new ArrayList<>(1)).add(innerRows.size() - 1);
            }
        }
        build.close();
        innerMatched = kind.keepsRight() ? new BitSet(innerRows.size()) : null;
        probe().open(ctx);
        outerRow = null;
        outerDone = false;
        tailPos = 0;
    }

    private RowKey key(List<BoundExpr> exprs, Object[] row) {
        Object[] v = new Object[exprs.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = exprs.get(i).eval(ctx, row);
            if (v[i] == null) {
                return null;
            }
        }
        return RowKey.ofValues(v, keyTypes);
    }

    @Override
    public Object[] next() {
        while (!outerDone) {
            if (outerRow == null) {
                Object[] o = probe().next();
                if (o == null) {
                    outerDone = true;
                    break;
                }
                ctx.checkCancel();
                outerRow = o.clone();
                RowKey k = key(buildOuter ? innerKeys : outerKeys, padded(outerRow, !buildOuter));
                candidates = k == null ? null : table.get(k);
                candPos = 0;
                matched = false;
            }
            while (candidates != null && candPos < candidates.size()) {
                int idx = candidates.get(candPos++);
                Object[] joined = joined(outerRow, innerRows.get(idx));
                if (residual == null || Boolean.TRUE.equals(residual.eval(ctx, joined))) {
                    matched = true;
                    if (innerMatched != null) {
                        innerMatched.set(idx);
                    }
                    return joined;
                }
            }
            Object[] o = outerRow;
            outerRow = null;
            if (kind.keepsLeft() && !matched) {
                return NestedLoopJoinOp.concat(o, new Object[innerWidth]);
            }
        }
        if (innerMatched != null) {
            while (tailPos < innerRows.size()) {
                int i = tailPos++;
                if (!innerMatched.get(i)) {
                    return NestedLoopJoinOp.concat(new Object[outerWidth], innerRows.get(i));
                }
            }
        }
        return null;
    }

    @Override
    public void close() {
        probe().close();
        table = null;
        innerRows = null;
    }

    /**
     * The lines EXPLAIN prints under this join ({@code Hash Cond}, {@code Join Filter}), built by
     * {@code lines} only when EXPLAIN asks. Returns this.
     */
    public HashJoinOp explained(java.util.function.Supplier<java.util.List<String>> lines) {
        explain.set(lines);
        return this;
    }

    @Override
    public java.util.List<String> details() {
        return explain.get();
    }

    @Override
    public String describe() {
        return "Hash " + (kind == JoinKind.INNER ? "" : kind == JoinKind.FULL ? "Full " : kind == JoinKind.LEFT ? "Left " : "Right ") + "Join";
    }

    @Override
    public java.util.List<Operator> inputs() {
        return buildOuter ? java.util.List.of(inner, new HashNode(outer)) : java.util.List.of(outer, new HashNode(inner));
    }
}
