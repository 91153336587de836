package org.borealis.sql.exec.storage;

import java.util.Optional;
import java.util.regex.Pattern;

import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.ConstraintInfo;
import org.borealis.sql.engine.ConstraintKind;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.parser.StatementParser;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.parser.ast.Statement.AlterAction;
import org.borealis.sql.parser.ast.Statement.TableConstraint;
import org.borealis.sql.plan.Binder;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.plan.Scope;
import org.borealis.sql.plan.TableMeta;
import org.borealis.sql.types.Casts;

/**
 * ALTER TABLE actions, applied in order inside the statement's transaction: ADD/DROP CONSTRAINT,
 * ADD COLUMN (a DEFAULT fills existing rows by rewriting them, NOT NULL is checked against
 * them), DROP COLUMN ({@link ColumnDrop}), RENAME COLUMN, RENAME TO, ALTER COLUMN SET/DROP
 * DEFAULT, SET/DROP NOT NULL and TYPE ({@link ColumnRetype}).
 */
final class AlterTablePlanner {

    private final EngineStorageSession s;
    private final PlanContext pc;
    private final DdlPlanner ddl;
    private final ExecContext ctx;

    AlterTablePlanner(EngineStorageSession s, PlanContext pc, DdlPlanner ddl, ExecContext ctx) {
        this.s = s;
        this.pc = pc;
        this.ddl = ddl;
        this.ctx = ctx;
    }

    void alter(Statement.AlterTable a) {
        Optional<TableMeta> t = s.view().table(a.table());
        if (t.isEmpty() && s.view().view(a.table()).isPresent()) {
            throw new SqlException(SqlState.WRONG_OBJECT_TYPE, "\"" + a.table().get(a.table().size() - 1)
                    + "\" is not a table").withHint("ALTER TABLE on a view is not supported.");
        }
        if (t.isEmpty()) {
            if (a.ifExists()) {
                return;
            }
            throw new SqlException(SqlState.UNDEFINED_TABLE, "relation \"" + String.join(".", a.table()) + "\" does not exist");
        }
        int oid = t.get().oid();
        for (AlterAction act : a.actions()) {
            switch (act) {
                case AlterAction.AddConstraint c -> ddl.addConstraint(oid, c.constraint());
                case AlterAction.AddColumn c -> addColumn(oid, c);
                case AlterAction.DropConstraint c -> dropConstraint(oid, c);
                case AlterAction.RenameColumn r -> renameColumn(oid, r);
                case AlterAction.RenameTable r -> new RelationMoves(s, pc, ddl.session()).move(relation(oid), null, r.to());
                case AlterAction.SetSchema r -> new RelationMoves(s, pc, ddl.session()).move(relation(oid), r.schema(), null);
                case AlterAction.OwnerTo r -> new RelationMoves(s, pc, ddl.session()).owner(relation(oid), r.role());
                case AlterAction.AlterColumn c -> alterColumn(oid, c);
                case AlterAction.SetOptions o -> {
                }
                case AlterAction.DropColumn d -> new ColumnDrop(s, pc, ddl, ctx).drop(oid, d);
                case AlterAction.AlterColumnType c -> new ColumnRetype(s, pc, ddl, ctx).retype(oid, c);
            }
            s.catalogChanged();
        }
    }

    private org.borealis.sql.engine.RelationInfo relation(int oid) {
        return ddl.catalog().relation(ddl.tx(), oid).orElseThrow();
    }

