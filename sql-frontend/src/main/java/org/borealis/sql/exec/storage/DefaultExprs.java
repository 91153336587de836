package org.borealis.sql.exec.storage;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.Const;
import org.borealis.sql.parser.StatementParser;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.parser.ast.QueryBody;
import org.borealis.sql.plan.Binder;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.plan.Scope;
import org.borealis.sql.plan.TableMeta;
import org.borealis.sql.types.Casts;

/** Column defaults and CHECK expressions, stored as text in the catalog, parsed and bound again. */
final class DefaultExprs {

    private DefaultExprs() {
    }

    static Expr parse(String text) {
        Query q = (Query) StatementParser.parseOne("select " + text).statement();
        return ((QueryBody.Select) q.body()).items().get(0).expr();
    }

    /** The value a column gets when none is given: its default, else NULL. */
    static BoundExpr defaultOf(TableMeta.Column c, PlanContext pc) {
        if (c.defaultExpr() == null) {
            return new Const(null, c.type());
        }
        try {
            return new Binder(pc, Scope.empty()).bind(parse(c.defaultExpr()), c.type(), c.typmod(), Casts.Context.ASSIGNMENT);
        } catch (SqlException e) {
            throw new SqlException(SqlState.DATA_CORRUPTED, "default of column \"" + c.name() + "\" does not bind: "
                    + e.getMessage());
        }
    }
}
