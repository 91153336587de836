package org.borealis.sql.exec.storage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.borealis.sql.engine.Tid;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.Execution;
import org.borealis.sql.exec.Plan;
import org.borealis.sql.exec.ResultColumn;
import org.borealis.sql.exec.RowsExecution;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.parser.ast.QueryBody;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.plan.Binder;
import org.borealis.sql.plan.FromPlanner;
import org.borealis.sql.plan.IndexSelector;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.plan.QueryPlanner;
import org.borealis.sql.plan.Scope;
import org.borealis.sql.plan.TableMeta;
import org.borealis.sql.session.StorageSession;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.PgType;

/**
 * Plans INSERT (VALUES, SELECT, DEFAULT VALUES), UPDATE and DELETE with WHERE (over an index when
 * one fits) and RETURNING, and the target of COPY FROM. DML runs to completion when its portal
 * starts; RETURNING rows are then handed out.
 */
final class DmlPlanner {

    private final EngineStorageSession s;
    private final PlanContext pc;

    DmlPlanner(EngineStorageSession s, PlanContext pc) {
        this.s = s;
        this.pc = pc;
    }

    /** The target table (writes to a view were rewritten by {@link ViewDml}; COPY into one is 42809). */
    private TableMeta table(List<String> name, int pos, String verb) {
        Optional<TableMeta> t = s.view().table(name);
        if (t.isPresent()) {
            return t.get();
        }
        if (s.view().view(name).isPresent()) {
            throw new SqlException(SqlState.WRONG_OBJECT_TYPE, "cannot " + verb + " view \"" + name.get(name.size() - 1)
                    + "\"").withPosition(pos + 1);
        }
        throw new SqlException(SqlState.UNDEFINED_TABLE, "relation \"" + String.join(".", name) + "\" does not exist")
                .withPosition(pos + 1);
    }

    private List<BoundExpr> checks(TableMeta t, Scope scope) {
        return DmlChecks.of(pc, t, scope);
    }

    private static Scope scope(TableMeta t, String alias) {
        return FromPlanner.tableScope(t, new FromItem.Table(List.of(t.name()), alias, List.of(), 0));
    }

    /** RETURNING items bound over the table's row. */
    private Returning returning(List<QueryBody.SelectItem> items, TableMeta t, Scope scope) {
        if (items.isEmpty()) {
            return null;
        }
        Binder b = new Binder(pc, scope);
        List<BoundExpr> exprs = new ArrayList<>();
        List<ResultColumn> cols = new ArrayList<>();
        for (QueryBody.SelectItem item : items) {
            if (item.expr() instanceof Expr.Star) {
                for (TableMeta.Column c : t.columns()) {
                    exprs.add(new ColumnRef(c.index(), c.type(), c.typmod()));
                    cols.add(new ResultColumn(c.name(), c.type(), c.typmod(), t.oid(), t.attnum(c.index())));
                }
                continue;
            }
            BoundExpr e = b.bind(item.expr());
            exprs.add(e);
            String name = item.alias() != null ? item.alias() : org.borealis.sql.plan.ResultNames.of(item.expr());
            cols.add(new ResultColumn(name, e.type(), e.typmod(), 0, 0));
        }
        return new Returning(exprs, cols);
    }

    /** RETURNING bound over any scope whose first columns are the table's (UPDATE ... FROM). */
    java.util.function.Function<Scope, Returning> returningOver(List<QueryBody.SelectItem> items, TableMeta t) {
        return scope -> returning(items, t, scope);
    }

    record Returning(List<BoundExpr> exprs, List<ResultColumn> columns) {
        Object[] project(ExecContext ctx, Object[] row) {
            Object[] out = new Object[exprs.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = exprs.get(i).eval(ctx, row);
            }
            return out;
        }
    }

    /** A DML plan: runs {@code body} at start, which returns the row count. */
    interface Body {
        long run(ExecContext ctx, List<Object[]> returned);
    }

    static Plan plan(Returning ret, String verb, Body body) {
        return new Plan() {
            @Override
            public List<ResultColumn> columns() {
                return ret == null ? null : ret.columns();
            }

            @Override
            public Execution start(ExecContext ctx) {
                List<Object[]> rows = new ArrayList<>();
                long n = body.run(ctx, rows);
                return new RowsExecution(rows, verb + n);
            }

            @Override
            public boolean writes() {
                return true;
            }
        };
    }

    // ------------------------------------------------------------------ INSERT

