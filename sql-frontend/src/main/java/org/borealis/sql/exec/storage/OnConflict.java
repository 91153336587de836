package org.borealis.sql.exec.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.plan.Binder;
import org.borealis.sql.plan.FromPlanner;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.plan.Scope;
import org.borealis.sql.plan.TableMeta;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RowCodec;

/**
 * INSERT ... ON CONFLICT: before each row is inserted, its keys in the arbiter unique indexes (the
 * conflict target's, or every unique index for a bare DO NOTHING) are looked up; a visible row
 * with the same key is a conflict. DO NOTHING skips the proposed row; DO UPDATE updates the
 * existing row, its SET and WHERE seeing the proposed row as {@code excluded}. A row may be
 * affected once per statement (21000 otherwise), as in PostgreSQL. The check precedes the insert,
 * so a concurrent transaction inserting the same key at the same moment still gets 23505.
 */
final class OnConflict {

    private final EngineStorageSession s;
    private final TableMeta t;
    private final boolean doNothing;
    private final List<TableMeta.IndexMeta> arbiters = new ArrayList<>();
    private final int[] setColumns;
    private final BoundExpr[] setValues;
    private final BoundExpr where;
    private final Set<Tid> affected = new HashSet<>();

    OnConflict(EngineStorageSession s, PlanContext pc, TableMeta t, Statement.OnConflict oc, int pos, String alias) {
        this.s = s;
        this.t = t;
        this.doNothing = oc.doNothing();
        if (oc.constraint() != null) {
            for (TableMeta.IndexMeta i : t.indexes()) {
                if (i.name().equals(oc.constraint()) && i.unique()) {
                    arbiters.add(i);
                }
            }
            if (arbiters.isEmpty()) {
                throw new SqlException(SqlState.UNDEFINED_OBJECT, "constraint \"" + oc.constraint() + "\" for table \""
                        + t.name() + "\" does not exist");
            }
        } else if (!oc.target().isEmpty()) {
            Set<Integer> want = new HashSet<>();
            for (String c : oc.target()) {
                TableMeta.Column col = t.column(c);
                if (col == null) {
                    throw new SqlException(SqlState.UNDEFINED_COLUMN, "column \"" + c + "\" does not exist").withPosition(pos + 1);
                }
                want.add(col.index());
            }
            for (TableMeta.IndexMeta i : t.indexes()) {
                Set<Integer> have = new HashSet<>();
                Arrays.stream(i.columns()).forEach(have::add);
                if (i.unique() && i.plain() && have.equals(want)) {
                    arbiters.add(i);
                }
            }
            if (arbiters.isEmpty()) {
                throw new SqlException(SqlState.INVALID_COLUMN_REFERENCE,
                        "there is no unique or exclusion constraint matching the ON CONFLICT specification");
            }
        } else {
            if (!doNothing) {
                throw new SqlException(SqlState.SYNTAX_ERROR,
                        "ON CONFLICT DO UPDATE requires inference specification or constraint name")
                        .withHint("For example, ON CONFLICT (column_name).").withPosition(pos + 1);
            }
            for (TableMeta.IndexMeta i : t.indexes()) {
                if (i.unique()) {
                    arbiters.add(i);
                }
            }
        }
        Scope scope = FromPlanner.tableScope(t, new org.borealis.sql.parser.ast.FromItem.Table(List.of(t.name()), alias, List.of(), 0));
        Scope excluded = FromPlanner.tableScope(t, new org.borealis.sql.parser.ast.FromItem.Table(List.of(t.name()), "excluded",
                List.of(), 0));
        Binder b = new Binder(pc, Scope.empty().addAll(scope).addAll(excluded));
        setColumns = new int[oc.set().size()];
        setValues = new BoundExpr[setColumns.length];
        for (int i = 0; i < setColumns.length; i++) {
            Statement.Assignment a = oc.set().get(i);
            TableMeta.Column c = t.column(a.column());
            if (c == null) {
                throw new SqlException(SqlState.UNDEFINED_COLUMN, "column \"" + a.column() + "\" of relation \"" + t.name()
                        + "\" does not exist").withPosition(a.pos() + 1);
            }
            DmlPlanner.updatable(c, a);
            setColumns[i] = c.index();
            setValues[i] = a.value() instanceof Expr.Default ? DefaultExprs.defaultOf(c, pc)
                    : b.bind(DmlPlanner.targetBase(a.value(), t.name()), c.type(), c.typmod(), Casts.Context.ASSIGNMENT);
        }
        where = oc.where() == null ? null : b.bindCondition(oc.where(), "WHERE");
    }

