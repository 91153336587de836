package org.borealis.sql.exec.op;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;

/**
 * INTERSECT and EXCEPT, with or without ALL: counts each distinct row on both sides by hashing,
 * then emits it min(l, r) times (INTERSECT ALL), max(l - r, 0) times (EXCEPT ALL), or once when
 * the set operation keeps it. NULLs compare equal, as in PostgreSQL.
 */
public final class SetOpOp implements Operator {

    private final Operator left;
    private final Operator right;
    private final PgType[] types;
    private final boolean intersect;
    private final boolean all;
    private List<Object[]> out;
    private int next;

    public SetOpOp(Operator left, Operator right, PgType[] types, boolean intersect, boolean all) {
        this.left = left;
        this.right = right;
        this.types = types;
        this.intersect = intersect;
        this.all = all;
    }

    @Override
    public void open(ExecContext ctx) {
        Map<RowKey, Object[]> first = new LinkedHashMap<>();
        Map<RowKey, long[]> counts = new LinkedHashMap<>();
        left.open(ctx);
        Object[] r;
        while ((r = left.next()) != null) {
            ctx.checkCancel();
            RowKey k = RowKey.of(r, types);
            first.putIfAbsent(k, r.clone());
            counts.computeIfAbsent(k, x -> new long[2])[0]++;
        }
        left.close();
        right.open(ctx);
        while ((r = right.next()) != null) {
            ctx.checkCancel();
            long[] c = counts.get(RowKey.of(r, types));
            if (c != null) {
                c[1]++;
            }
        }
        right.close();
        out = new ArrayList<>();
        for (Map.Entry<RowKey, long[]> e : counts.entrySet()) {
            long l = e.getValue()[0];
            long rc = e.getValue()[1];
            long n;
            if (intersect) {
                n = all ? Math.min(l, rc) : (rc > 0 ? 1 : 0);
            } else {
                n = all ? Math.max(l - rc, 0) : (rc == 0 ? 1 : 0);
            }
            Object[] row = first.get(e.getKey());
            for (long i = 0; i < n; i++) {
                out.add(row);
            }
        }
        next = 0;
    }

    @Override
    public Object[] next() {
        return next < out.size() ? out.get(next++).clone() : null;
    }

    @Override
    public void close() {
        out = null;
    }

    @Override
    public String describe() {
        return "HashSetOp " + (intersect ? "Intersect" : "Except") + (all ? " All" : "");
    }

    @Override
    public java.util.List<Operator> inputs() {
        return java.util.List.of(left, right);
    }
}
