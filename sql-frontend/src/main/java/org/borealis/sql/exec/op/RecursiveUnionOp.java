package org.borealis.sql.exec.op;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;

/**
 * WITH RECURSIVE: evaluates the non-recursive term, then the recursive term over the rows the
 * previous step produced ({@link WorkTable}) until a step produces none. UNION (not ALL) drops rows
 * already produced, which also ends cycles.
 */
public final class RecursiveUnionOp implements Operator {

    private final Operator base;
    private final Operator recursive;
    private final WorkTable work;
    private final PgType[] types;
    private final boolean all;
    private List<Object[]> out;
    private int next;

    public RecursiveUnionOp(Operator base, Operator recursive, WorkTable work, PgType[] types, boolean all) {
        this.base = base;
        this.recursive = recursive;
        this.work = work;
        this.types = types;
        this.all = all;
    }

    @Override
    public void open(ExecContext ctx) {
        out = new ArrayList<>();
        Set<RowKey> seen = all ? null : new HashSet<>();
        List<Object[]> step = collect(base, ctx, seen);
        while (!step.isEmpty()) {
            out.addAll(step);
            work.set(step);
            step = collect(recursive, ctx, seen);
        }
        work.set(new ArrayList<>());
        next = 0;
    }

    private List<Object[]> collect(Operator op, ExecContext ctx, Set<RowKey> seen) {
        List<Object[]> rows = new ArrayList<>();
        op.open(ctx);
        try {
            Object[] r;
            while ((r = op.next()) != null) {
                ctx.checkCancel();
                if (seen == null || seen.add(RowKey.of(r, types))) {
                    rows.add(r.clone());
                }
            }
        } finally {
            op.close();
        }
        return rows;
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
        return "Recursive Union";
    }

    @Override
    public java.util.List<Operator> inputs() {
        return java.util.List.of(base, recursive);
    }
}
