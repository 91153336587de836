package org.borealis.sql.exec.storage;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.borealis.sql.engine.Tid;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.Plan;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.plan.Binder;
import org.borealis.sql.plan.FromPlanner;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.plan.Scope;
import org.borealis.sql.plan.TableMeta;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.Types;

/**
 * UPDATE ... FROM and DELETE ... USING: the target's rows (with their tids) are joined with the
 * other FROM items under WHERE; each target row that joins is updated or deleted once (the first
 * join row wins, as PostgreSQL leaves it unspecified). SET, WHERE and RETURNING see every
 * joined column. A row changed concurrently is re-checked against WHERE with the same join row.
 */
final class JoinedDml {

    private final EngineStorageSession s;
    private final PlanContext pc;
    private final TableMeta t;

    JoinedDml(EngineStorageSession s, PlanContext pc, TableMeta t) {
        this.s = s;
        this.pc = pc;
        this.t = t;
    }

    private record Joined(FromPlanner.From from, int width, BoundExpr where) {
    }

    private Joined join(String alias, List<FromItem> items, Expr where) {
        int width = t.columns().size();
        Scope targetScope = FromPlanner.tableScope(t, new FromItem.Table(List.of(t.name()), alias, List.of(), 0));
        targetScope.add(new Scope.Column(alias != null ? alias : t.name(), "\u0000tid", Types.UNKNOWN, -1, 0, 0, true));
        FromPlanner.From from = FromPlanner.joinTarget(pc, s.scanWithTid(t, null, null), targetScope, items, where);
        BoundExpr cond = where == null ? null : new Binder(pc, from.scope()).bindCondition(where, "WHERE");
        return new Joined(from, width, cond);
    }

    Plan update(Statement.Update up, Function<Scope, DmlPlanner.Returning> returning) {
        Joined j = join(up.alias(), up.from(), up.where());
        Binder b = new Binder(pc, j.from().scope());
        int[] cols = new int[up.set().size()];
        BoundExpr[] values = new BoundExpr[cols.length];
        for (int i = 0; i < cols.length; i++) {
            Statement.Assignment a = up.set().get(i);
            TableMeta.Column c = t.column(a.column());
            if (c == null) {
                throw new SqlException(SqlState.UNDEFINED_COLUMN, "column \"" + a.column() + "\" of relation \"" + t.name()
                        + "\" does not exist").withPosition(a.pos() + 1);
            }
            DmlPlanner.updatable(c, a);
            cols[i] = c.index();
            values[i] = a.value() instanceof Expr.Default ? DefaultExprs.defaultOf(c, pc)
                    : b.bind(DmlPlanner.targetBase(a.value(), up.alias() != null ? up.alias() : t.name()), c.type(), c.typmod(),
                            Casts.Context.ASSIGNMENT);
        }
        DmlPlanner.Returning ret = returning.apply(j.from().scope());
        List<BoundExpr> checks = DmlChecks.of(pc, t);
        int width = j.width();
        return DmlPlanner.plan(ret, "UPDATE ", (ctx, out) -> {
            TableWriter w = new TableWriter(s, t, checks);
            return eachTarget(ctx, j, (joined, tid, old) -> {
                Object[] written = w.update(ctx, tid, old, cur -> {
                    Object[] row = joined.clone();
                    System.arraycopy(cur, 0, row, 0, width);
                    if (cur != old && j.where() != null && !Boolean.TRUE.equals(j.where().eval(ctx, row))) {
                        return null;
                    }
                    Object[] next = cur.clone();
                    for (int i = 0; i < cols.length; i++) {
                        next[cols[i]] = values[i].eval(ctx, row);
                    }
                    return next;
                });
                if (written != null && ret != null) {
                    Object[] row = joined.clone();
                    System.arraycopy(written, 0, row, 0, width);
                    out.add(ret.project(ctx, row));
                }
                return written != null;
            });
        });
    }

    Plan delete(Statement.Delete del, Function<Scope, DmlPlanner.Returning> returning) {
        Joined j = join(del.alias(), del.using(), del.where());
        DmlPlanner.Returning ret = returning.apply(j.from().scope());
        int width = j.width();
        return DmlPlanner.plan(ret, "DELETE ", (ctx, out) -> {
            TableWriter w = new TableWriter(s, t, List.of());
            return eachTarget(ctx, j, (joined, tid, old) -> {
                Object[] gone = w.delete(ctx, tid, old, cur -> {
                    if (cur == old || j.where() == null) {
                        return cur;
                    }
                    Object[] row = joined.clone();
                    System.arraycopy(cur, 0, row, 0, width);
                    return Boolean.TRUE.equals(j.where().eval(ctx, row)) ? cur : null;
                });
                if (gone != null && ret != null) {
                    out.add(ret.project(ctx, joined));
                }
                return gone != null;
            });
        });
    }

    /** What UPDATE or DELETE does with one target row; true when it changed the row. */
    private interface TargetAction {
        boolean apply(Object[] joined, Tid tid, Object[] old);
    }

    /**
     * Runs {@code action} once per target row the join yields (the first join row wins) with the
     * joined row, the target's tid and its columns; returns how many rows it changed.
     */
    private static long eachTarget(org.borealis.sql.exec.ExecContext ctx, Joined j, TargetAction action) {
        Set<Tid> done = new HashSet<>();
        long n = 0;
        j.from().op().open(ctx);
        try {
            Object[] r;
            while ((r = j.from().op().next()) != null) {
                Object[] joined = r.clone();
                Tid tid = (Tid) joined[j.width()];
                if (done.add(tid) && action.apply(joined, tid, Arrays.copyOf(joined, j.width()))) {
                    n++;
                }
            }
        } finally {
            j.from().op().close();
        }
        return n;
    }
}