    private void addColumn(int oid, AlterAction.AddColumn c) {
        TableMeta t = ddl.meta(oid);
        Statement.ColumnDef cd = c.column();
        if (t.column(cd.name()) != null) {
            if (c.ifNotExists()) {
                return;
            }
            throw new SqlException(SqlState.DUPLICATE_COLUMN, "column \"" + cd.name() + "\" of relation \"" + t.name()
                    + "\" already exists");
        }
        if (SequencePlanner.isSerial(cd)) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "ADD COLUMN of a serial or identity column is not supported yet");
        }
        ColumnDef col = ddl.columnDef(cd);
        ddl.catalog().relation(ddl.tx(), oid).ifPresent(r -> new ViewPlanner(s, pc).requireNoStarReaders(r,
                "add a column to table " + r.name()));
        ddl.catalog().addColumn(ddl.tx(), oid, col);
        s.catalogChanged();
        if (col.defaultExpr() != null) {
            // Existing rows take the default (evaluated per row, as PostgreSQL does for a volatile one).
            rewrite(ddl.meta(oid), cd.name());
        } else if (col.notNull()) {
            ddl.checkNoNulls(ddl.meta(oid), new int[] {ddl.meta(oid).column(cd.name()).index()});
        }
        for (TableConstraint tc : cd.constraints()) {
            ddl.addConstraint(oid, tc);
        }
    }

    /** Sets {@code column} of every row to its default, through the ordinary UPDATE path. */
    private void rewrite(TableMeta t, String column) {
        String sql = "UPDATE " + quote(t.schema()) + "." + quote(t.name()) + " SET " + quote(column) + " = DEFAULT";
        Statement.Update up = (Statement.Update) StatementParser.parseOne(sql).statement();
        try {
            new DmlPlanner(s, pc).update(up).start(ctx);
            ddl.tx().commandCounterIncrement(); // what follows (constraint checks) sees the rewritten rows
        } catch (SqlException e) {
            if (e.state() == SqlState.NOT_NULL_VIOLATION) {
                throw new SqlException(SqlState.NOT_NULL_VIOLATION, "column \"" + column + "\" of relation \"" + t.name()
                        + "\" contains null values");
            }
            throw e;
        }
    }

    private void dropConstraint(int oid, AlterAction.DropConstraint c) {
        ConstraintInfo found = null;
        for (ConstraintInfo ci : ddl.catalog().constraints(ddl.tx(), oid)) {
            if (ci.name().equals(c.name())) {
                found = ci;
            }
        }
        if (found == null) {
            if (c.ifExists()) {
                return;
            }
            throw new SqlException(SqlState.UNDEFINED_OBJECT, "constraint \"" + c.name() + "\" of relation \""
                    + ddl.meta(oid).name() + "\" does not exist");
        }
        ddl.catalog().dropConstraint(ddl.tx(), found.oid());
    }

    private void renameColumn(int oid, AlterAction.RenameColumn r) {
        TableMeta t = ddl.meta(oid);
        TableMeta.Column c = column(t, r.from());
        if (t.column(r.to()) != null) {
            throw new SqlException(SqlState.DUPLICATE_COLUMN, "column \"" + r.to() + "\" of relation \"" + t.name()
                    + "\" already exists");
        }
        // CHECK constraints and defaults are kept as text: renaming a column they name would break them.
        Pattern word = Pattern.compile("(?i)(^|[^A-Za-z0-9_$])\"?" + Pattern.quote(r.from()) + "\"?($|[^A-Za-z0-9_$])");
        for (ConstraintInfo ci : ddl.catalog().constraints(ddl.tx(), oid)) {
            if (ci.kind() == ConstraintKind.CHECK && ci.checkExpr() != null && word.matcher(ci.checkExpr()).find()) {
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "cannot rename column \"" + r.from()
                        + "\": CHECK constraint \"" + ci.name() + "\" uses it (not supported yet)");
            }
        }
        for (org.borealis.sql.engine.IndexInfo i : IndexExprs.using(ddl.catalog(), ddl.tx(), oid, r.from())) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "cannot rename column \"" + r.from()
                    + "\": index \"" + i.name() + "\" uses it in an expression or predicate (not supported yet)");
        }
        ColumnDef old = ddl.catalog().relation(ddl.tx(), oid).orElseThrow().columns().get(t.attnum(c.index()) - 1);
        ddl.catalog().replaceColumn(ddl.tx(), oid, t.attnum(c.index()), old.withName(r.to()));
    }

    private void alterColumn(int oid, AlterAction.AlterColumn a) {
        TableMeta t = ddl.meta(oid);
        TableMeta.Column c = column(t, a.column());
        int attnum = t.attnum(c.index());
        ColumnDef old = ddl.catalog().relation(ddl.tx(), oid).orElseThrow().columns().get(attnum - 1);
        ColumnDef now = switch (a.action()) {
            case "set default", "drop default" -> {
                if (old.identity() != 0) {
                    throw new SqlException(SqlState.SYNTAX_ERROR, "column \"" + c.name() + "\" of relation \"" + t.name()
                            + "\" is an identity column");
                }
                String def = null;
                if (a.defaultValue() != null) {
                    new Binder(pc, Scope.empty()).bind(a.defaultValue(), c.type(), c.typmod(), Casts.Context.ASSIGNMENT);
                    def = a.defaultText();
                }
                yield old.withDefault(def);
            }
            case "set not null" -> {
                ddl.checkNoNulls(t, new int[] {c.index()});
                yield old.withNotNull(true);
            }
            case "drop not null" -> {
                if (old.identity() != 0) {
                    throw new SqlException(SqlState.SYNTAX_ERROR, "column \"" + c.name() + "\" of relation \"" + t.name()
                            + "\" is an identity column");
                }
                for (ConstraintInfo ci : ddl.catalog().constraints(ddl.tx(), oid)) {
                    if (ci.kind() == ConstraintKind.PRIMARY_KEY && ci.columns().contains(attnum)) {
                        throw new SqlException(SqlState.INVALID_TABLE_DEFINITION, "column \"" + c.name()
                                + "\" is in a primary key");
                    }
                }
                yield old.withNotNull(false);
            }
            default -> throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "ALTER COLUMN " + a.action().toUpperCase()
                    + " is not supported yet");
        };
        ddl.catalog().replaceColumn(ddl.tx(), oid, attnum, now);
    }

    private static TableMeta.Column column(TableMeta t, String name) {
        TableMeta.Column c = t.column(name);
        if (c == null) {
            throw new SqlException(SqlState.UNDEFINED_COLUMN, "column \"" + name + "\" of relation \"" + t.name()
                    + "\" does not exist");
        }
        return c;
    }

    private static String quote(String ident) {
        return "\"" + ident.replace("\"", "\"\"") + "\"";
    }
}
