package org.borealis.sql.exec.storage;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.engine.Catalog;
import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.ConstraintInfo;
import org.borealis.sql.engine.ConstraintKind;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.ViewInfo;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ResultColumn;
import org.borealis.sql.parser.StatementParser;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.parser.ast.Statement.AlterAction;
import org.borealis.sql.plan.Binder;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.plan.QueryPlanner;
import org.borealis.sql.plan.TableMeta;
import org.borealis.sql.types.Types;

/**
 * ALTER TABLE ... DROP COLUMN [IF EXISTS] [RESTRICT | CASCADE] as PostgreSQL 15 does it: the
 * column is marked dropped in the catalog (O(1), rows untouched, other columns keep their
 * attnums); its indexes, the constraints on it (a multi-column key or a CHECK naming it included)
 * and the sequence it owns go with it. A foreign key of another table referencing it, or a view
 * using it, needs CASCADE (2BP01 otherwise) and is then dropped too.
 *
 * <p>Views are tracked per table, so which views use the column is found by planning every view
 * reading the table again after the drop: a view whose query no longer plans, or gives other
 * columns than it was created with (a {@code SELECT *} one), uses it.
 */
final class ColumnDrop {

    private final EngineStorageSession s;
    private final PlanContext pc;
    private final DdlPlanner ddl;

    private final org.borealis.sql.exec.ExecContext ctx;

    ColumnDrop(EngineStorageSession s, PlanContext pc, DdlPlanner ddl, org.borealis.sql.exec.ExecContext ctx) {
        this.ctx = ctx;
        this.s = s;
        this.pc = pc;
        this.ddl = ddl;
    }

    private Catalog catalog() {
        return ddl.catalog();
    }

    void drop(int oid, AlterAction.DropColumn d) {
        TableMeta t = ddl.meta(oid);
        TableMeta.Column c = t.column(d.column());
        if (c == null) {
            if (d.ifExists()) {
                notice("00000", "column \"" + d.column() + "\" of relation \"" + t.name() + "\" does not exist, skipping");
                return;
            }
            throw new SqlException(SqlState.UNDEFINED_COLUMN, "column \"" + d.column() + "\" of relation \"" + t.name()
                    + "\" does not exist");
        }
        int attnum = t.attnum(c.index());
        String what = "column " + c.name() + " of table " + t.name();
        for (ConstraintInfo k : catalog().referencingConstraints(ddl.tx(), oid)) {
            boolean own = k.tableOid() == oid && k.columns().contains(attnum);
            if (k.kind() == ConstraintKind.FOREIGN_KEY && k.refColumns().contains(attnum) && !own) {
                String child = catalog().relation(ddl.tx(), k.tableOid()).map(RelationInfo::name).orElse("?");
                if (!d.cascade()) {
                    throw dependents(what, "constraint " + k.name() + " on table " + child + " depends on " + what);
                }
                notice("00000", "drop cascades to constraint " + k.name() + " on table " + child);
            }
        }
        List<ViewInfo> readers = catalog().dependentViews(ddl.tx(), oid);
        for (org.borealis.sql.engine.IndexInfo i : IndexExprs.using(catalog(), ddl.tx(), oid, c.name())) {
            catalog().dropIndex(ddl.tx(), i.oid()); // as PostgreSQL: an index whose expression uses the column goes
        }
        catalog().dropColumn(ddl.tx(), oid, attnum);
        s.catalogChanged();
        dropChecksNaming(oid);
        List<RelationInfo> broken = new ArrayList<>();
        for (ViewInfo v : readers) {
            if (!stillPlans(v)) {
                if (!d.cascade()) {
                    throw dependents(what, "view " + v.def().name() + " depends on " + what);
                }
                catalog().relation(ddl.tx(), v.oid()).ifPresent(broken::add);
            }
        }
        if (broken.size() == 1) {
            notice("00000", "drop cascades to view " + broken.get(0).name());
        } else if (!broken.isEmpty()) {
            notice("00000", "drop cascades to " + broken.size() + " other objects");
        }
        if (!broken.isEmpty()) {
            new ViewPlanner(s, pc).dropReaders(broken, true);
            s.catalogChanged();
        }
    }

    private void notice(String state, String message) {
        if (ctx != null && ctx.session() != null) {
            ctx.session().notice(state, message);
        }
    }

    private static SqlException dependents(String what, String detail) {
        return new SqlException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop " + what
                + " because other objects depend on it").withDetail(detail)
                .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
    }

    /** Drops the CHECK constraints that no longer bind: those naming the dropped column. */
    private void dropChecksNaming(int oid) {
        TableMeta after = ddl.meta(oid);
        for (ConstraintInfo k : catalog().constraints(ddl.tx(), oid)) {
            if (k.kind() != ConstraintKind.CHECK || k.checkExpr() == null) {
                continue;
            }
            try {
                new Binder(pc, DdlPlanner.scope(after)).bindCondition(DefaultExprs.parse(k.checkExpr()), "CHECK");
            } catch (SqlException e) {
                if (e.state() != SqlState.UNDEFINED_COLUMN) {
                    throw e;
                }
                catalog().dropConstraint(ddl.tx(), k.oid());
                s.catalogChanged();
            }
        }
    }

    /** Whether a view's query still plans to the columns the view was created with. */
    boolean stillPlans(ViewInfo v) {
        List<ResultColumn> got;
        try {
            Query q = (Query) StatementParser.parseOne(v.def().query()).statement();
            got = s.withSearchPath(v.def().searchPath(), () -> new QueryPlanner(pc).plan(q))
                    .columns();
        } catch (SqlException e) {
            return false;
        }
        List<ColumnDef> want = v.def().columns();
        if (got.size() != want.size()) {
            return false;
        }
        for (int i = 0; i < want.size(); i++) {
            int type = got.get(i).type() == Types.UNKNOWN ? Types.TEXT.oid() : got.get(i).type().oid();
            if (type != want.get(i).typeOid()) {
                return false;
            }
        }
        return true;
    }
}
