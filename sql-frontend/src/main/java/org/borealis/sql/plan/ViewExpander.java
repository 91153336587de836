package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ResultColumn;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.exec.op.ProjectOp;
import org.borealis.sql.parser.StatementParser;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.types.Casts;

/**
 * Expands a view named in FROM: its stored query is parsed and planned in place as a FROM
 * subquery would be, without the WITH queries of the statement using it, and under the search
 * path it was created with. The output is the view's columns as created: their names (or the
 * FROM alias list), and their types (an expression whose type has since drifted, like an unknown
 * literal, is cast). WHERE conjuncts of the using query that read only the view are applied above
 * it and, when the view is a plain SELECT of columns ({@link ViewPushDown}), also added to its own
 * WHERE, so its tables' scans can use their indexes.
 */
final class ViewExpander {

    private final PlanContext pc;
    private final QueryPlanner queries;
    private final ViewMeta v;
    private final FromItem.Table t;
    private final Query query;

    private ViewExpander(PlanContext pc, QueryPlanner queries, ViewMeta v, FromItem.Table t,
                         org.borealis.sql.parser.ast.Locking locking) {
        this.pc = pc;
        this.queries = queries;
        this.v = v;
        this.t = t;
        Query q = (Query) StatementParser.parseOne(v.query()).statement();
        if (locking != null && q.locking() == null && !(q.body() instanceof org.borealis.sql.parser.ast.QueryBody.Values)) {
            q = new Query(q.with(), q.body(), q.orderBy(), q.limit(), q.offset(), locking, q.withTies()); // FOR UPDATE locks the view's tables
        }
        this.query = q;
    }

    static FromPlanner.Part expand(PlanContext pc, QueryPlanner queries, ViewMeta v, FromItem.Table t) {
        return expand(pc, queries, v, t, null);
    }

    /** With {@code locking}: the rows the view reads are locked as a locking clause on the query around it asks. */
    static FromPlanner.Part expand(PlanContext pc, QueryPlanner queries, ViewMeta v, FromItem.Table t,
                                   org.borealis.sql.parser.ast.Locking locking) {
        ViewExpander x = new ViewExpander(pc, queries, v, t, locking);
        String rel = t.alias() != null ? t.alias() : v.name();
        Scope scope = Scope.empty();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < v.columns().size(); i++) {
            TableMeta.Column c = v.columns().get(i);
            String name = i < t.columnAliases().size() ? t.columnAliases().get(i) : c.name();
            names.add(name);
            scope.add(new Scope.Column(rel, name, c.type(), c.typmod(), v.oid(), i + 1));
        }
        Operator op = x.plan(x.query);
        ViewPushDown push = new ViewPushDown(x.query, rel, names);
        return new FromPlanner.Part(op, scope, null, conjuncts -> {
            Query narrowed = push.narrow(conjuncts);
            return narrowed == null ? op : x.plan(narrowed);
        });
    }

    /** Plans the view's query (or a narrowed form of it) and casts its output to the view's columns. */
    private Operator plan(Query q) {
        if (!pc.enterView(v.oid())) {
            throw new SqlException(SqlState.INVALID_OBJECT_DEFINITION, "infinite recursion detected in rules for relation \""
                    + v.name() + "\"").withPosition(t.pos() + 1);
        }
        QueryPlanner.Planned p;
        java.util.Set<Integer> reads = pc.pauseReads();
        try {
            p = pc.withSearchPath(v.searchPath(), () -> pc.ctes().isolated(() -> queries.plan(q)));
        } finally {
            pc.resumeReads(reads);
            pc.leaveView();
        }
        List<ResultColumn> got = p.columns();
        if (got.size() < v.columns().size()) {
            throw new SqlException(SqlState.DATA_CORRUPTED, "view \"" + v.name() + "\" has " + v.columns().size()
                    + " columns but its query gives " + got.size());
        }
        Coercion co = new Coercion(pc);
        List<BoundExpr> proj = new ArrayList<>();
        boolean same = got.size() == v.columns().size();
        for (int i = 0; i < v.columns().size(); i++) {
            TableMeta.Column c = v.columns().get(i);
            ResultColumn r = got.get(i);
            BoundExpr e = new ColumnRef(i, r.type(), r.typmod());
            if (r.type() != c.type() || (c.typmod() != -1 && r.typmod() != c.typmod())) {
                e = co.coerce(e, c.type(), c.typmod(), Casts.Context.EXPLICIT, t.pos());
                same = false;
            }
            proj.add(e);
        }
        return same ? p.root() : new ProjectOp(p.root(), proj);
    }
}