    Plan insert(Statement.Insert ins) {
        TableMeta t = table(ins.table(), ins.pos(), "insert into");
        OnConflict conflict = ins.onConflict() == null ? null : new OnConflict(s, pc, t, ins.onConflict(), ins.pos(), ins.alias());
        List<TableMeta.Column> targets = targetColumns(t, ins.columns(), ins.pos());
        if (ins.columns().isEmpty() && !ins.defaultValues()) {
            // Without a column list, VALUES or a query may give fewer columns: the rest take defaults.
            int given = ins.source().body() instanceof QueryBody.Values v ? v.rows().get(0).size()
                    : new QueryPlanner(pc).plan(ins.source()).columns().size();
            if (given < targets.size()) {
                targets = targets.subList(0, given);
            }
        }
        Scope scope = scope(t, ins.alias());
        List<BoundExpr> defaults = new ArrayList<>();
        for (TableMeta.Column c : t.columns()) {
            defaults.add(DefaultExprs.defaultOf(c, pc));
        }
        Binder b = new Binder(pc, Scope.empty());
        // Each source row becomes a full row: given values in target order, defaults elsewhere.
        List<List<BoundExpr>> valueRows = new ArrayList<>();
        Operator source = null;
        int[] sourceToColumn = new int[targets.size()];
        for (int i = 0; i < targets.size(); i++) {
            sourceToColumn[i] = targets.get(i).index();
        }
        List<BoundExpr> sourceCasts = new ArrayList<>();
        if (ins.defaultValues()) {
            valueRows.add(List.of());
            sourceToColumn = new int[0];
        } else if (ins.source().body() instanceof QueryBody.Values v && ins.source().orderBy().isEmpty()
                && ins.source().limit() == null) {
            for (List<Expr> row : v.rows()) {
                if (row.size() > targets.size()) {
                    throw new SqlException(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns")
                            .withPosition(row.get(targets.size()).pos() + 1);
                }
                if (row.size() < targets.size()) {
                    throw new SqlException(SqlState.SYNTAX_ERROR, "INSERT has more target columns than expressions")
                            .withPosition(ins.pos() + 1);
                }
                List<BoundExpr> bound = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    TableMeta.Column c = targets.get(i);
                    Expr e = row.get(i);
                    if (!(e instanceof Expr.Default)) {
                        generatedAlways(c, e.pos());
                    }
                    bound.add(e instanceof Expr.Default ? defaults.get(c.index())
                            : b.bind(e, c.type(), c.typmod(), Casts.Context.ASSIGNMENT));
                }
                valueRows.add(bound);
            }
        } else {
            QueryPlanner.Planned q = new QueryPlanner(pc).plan(ins.source());
            if (q.columns().size() > targets.size()) {
                throw new SqlException(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns");
            }
            if (q.columns().size() < targets.size()) {
                throw new SqlException(SqlState.SYNTAX_ERROR, "INSERT has more target columns than expressions");
            }
            for (TableMeta.Column c : targets) {
                generatedAlways(c, ins.pos());
            }
            source = q.root();
            Binder cb = new Binder(pc, Scope.empty());
            for (int i = 0; i < targets.size(); i++) {
                TableMeta.Column c = targets.get(i);
                ResultColumn rc = q.columns().get(i);
                sourceCasts.add(coerce(new ColumnRef(i, rc.type(), rc.typmod()), c, cb));
            }
        }
        Returning ret = returning(ins.returning(), t, scope);
        List<BoundExpr> checks = checks(t, scope);
        Operator src = source;
        int[] map = sourceToColumn;
        return plan(ret, "INSERT 0 ", (ctx, out) -> {
            TableWriter w = new TableWriter(s, t, checks);
            long n = 0;
            Object[] none = new Object[0];
            if (src == null) {
                for (List<BoundExpr> r : valueRows) {
                    Object[] row = fullRow(ctx, defaults, map);
                    for (int i = 0; i < r.size(); i++) {
                        row[map[i]] = r.get(i).eval(ctx, none);
                    }
                    Object[] done = insertRow(ctx, w, conflict, row);
                    if (done.length > 0) {
                        n++;
                        if (ret != null) {
                            out.add(ret.project(ctx, done));
                        }
                    }
                }
                return n;
            }
            src.open(ctx);
            try {
                Object[] in;
                while ((in = src.next()) != null) {
                    Object[] row = fullRow(ctx, defaults, map);
                    for (int i = 0; i < map.length; i++) {
                        row[map[i]] = sourceCasts.get(i).eval(ctx, in);
                    }
                    Object[] done = insertRow(ctx, w, conflict, row);
                    if (done.length > 0) {
                        n++;
                        if (ret != null) {
                            out.add(ret.project(ctx, done));
                        }
                    }
                }
            } finally {
                src.close();
            }
            return n;
        });
    }

    /** A GENERATED ALWAYS identity column can only be set to DEFAULT (UPDATE, ON CONFLICT DO UPDATE). */
    /**
     * A subscripted assignment's value with its base column qualified by the target's name, so it
     * names the target's column where other items (FROM, {@code excluded}) have one of that name.
     */
    static Expr targetBase(Expr value, String target) {
        if (value instanceof Expr.SubscriptAssign sa) {
            Expr base = sa.base() instanceof Expr.ColumnRef c && c.names().size() == 1
                    ? new Expr.ColumnRef(List.of(target, c.names().get(0)), c.pos()) : targetBase(sa.base(), target);
            return new Expr.SubscriptAssign(sa.column(), base, sa.subscripts(), sa.value(), sa.pos());
        }
        return value;
    }

    static void updatable(TableMeta.Column c, Statement.Assignment a) {
        if (c.identity() == 'a' && !(a.value() instanceof Expr.Default)) {
            throw new SqlException(SqlState.GENERATED_ALWAYS, "column \"" + c.name() + "\" can only be updated to DEFAULT")
                    .withPosition(a.pos() + 1);
        }
    }

    /** A GENERATED ALWAYS identity column takes no value but DEFAULT (OVERRIDING is not supported). */
    private static void generatedAlways(TableMeta.Column c, int pos) {
        if (c.identity() == 'a') {
            throw new SqlException(SqlState.GENERATED_ALWAYS, "cannot insert a non-DEFAULT value into column \"" + c.name() + "\"")
                    .withPosition(pos + 1);
        }
    }

    /** Inserts {@code row} or resolves its conflict: the row written, empty when skipped. */
    private static Object[] insertRow(ExecContext ctx, TableWriter w, OnConflict conflict, Object[] row) {
        if (conflict != null) {
            Object[] handled = conflict.handle(ctx, w, row);
            if (handled != null) {
                return handled;
            }
            conflict.inserted(w.insert(ctx, row));
            return row;
        }
        w.insert(ctx, row);
        return row;
    }

    private static BoundExpr coerce(BoundExpr e, TableMeta.Column c, Binder b) {
        return b.coerce(e, c.type(), c.typmod(), Casts.Context.ASSIGNMENT, 0);
    }

    /**
     * A row of defaults for the columns not in {@code given} (column indexes); the given ones are
     * left for the caller, so a default such as nextval() runs only where it is used.
     */
    private static Object[] fullRow(ExecContext ctx, List<BoundExpr> defaults, int[] given) {
        Object[] row = new Object[defaults.size()];
        boolean[] skip = new boolean[row.length];
        for (int g : given) {
            skip[g] = true;
        }
        Object[] none = new Object[0];
        for (int i = 0; i < row.length; i++) {
            if (!skip[i]) {
                row[i] = defaults.get(i).eval(ctx, none);
            }
        }
        return row;
    }

    private static List<TableMeta.Column> targetColumns(TableMeta t, List<String> names, int pos) {
        if (names.isEmpty()) {
            return t.columns();
        }
        List<TableMeta.Column> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            TableMeta.Column c = t.column(n);
            if (c == null) {
                throw new SqlException(SqlState.UNDEFINED_COLUMN, "column \"" + n + "\" of relation \"" + t.name()
                        + "\" does not exist").withPosition(pos + 1);
            }
            if (!seen.add(n)) {
                throw new SqlException(SqlState.DUPLICATE_COLUMN, "column \"" + n + "\" specified more than once")
                        .withPosition(pos + 1);
            }
            out.add(c);
        }
        return out;
    }

