package org.borealis.sql.plan;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.op.LateralJoinOp;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.parser.ast.Query;

/**
 * LATERAL FROM items: {@code LATERAL (subquery)}, and set-returning functions whose arguments name
 * columns (implicitly LATERAL, as in PostgreSQL). Such an item is planned with the columns of the
 * FROM items before it as correlated references (the machinery of correlated subqueries,
 * {@link PlanContext#enterSubquery}) and joined by a {@link LateralJoinOp}, which runs it again
 * for each row of those items. In a comma list or inner join the items before it are planned
 * first (with the WHERE conjuncts that read only them), the items after it join the result as
 * usual; {@code LEFT JOIN LATERAL ... ON} keeps unmatched rows; RIGHT and FULL joins are 42P10 as
 * in PostgreSQL. A non-LATERAL subquery cannot see earlier items (42P01, as there).
 */
final class Laterals {

    private final FromPlanner from;
    private final JoinPlanner joins;
    private final PlanContext pc;

    Laterals(FromPlanner from, JoinPlanner joins) {
        this.from = from;
        this.joins = joins;
        this.pc = from.context();
    }

    /** Whether {@code item} may read the FROM items before it. */
    static boolean isLateral(FromItem item) {
        return switch (item) {
            case FromItem.Subquery s -> s.lateral();
            case FromItem.Function f -> namesColumns(f.call().args());
            default -> false;
        };
    }

    /** Whether an expression tree holds a column reference outside any subquery of its own. */
    private static boolean namesColumns(Object node) {
        if (node instanceof Expr.ColumnRef) {
            return true;
        }
        if (node instanceof Query) {
            return false;
        }
        if (node instanceof List<?> l) {
            return l.stream().anyMatch(Laterals::namesColumns);
        }
        if (node == null || !node.getClass().isRecord()) {
            return false;
        }
        try {
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                if (namesColumns(c.getAccessor().invoke(node))) {
                    return true;
                }
            }
            return false;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A comma list / inner join whose item {@code k} (not the first) is LATERAL. */
    FromPlanner.Part inner(List<FromItem> flat, FromPlanner.Part[] given, List<Expr> conj, int k) {
        FromPlanner.Part[] before = Arrays.copyOf(given, k);
        Scope leftScope = Scope.empty();
        for (int i = 0; i < k; i++) {
            if (before[i] == null) {
                before[i] = from.leaf(flat.get(i));
            }
            leftScope.addAll(before[i].scope);
        }
        List<Expr> leftConj = new ArrayList<>();
        List<Expr> restConj = new ArrayList<>();
        Binder lb = new Binder(pc, leftScope);
        for (Expr c : conj) {
            (binds(lb, c) ? leftConj : restConj).add(c);
        }
        FromPlanner.Part left = joins.innerFlat(flat.subList(0, k), before, leftConj);
        FromPlanner.Part right = planRight(flat.get(k), left.scope);
        Scope joined = Scope.empty().addAll(left.scope).addAll(right.scope);
        FromPlanner.Part combined = new FromPlanner.Part(new LateralJoinOp(left.op, right.op, right.scope.size(), null, false),
                joined, null);
        List<FromItem> rest = new ArrayList<>(flat.subList(k, flat.size()));
        FromPlanner.Part[] restGiven = new FromPlanner.Part[rest.size()];
        restGiven[0] = combined;
        System.arraycopy(given, k + 1, restGiven, 1, rest.size() - 1);
        return joins.innerFlat(rest, restGiven, restConj);
    }

    /** {@code left JOIN LATERAL right ON ...} other than an inner one. */
    FromPlanner.Part outer(FromItem.Join j) {
        if (j.type() == FromItem.JoinType.RIGHT || j.type() == FromItem.JoinType.FULL) {
            throw new SqlException(SqlState.INVALID_COLUMN_REFERENCE, "invalid reference to FROM-clause entry")
                    .withDetail("The combining JOIN type must be INNER or LEFT for a LATERAL reference.");
        }
        if (j.natural() || !j.using().isEmpty()) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "USING and NATURAL with a LATERAL item are not supported yet");
        }
        FromPlanner.Part left = joins.inner(List.of(j.left()), List.of());
        FromPlanner.Part right = planRight(j.right(), left.scope);
        Scope joined = Scope.empty().addAll(left.scope).addAll(right.scope);
        BoundExpr cond = j.on() == null ? null : new Binder(pc, joined).bindCondition(j.on(), "JOIN/ON");
        return new FromPlanner.Part(new LateralJoinOp(left.op, right.op, right.scope.size(), cond,
                j.type() == FromItem.JoinType.LEFT), joined, null);
    }

    /** Plans the LATERAL item with {@code leftScope}'s columns as references one level out. */
    private FromPlanner.Part planRight(FromItem item, Scope leftScope) {
        pc.enterSubquery(new Binder(pc, leftScope));
        FromPlanner.Part p;
        try {
            p = from.leaf(item);
        } finally {
            pc.leaveSubquery();
        }
        if (p.meta != null) {
            // a table reached through a LATERAL join item: scan it here
            return new FromPlanner.Part(from.scan(p.meta, p.scope, List.of()), p.scope, null);
        }
        return p;
    }

    private static boolean binds(Binder b, Expr c) {
        try {
            b.bindCondition(c, "WHERE");
            return true;
        } catch (SqlException e) {
            return false;
        }
    }
}