    /** Remembers a row this statement inserted (a later proposed row must not update it). */
    void inserted(Tid tid) {
        affected.add(tid);
    }

    /**
     * Handles a conflict of the proposed {@code row}: null when there is none (insert it), else
     * the row DO UPDATE wrote, or an empty array when the row was skipped.
     */
    Object[] handle(ExecContext ctx, TableWriter w, Object[] row) {
        Engine engine = s.engine();
        PgType[] types = t.types();
        SeqScanOp.requireFormat(t.layout(), s.tx(), t.name());
        for (TableMeta.IndexMeta idx : arbiters) {
            if (RowKeys.hasNull(idx, row) || !RowKeys.covers(idx, row)) {
                continue;
            }
            for (Tid tid : engine.index(idx.oid()).lookup(s.tx(), RowKeys.key(idx, row, types))) {
                if (affected.contains(tid)) {
                    // A row this command inserted or updated: invisible to the command's own
                    // snapshot, but a second proposal of its key is still a conflict.
                    if (doNothing) {
                        return new Object[0];
                    }
                    throw secondTime();
                }
                Optional<Row> existing = engine.table(t.oid()).fetch(s.tx(), tid);
                if (existing.isEmpty()) {
                    if (doNothing && s.tx().isolation() == Isolation.READ_COMMITTED && newerWithKey(idx, tid, row)) {
                        // newer than the snapshot: inserted by another part of this statement (a
                        // data-modifying WITH query) or committed since; a conflict, as PostgreSQL
                        // finds with its dirty snapshot
                        return new Object[0];
                    }
                    continue;
                }
                if (doNothing) {
                    if (engine.table(t.oid()).fetchLatest(s.tx(), existing.get().tid()).isEmpty()) {
                        continue; // deleted since the snapshot (by this statement or a committed one): no conflict
                    }
                    return new Object[0];
                }
                Tid at = existing.get().tid();
                if (!affected.add(at)) {
                    throw secondTime();
                }
                Object[] old = t.layout().decode(existing.get().data());
                Object[] written = w.update(ctx, at, old, cur -> {
                    Object[] both = Arrays.copyOf(cur, cur.length + row.length);
                    System.arraycopy(row, 0, both, cur.length, row.length);
                    if (where != null && !Boolean.TRUE.equals(where.eval(ctx, both))) {
                        return null;
                    }
                    Object[] next = cur.clone();
                    for (int i = 0; i < setColumns.length; i++) {
                        next[setColumns[i]] = setValues[i].eval(ctx, both);
                    }
                    return next;
                });
                if (written == null && w.selfModified()) {
                    // Changed by another part of this statement (a data-modifying WITH query): a
                    // second change of the row, unless that part deleted it (then no conflict).
                    if (engine.table(t.oid()).fetchLatest(s.tx(), at).isEmpty()) {
                        continue;
                    }
                    throw secondTime();
                }
                return written == null ? new Object[0] : written;
            }
        }
        return null;
    }

    /** Whether the newest version of the row at {@code tid} (not in the snapshot) has {@code row}'s key in {@code idx}. */
    private boolean newerWithKey(TableMeta.IndexMeta idx, Tid tid, Object[] row) {
        Optional<Row> latest = s.engine().table(t.oid()).fetchLatest(s.tx(), tid);
        if (latest.isEmpty()) {
            return false;
        }
        Object[] cur = t.layout().decode(latest.get().data());
        return RowKeys.covers(idx, cur) && Arrays.equals(RowKeys.key(idx, cur, t.types()), RowKeys.key(idx, row, t.types()));
    }

    private static SqlException secondTime() {
        return new SqlException(SqlState.CARDINALITY_VIOLATION,
                "ON CONFLICT DO UPDATE command cannot affect row a second time")
                .withHint("Ensure that no rows proposed for insertion within the same command have duplicate constrained values.");
    }
}
