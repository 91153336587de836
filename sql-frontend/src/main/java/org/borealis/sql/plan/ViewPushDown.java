package org.borealis.sql.plan;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.parser.ast.QueryBody;

/**
 * Pushes WHERE conjuncts of a query using a view into the view's own WHERE. Only for a view that
 * is one plain SELECT without WITH, DISTINCT, GROUP BY, HAVING, LIMIT, OFFSET or locking, and only
 * conjuncts over output columns that are plain columns of it: filtering its output rows is then
 * the same as filtering inside it (an aggregate or window output, or a set-returning function,
 * would make them differ, so a view with any of those in its outputs takes nothing). A
 * conjunct moves when every column it names is such a view column (by the name the using query
 * sees, bare or qualified by the view's alias) and it holds no subquery or window function; each
 * reference is replaced by the view's column expression. The conjunct is still applied above
 * the view too, so this only ever narrows what the view reads.
 */
final class ViewPushDown {

    private final Query query;
    private final QueryBody.Select select;
    private final String rel;
    private final List<String> names;

    ViewPushDown(Query query, String rel, List<String> names) {
        this.query = query;
        this.rel = rel;
        this.names = names;
        this.select = plain(query) ? (QueryBody.Select) query.body() : null;
    }

    private static boolean plain(Query q) {
        if (!q.with().isEmpty() || q.limit() != null || q.offset() != null || q.locking() != null
                || !(q.body() instanceof QueryBody.Select s)) {
            return false;
        }
        if (s.distinct() || (s.distinctOn() != null && !s.distinctOn().isEmpty())
                || (s.groupBy() != null && !s.groupBy().isEmpty()) || s.having() != null) {
            return false;
        }
        for (QueryBody.SelectItem item : s.items()) {
            if (AggregateFinder.contains(item.expr()) || windowOrSet(item.expr())) {
                return false;
            }
        }
        return true;
    }

    /** Whether an expression calls a window or set-returning function (outside subqueries). */
    private static boolean windowOrSet(Object node) {
        if (node instanceof Expr.FuncCall f && (f.over() != null || SetFunctions.is(f))) {
            return true;
        }
        if (node instanceof Query || node == null) {
            return false;
        }
        if (node instanceof List<?> l) {
            for (Object o : l) {
                if (windowOrSet(o)) {
                    return true;
                }
            }
            return false;
        }
        if (!node.getClass().isRecord()) {
            return false;
        }
        try {
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                if (windowOrSet(c.getAccessor().invoke(node))) {
                    return true;
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return false;
    }

    /** The view's query with the conjuncts that can move added to its WHERE; null when none can. */
    Query narrow(List<Expr> conjuncts) {
        if (select == null) {
            return null;
        }
        List<Expr> moved = new ArrayList<>();
        for (Expr c : conjuncts) {
            try {
                moved.add((Expr) substitute(c));
            } catch (Unmovable e) {
                // stays above the view only
            }
        }
        if (moved.isEmpty()) {
            return null;
        }
        List<Expr> where = new ArrayList<>();
        if (select.where() != null) {
            where.add(select.where());
        }
        where.addAll(moved);
        QueryBody.Select s = new QueryBody.Select(select.distinct(), select.distinctOn(), select.items(), select.from(),
                Conjuncts.join(where), select.groupBy(), select.having());
        return new Query(query.with(), s, query.orderBy(), query.limit(), query.offset(), query.locking(), query.withTies());
    }

    /** A conjunct that cannot move into the view. */
    private static final class Unmovable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unmovable() {
            super(null, null, false, false);
        }
    }

    private Expr column(Expr.ColumnRef c) throws Unmovable {
        List<String> n = c.names();
        if (n.size() > 2 || (n.size() == 2 && !n.get(0).equals(rel))) {
            throw new Unmovable();
        }
        int i = names.indexOf(c.column());
        if (i < 0 || names.lastIndexOf(c.column()) != i || i >= select.items().size()
                || !(select.items().get(i).expr() instanceof Expr.ColumnRef ref)) {
            throw new Unmovable();
        }
        return ref;
    }

    /** Rebuilds an AST node with view column references replaced; Unmovable for what cannot move. */
    private Object substitute(Object node) throws Unmovable {
        if (node instanceof Expr.ColumnRef c) {
            return column(c);
        }
        if (node instanceof Query || node instanceof Expr.Star
                || (node instanceof Expr.FuncCall f && f.over() != null)) {
            throw new Unmovable();
        }
        return org.borealis.sql.parser.ast.AstNodes.map(node, this::substitute);
    }
}
