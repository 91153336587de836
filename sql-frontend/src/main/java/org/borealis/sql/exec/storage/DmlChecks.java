package org.borealis.sql.exec.storage;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.plan.Binder;
import org.borealis.sql.plan.FromPlanner;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.plan.Scope;
import org.borealis.sql.plan.TableMeta;

/** A table's CHECK constraints bound over its row, for the writers that enforce them. */
final class DmlChecks {

    private DmlChecks() {
    }

    static List<BoundExpr> of(PlanContext pc, TableMeta t) {
        return of(pc, t, FromPlanner.tableScope(t, new FromItem.Table(List.of(t.name()), null, List.of(), 0)));
    }

    static List<BoundExpr> of(PlanContext pc, TableMeta t, Scope scope) {
        List<BoundExpr> out = new ArrayList<>();
        for (TableMeta.Check c : t.checks()) {
            out.add(new Binder(pc, scope).bindCondition(DefaultExprs.parse(c.expr()), "CHECK"));
        }
        return out;
    }
}
