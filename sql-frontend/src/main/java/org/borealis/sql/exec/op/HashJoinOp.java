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
 * match (SQL equality). Output and unmatched-row handling as {@link NestedLoopJoinOp}.
 */
public final class HashJoinOp implements Operator {

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

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        table = new HashMap<>();
        innerRows = new ArrayList<>();
        inner.open(ctx);
        Object[] r;
        while ((r = inner.next()) != null) {
            ctx.checkCancel();
            Object[] row = r.clone();
            innerRows.add(row);
            RowKey k = key(innerKeys, NestedLoopJoinOp.concat(new Object[outerWidth], row));
            if (k != null) {
                table.computeIfAbsent(k, x -> new ArrayList<>(1)).add(innerRows.size() - 1);
            }
        }
        inner.close();
        innerMatched = kind.keepsRight() ? new BitSet(innerRows.size()) : null;
        outer.open(ctx);
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
                Object[] o = outer.next();
                if (o == null) {
                    outerDone = true;
                    break;
                }
                ctx.checkCancel();
                outerRow = o.clone();
                RowKey k = key(outerKeys, outerRow);
                candidates = k == null ? null : table.get(k);
                candPos = 0;
                matched = false;
            }
            while (candidates != null && candPos < candidates.size()) {
                int idx = candidates.get(candPos++);
                Object[] joined = NestedLoopJoinOp.concat(outerRow, innerRows.get(idx));
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
        outer.close();
        table = null;
        innerRows = null;
    }

    @Override
    public String describe() {
        return "Hash " + (kind == JoinKind.INNER ? "" : kind == JoinKind.FULL ? "Full " : kind == JoinKind.LEFT ? "Left " : "Right ") + "Join";
    }

    @Override
    public java.util.List<Operator> inputs() {
        return java.util.List.of(outer, inner);
    }
}
