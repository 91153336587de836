package org.borealis.sql.exec.storage;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.engine.Catalog;
import org.borealis.sql.engine.ConstraintDef;
import org.borealis.sql.engine.ConstraintInfo;
import org.borealis.sql.engine.ConstraintKind;
import org.borealis.sql.engine.Cursor;
import org.borealis.sql.engine.IndexDef;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.Table;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.engine.ViewInfo;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.parser.StatementParser;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.Statement.AlterAction;
import org.borealis.sql.plan.Binder;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.plan.TableMeta;
import org.borealis.sql.plan.TypeNames;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * ALTER TABLE ... ALTER [COLUMN] c [SET DATA] TYPE type [USING expr], inside the statement's
 * transaction: every row is rewritten through the assignment cast of the old value (or the USING
 * expression, bound against the table's columns), the indexes on the column are dropped first and
 * built again over the rewritten rows (keeping their names; PRIMARY KEY and UNIQUE constraints
 * with them), CHECK and NOT NULL are checked on every new row. Any error (42804 when there is no
 * assignment cast, 22P02/22003 from the cast, 23505 from a rebuilt unique index) fails the whole
 * statement. Lengthening a varchar (or dropping its limit) changes the catalog only, as the stored
 * bytes stay valid. A column used by a view is refused (0A000, as PostgreSQL); so is one in a
 * foreign key (not supported yet).
 */
final class ColumnRetype {

    private final EngineStorageSession s;
    private final PlanContext pc;
    private final DdlPlanner ddl;
    private final ExecContext ctx;

    ColumnRetype(EngineStorageSession s, PlanContext pc, DdlPlanner ddl, ExecContext ctx) {
        this.s = s;
        this.pc = pc;
        this.ddl = ddl;
        this.ctx = ctx;
    }

    private Catalog catalog() {
        return ddl.catalog();
    }

    /** An index on the column, to build again after the rewrite. */
    private record Rebuild(String name, int[] columns, boolean unique, ConstraintKind constraint) {
    }

    void retype(int oid, AlterAction.AlterColumnType a) {
        TableMeta t0 = ddl.meta(oid);
        TableMeta.Column c = t0.column(a.column());
        if (c == null) {
            throw new SqlException(SqlState.UNDEFINED_COLUMN, "column \"" + a.column() + "\" of relation \"" + t0.name()
                    + "\" does not exist");
        }
        TypeNames.Resolved to = TypeNames.resolve(a.type());
        int attnum = t0.attnum(c.index());
        requireNoUsers(oid, c, attnum);
        BoundExpr conv = conversion(t0, c, a, to);
        if (c.defaultExpr() != null && c.identity() == 0) {
            // The default is a value of the old type (PostgreSQL stores it cast): it needs an assignment cast too.
            try {
                if (c.type() != to.type() && !Casts.allowed(c.type(), to.type(), Casts.Context.ASSIGNMENT)) {
                    throw new SqlException(SqlState.DATATYPE_MISMATCH, "no assignment cast");
                }
                new Binder(pc, org.borealis.sql.plan.Scope.empty()).bind(DefaultExprs.parse(c.defaultExpr()), to.type(),
                        to.typmod(), Casts.Context.ASSIGNMENT);
            } catch (SqlException e) {
                throw new SqlException(SqlState.DATATYPE_MISMATCH, "default for column \"" + c.name()
                        + "\" cannot be cast automatically to type " + to.type().displayName());
            }
        }
        boolean rewrite = a.using() != null || !sameBytes(c, to);
        List<Rebuild> rebuilds = dropIndexesOn(oid, t0, c);
        List<Tid> tids = new ArrayList<>();
        Table table = s.engine().table(oid);
        if (rewrite) {
            try (Cursor<Row> rows = table.scan(ddl.tx())) {
                while (rows.hasNext()) {
                    tids.add(rows.next().tid());
                }
            }
        }
        catalog().retypeColumn(ddl.tx(), oid, attnum, to.type().oid(), to.typmod(), rewrite);
        s.catalogChanged();
        TableMeta t1 = ddl.meta(oid);
        if (rewrite) {
            TableWriter w = new TableWriter(s, t1, DmlChecks.of(pc, t1));
            for (Tid tid : tids) {
                ctx.checkCancel();
                Row r = table.fetch(ddl.tx(), tid).orElseThrow(() -> new SqlException(SqlState.INTERNAL_ERROR,
                        "row " + tid + " of " + t0.name() + " vanished under ALTER TABLE"));
                Object[] next = t0.layout().decode(r.data());
                next[c.index()] = conv.eval(ctx, next.clone());
                w.update(ctx, tid, next, current -> next);
            }
            ddl.tx().commandCounterIncrement();
        }
        for (Rebuild b : rebuilds) {
            if (b.constraint() != null) {
                catalog().addConstraint(ddl.tx(), new ConstraintDef(b.name(), oid, b.constraint(),
                        DdlPlanner.attnums(t1, b.columns()), 0, DdlPlanner.keyOf(t1, b.columns()), 0, List.of(),
                        (char) 0, (char) 0, null));
            } else {
                catalog().createIndex(ddl.tx(), new IndexDef(t1.schema(), b.name(), oid, DdlPlanner.attnums(t1, b.columns()),
                        b.unique(), false, DdlPlanner.keyOf(t1, b.columns())));
            }
        }
        s.catalogChanged();
    }

    /** The new value of the column from an old row: the USING expression or the column, assignment-cast. */
    private BoundExpr conversion(TableMeta t0, TableMeta.Column c, AlterAction.AlterColumnType a, TypeNames.Resolved to) {
        Binder b = new Binder(pc, DdlPlanner.scope(t0));
        Expr e = a.using() != null ? a.using() : new Expr.ColumnRef(List.of(c.name()), a.pos());
        BoundExpr raw = b.bind(e);
        PgType from = raw.type() == null ? Types.UNKNOWN : raw.type();
        if (from != to.type() && from != Types.UNKNOWN && !Casts.allowed(from, to.type(), Casts.Context.ASSIGNMENT)) {
            String type = to.type().displayName();
            if (a.using() != null) {
                throw new SqlException(SqlState.DATATYPE_MISMATCH, "result of USING clause for column \"" + c.name()
                        + "\" cannot be cast automatically to type " + type).withHint("You might need to add an explicit cast.");
            }
            throw new SqlException(SqlState.DATATYPE_MISMATCH, "column \"" + c.name()
                    + "\" cannot be cast automatically to type " + type)
                    .withHint("You might need to specify \"USING " + c.name() + "::" + type + "\".");
        }
        return b.coerce(raw, to.type(), to.typmod(), Casts.Context.ASSIGNMENT, e.pos());
    }

    /** Whether stored values of the column are valid as they are: the same type, or a varchar made longer. */
    private static boolean sameBytes(TableMeta.Column c, TypeNames.Resolved to) {
        if (c.type() != to.type()) {
            return false;
        }
        if (c.typmod() == to.typmod()) {
            return true;
        }
        return c.type() == Types.VARCHAR && (to.typmod() < 0 || (c.typmod() >= 0 && to.typmod() >= c.typmod()));
    }

    private void requireNoUsers(int oid, TableMeta.Column c, int attnum) {
        for (ViewInfo v : catalog().dependentViews(ddl.tx(), oid)) {
            Object query = StatementParser.parseOne(v.def().query()).statement();
            if (ViewPlanner.expandsColumns(query) || names(query, c.name()) || aliasesColumns(query)) {
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "cannot alter type of a column used by a view or rule")
                        .withDetail("rule _RETURN on view " + v.def().name() + " depends on column \"" + c.name() + "\"");
            }
        }
        List<ConstraintInfo> keys = new ArrayList<>(catalog().constraints(ddl.tx(), oid));
        keys.addAll(catalog().referencingConstraints(ddl.tx(), oid));
        for (ConstraintInfo k : keys) {
            if (k.kind() == ConstraintKind.FOREIGN_KEY && ((k.tableOid() == oid && k.columns().contains(attnum))
                    || (k.refTableOid() == oid && k.refColumns().contains(attnum)))) {
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "cannot alter type of column \"" + c.name()
                        + "\": foreign key \"" + k.name() + "\" uses it (not supported yet)");
            }
        }
    }

    /** Drops the indexes on the column (with their PRIMARY KEY / UNIQUE constraints) and says how to build them again. */
    private List<Rebuild> dropIndexesOn(int oid, TableMeta t, TableMeta.Column c) {
        List<Rebuild> out = new ArrayList<>();
        List<ConstraintInfo> constraints = catalog().constraints(ddl.tx(), oid);
        for (org.borealis.sql.engine.IndexInfo i : IndexExprs.using(catalog(), ddl.tx(), oid, c.name())) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "cannot alter type of column \"" + c.name()
                    + "\": index \"" + i.name() + "\" uses it in an expression or predicate (not supported yet)");
        }
        for (TableMeta.IndexMeta im : t.indexes()) {
            if (!im.plain()) {
                if (java.util.Arrays.stream(im.columns()).anyMatch(i -> i == c.index())) {
                    throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "cannot alter type of column \"" + c.name()
                            + "\": expression or partial index \"" + im.name() + "\" has it as a key (not supported yet)");
                }
                continue;
            }
            if (java.util.Arrays.stream(im.columns()).noneMatch(i -> i == c.index())) {
                continue;
            }
            ConstraintInfo backing = constraints.stream().filter(k -> k.indexOid() == im.oid()).findFirst().orElse(null);
            if (backing != null) {
                out.add(new Rebuild(backing.name(), im.columns(), true, backing.kind()));
                catalog().dropConstraint(ddl.tx(), backing.oid());
            } else {
                out.add(new Rebuild(im.name(), im.columns(), im.unique(), null));
                catalog().dropIndex(ddl.tx(), im.oid());
            }
        }
        return out;
    }

    /** Whether a table in the query gets column aliases (its columns are then used under other names). */
    static boolean aliasesColumns(Object node) {
        if (node instanceof org.borealis.sql.parser.ast.FromItem.Table t) {
            return !t.columnAliases().isEmpty();
        }
        if (node instanceof List<?> l) {
            return l.stream().anyMatch(ColumnRetype::aliasesColumns);
        }
        if (node == null || !node.getClass().isRecord()) {
            return false;
        }
        try {
            for (RecordComponent rc : node.getClass().getRecordComponents()) {
                if (aliasesColumns(rc.getAccessor().invoke(node))) {
                    return true;
                }
            }
            return false;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an AST node refers to a column named {@code column} anywhere inside. */
    static boolean names(Object node, String column) {
        if (node instanceof Expr.ColumnRef r) {
            return r.names().get(r.names().size() - 1).equals(column);
        }
        if (node instanceof List<?> l) {
            for (Object o : l) {
                if (names(o, column)) {
                    return true;
                }
            }
            return false;
        }
        if (node == null || !node.getClass().isRecord()) {
            return false;
        }
        try {
            for (RecordComponent rc : node.getClass().getRecordComponents()) {
                if (names(rc.getAccessor().invoke(node), column)) {
                    return true;
                }
            }
            return false;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
