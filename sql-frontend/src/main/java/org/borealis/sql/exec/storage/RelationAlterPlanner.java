package org.borealis.sql.exec.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.ViewDef;
import org.borealis.sql.engine.ViewInfo;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.parser.ast.Statement.AlterAction;
import org.borealis.sql.plan.Binder;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.plan.Scope;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * ALTER VIEW, ALTER SEQUENCE and ALTER INDEX, and the ALTER TABLE actions PostgreSQL takes on any
 * relation kind (RENAME TO, SET SCHEMA, OWNER TO; RENAME COLUMN of a view). ALTER VIEW also sets
 * and drops column defaults, which INSERT through the view uses ({@link ViewDml}). Renames and
 * moves go through {@link RelationMoves}.
 */
final class RelationAlterPlanner {

    private final EngineStorageSession s;
    private final PlanContext pc;
    private final DdlPlanner ddl;
    private final RelationMoves moves;

    RelationAlterPlanner(EngineStorageSession s, PlanContext pc, DdlPlanner ddl) {
        this.s = s;
        this.pc = pc;
        this.ddl = ddl;
        this.moves = new RelationMoves(s, pc, ddl.session());
    }

    /** Whether ALTER TABLE {@code a} is one this class takes (every action one that fits any relation kind). */
    static boolean takes(Statement.AlterTable a, boolean onView) {
        if (!a.objectType().equals("table")) {
            return true;
        }
        return a.actions().stream().allMatch(x -> x instanceof AlterAction.RenameTable || x instanceof AlterAction.SetSchema
                || x instanceof AlterAction.OwnerTo || (onView && x instanceof AlterAction.RenameColumn));
    }

    void alter(Statement.AlterTable a) {
        Optional<RelationInfo> found = moves.relation(a.table());
        if (found.isEmpty()) {
            if (a.ifExists()) {
                return;
            }
            throw new SqlException(SqlState.UNDEFINED_TABLE, "relation \"" + String.join(".", a.table()) + "\" does not exist");
        }
        RelationInfo r = found.get();
        String name = a.table().get(a.table().size() - 1);
        if (a.objectType().equals("view") && r.kind() != RelationKind.VIEW) {
            throw new SqlException(SqlState.WRONG_OBJECT_TYPE, "\"" + name + "\" is not a view");
        }
        if (a.objectType().equals("sequence") && r.kind() != RelationKind.SEQUENCE) {
            throw new SqlException(SqlState.WRONG_OBJECT_TYPE, "\"" + name + "\" is not a sequence");
        }
        for (AlterAction act : a.actions()) {
            RelationInfo cur = ddl.catalog().relation(ddl.tx(), r.oid()).orElseThrow();
            r = cur;
            switch (act) {
                case AlterAction.RenameTable x -> moves.move(r, null, x.to());
                case AlterAction.SetSchema x -> {
                    if (a.objectType().equals("index")) {
                        throw syntax("SCHEMA");
                    }
                    moves.move(r, x.schema(), null);
                }
                case AlterAction.OwnerTo x -> moves.owner(r, x.role());
                case AlterAction.RenameColumn x when cur.kind() == RelationKind.VIEW -> renameColumn(r, x);
                case AlterAction.AlterColumn x when cur.kind() == RelationKind.VIEW -> alterColumn(r, x);
                case AlterAction.AlterColumnType x when cur.kind() == RelationKind.VIEW -> throw new SqlException(
                        SqlState.WRONG_OBJECT_TYPE, "ALTER action ALTER COLUMN ... SET DATA TYPE cannot be performed on relation \""
                        + r.name() + "\"").withDetail("This operation is not supported for views.");
                default -> throw syntax(a.objectType().toUpperCase());
            }
            s.catalogChanged();
        }
    }

    private static SqlException syntax(String near) {
        return new SqlException(SqlState.SYNTAX_ERROR, "syntax error at or near \"" + near + "\"");
    }

    /**
     * RENAME COLUMN of a view. The views reading it name its columns in their query text, so a
     * view that others read keeps its column names (0A000).
     */
    private void renameColumn(RelationInfo r, AlterAction.RenameColumn x) {
        int attnum = r.attnum(x.from());
        if (attnum == 0) {
            throw new SqlException(SqlState.UNDEFINED_COLUMN, "column \"" + x.from() + "\" does not exist");
        }
        if (r.attnum(x.to()) != 0) {
            throw new SqlException(SqlState.DUPLICATE_COLUMN, "column \"" + x.to() + "\" of relation \"" + r.name()
                    + "\" already exists");
        }
        List<ViewInfo> readers = ddl.catalog().dependentViews(ddl.tx(), r.oid());
        if (!readers.isEmpty()) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "cannot rename a column of view " + r.name()
                    + " because view " + readers.get(0).def().name() + " depends on it")
                    .withHint("Drop the view first, and create it again after the rename.");
        }
        List<ColumnDef> cols = new ArrayList<>(r.columns());
        cols.set(attnum - 1, cols.get(attnum - 1).withName(x.to()));
        replace(r, cols);
    }

    /** ALTER VIEW ... ALTER COLUMN SET/DROP DEFAULT; other column changes are 42809 as in PostgreSQL. */
    private void alterColumn(RelationInfo r, AlterAction.AlterColumn x) {
        int attnum = r.attnum(x.column());
        if (attnum == 0) {
            throw new SqlException(SqlState.UNDEFINED_COLUMN, "column \"" + x.column() + "\" of relation \"" + r.name()
                    + "\" does not exist");
        }
        ColumnDef old = r.columns().get(attnum - 1);
        String def;
        switch (x.action()) {
            case "set default" -> {
                PgType type = Types.byOid(old.typeOid());
                new Binder(pc, Scope.empty()).bind(x.defaultValue(), type, old.typmod(), Casts.Context.ASSIGNMENT);
                def = x.defaultText();
            }
            case "drop default" -> def = null;
            default -> throw new SqlException(SqlState.WRONG_OBJECT_TYPE, "ALTER action ALTER COLUMN ... "
                    + x.action().toUpperCase() + " cannot be performed on relation \"" + r.name() + "\"")
                    .withDetail("This operation is not supported for views.");
        }
        List<ColumnDef> cols = new ArrayList<>(r.columns());
        cols.set(attnum - 1, old.withDefault(def));
        replace(r, cols);
    }

    private void replace(RelationInfo r, List<ColumnDef> cols) {
        ViewInfo v = ddl.catalog().view(ddl.tx(), r.oid()).orElseThrow();
        ddl.catalog().replaceView(ddl.tx(), r.oid(), new ViewDef(r.schema(), r.name(), cols, v.def().query(),
                v.def().searchPath(), v.def().dependsOn()));
    }
}