    // ------------------------------------------------------------------ UPDATE / DELETE

    /** The rows an UPDATE or DELETE acts on: a scan with tids, and the WHERE re-check. */
    private record Target(Operator scan, BoundExpr where) {
    }

    private Target target(TableMeta t, Scope scope, Expr where) {
        BoundExpr cond = where == null ? null : new Binder(pc, scope).bindCondition(where, "WHERE");
        IndexSelector.Choice choice = cond == null ? null : IndexSelector.choose(t, cond);
        Operator scan = choice == null ? s.scanWithTid(t, null, null) : s.scanWithTid(t, choice.index(), choice.bounds());
        return new Target(scan, cond);
    }

    Plan update(Statement.Update up) {
        TableMeta t = table(up.table(), up.pos(), "update");
        if (!up.from().isEmpty()) {
            return new JoinedDml(s, pc, t).update(up, returningOver(up.returning(), t));
        }
        Scope scope = scope(t, up.alias());
        Binder b = new Binder(pc, scope);
        int[] cols = new int[up.set().size()];
        BoundExpr[] values = new BoundExpr[cols.length];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cols.length; i++) {
            Statement.Assignment a = up.set().get(i);
            TableMeta.Column c = t.column(a.column());
            if (c == null) {
                throw new SqlException(SqlState.UNDEFINED_COLUMN, "column \"" + a.column() + "\" of relation \"" + t.name()
                        + "\" does not exist").withPosition(a.pos() + 1);
            }
            if (!seen.add(a.column())) {
                throw new SqlException(SqlState.SYNTAX_ERROR, "multiple assignments to same column \"" + a.column() + "\"");
            }
            updatable(c, a);
            cols[i] = c.index();
            values[i] = a.value() instanceof Expr.Default ? DefaultExprs.defaultOf(c, pc)
                    : b.bind(a.value(), c.type(), c.typmod(), Casts.Context.ASSIGNMENT);
        }
        Target target = target(t, scope, up.where());
        Returning ret = returning(up.returning(), t, scope);
        List<BoundExpr> checks = checks(t, scope);
        int width = t.columns().size();
        return plan(ret, "UPDATE ", (ctx, out) -> {
            TableWriter w = new TableWriter(s, t, checks);
            long n = 0;
            target.scan().open(ctx);
            try {
                Object[] r;
                while ((r = target.scan().next()) != null) {
                    Tid tid = (Tid) r[width];
                    Object[] old = java.util.Arrays.copyOf(r, width);
                    if (target.where() != null && !Boolean.TRUE.equals(target.where().eval(ctx, old))) {
                        continue;
                    }
                    Object[] written = w.update(ctx, tid, old, cur -> {
                        if (cur != old && target.where() != null && !Boolean.TRUE.equals(target.where().eval(ctx, cur))) {
                            return null;
                        }
                        Object[] next = cur.clone();
                        for (int i = 0; i < cols.length; i++) {
                            next[cols[i]] = values[i].eval(ctx, cur);
                        }
                        return next;
                    });
                    if (written != null) {
                        n++;
                        if (ret != null) {
                            out.add(ret.project(ctx, written));
                        }
                    }
                }
            } finally {
                target.scan().close();
            }
            return n;
        });
    }

    Plan delete(Statement.Delete del) {
        TableMeta t = table(del.table(), del.pos(), "delete from");
        if (!del.using().isEmpty()) {
            return new JoinedDml(s, pc, t).delete(del, returningOver(del.returning(), t));
        }
        Scope scope = scope(t, del.alias());
        Target target = target(t, scope, del.where());
        Returning ret = returning(del.returning(), t, scope);
        int width = t.columns().size();
        return plan(ret, "DELETE ", (ctx, out) -> {
            TableWriter w = new TableWriter(s, t, List.of());
            long n = 0;
            target.scan().open(ctx);
            try {
                Object[] r;
                while ((r = target.scan().next()) != null) {
                    Tid tid = (Tid) r[width];
                    Object[] old = java.util.Arrays.copyOf(r, width);
                    if (target.where() != null && !Boolean.TRUE.equals(target.where().eval(ctx, old))) {
                        continue;
                    }
                    Object[] gone = w.delete(ctx, tid, old, cur -> cur == old || target.where() == null
                            || Boolean.TRUE.equals(target.where().eval(ctx, cur)) ? cur : null);
                    if (gone != null) {
                        n++;
                        if (ret != null) {
                            out.add(ret.project(ctx, gone));
                        }
                    }
                }
            } finally {
                target.scan().close();
            }
            return n;
        });
    }

    // ------------------------------------------------------------------ COPY FROM

    StorageSession.CopyIn copyIn(Statement.Copy copy) {
        TableMeta t = table(copy.table(), copy.pos(), "copy to");
        List<TableMeta.Column> targets = targetColumns(t, copy.columns(), copy.pos());
        List<BoundExpr> defaults = new ArrayList<>();
        for (TableMeta.Column c : t.columns()) {
            defaults.add(DefaultExprs.defaultOf(c, pc));
        }
        List<BoundExpr> checks = checks(t, scope(t, null));
        PgType[] types = new PgType[targets.size()];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            types[i] = targets.get(i).type();
            names.add(targets.get(i).name());
        }
        int[] given = new int[targets.size()];
        for (int i = 0; i < given.length; i++) {
            given[i] = targets.get(i).index();
        }
        TableWriter w = new TableWriter(s, t, checks);
        return new StorageSession.CopyIn() {
            private long n;

            @Override
            public PgType[] types() {
                return types;
            }

            @Override
            public List<String> columns() {
                return names;
            }

            @Override
            public void add(ExecContext ctx, Object[] values) {
                Object[] row = fullRow(ctx, defaults, given);
                for (int i = 0; i < values.length; i++) {
                    TableMeta.Column c = targets.get(i);
                    Object v = values[i];
                    row[c.index()] = v == null || c.typmod() < 0 ? v : c.type().applyTypmod(v, c.typmod(), false);
                }
                w.insert(ctx, row);
                n++;
            }

            @Override
            public long finish() {
                return n;
            }
        };
    }
}
