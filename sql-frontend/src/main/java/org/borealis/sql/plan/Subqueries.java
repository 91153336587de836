package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.exec.expr.CompareExpr;
import org.borealis.sql.exec.expr.Const;
import org.borealis.sql.exec.expr.RowExpr;
import org.borealis.sql.exec.expr.SubqueryExpr;
import org.borealis.sql.exec.op.ProjectOp;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RecordType;
import org.borealis.sql.types.Types;

/**
 * Binds subqueries used as values: scalar, EXISTS, IN and {@code op ANY/ALL}. The subquery is
 * planned with the binder around it registered as an outer scope, so its columns resolve as
 * correlated references; a subquery that turns out uncorrelated is evaluated once per execution.
 */
final class Subqueries {

    private final PlanContext pc;
    private final Binder binder;
    private final Coercion co;

    Subqueries(PlanContext pc, Binder binder, Coercion co) {
        this.pc = pc;
        this.binder = binder;
        this.co = co;
    }

    BoundExpr quantified(Expr.Quantified q) {
        if (!(q.right() instanceof Expr.ScalarSubquery sub)) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, q.op() + " " + q.quantifier()
                    + " over an array is not supported yet").withPosition(q.pos() + 1);
        }
        SubqueryExpr.Kind kind = q.quantifier().equals("ALL") ? SubqueryExpr.Kind.ALL : SubqueryExpr.Kind.ANY;
        return bind(sub.query(), kind, q.left(), q.op(), false, q.pos());
    }

    BoundExpr bind(Query q, SubqueryExpr.Kind kind, Expr operand, String op, boolean negated, int pos) {
        // The operand belongs to the query around the subquery: bind it first, outside.
        List<BoundExpr> rowItems = null;
        if (operand instanceof Expr.RowConstructor rc && kind != SubqueryExpr.Kind.EXISTS) {
            rowItems = new ArrayList<>();
            for (Expr item : rc.items()) {
                rowItems.add(binder.bind(item));
            }
        }
        BoundExpr probe = operand == null || rowItems != null ? null : binder.bind(operand);
        pc.enterSubquery(binder);
        QueryPlanner.Planned p;
        boolean correlated;
        try {
            p = new QueryPlanner(pc).plan(q);
        } finally {
            correlated = pc.leaveSubquery();
        }
        if (rowItems != null) {
            return rowIn(rowItems, p, kind, op, negated, correlated, pos);
        }
        if (kind != SubqueryExpr.Kind.EXISTS && p.columns().size() != 1) {
            throw new SqlException(SqlState.SYNTAX_ERROR, p.columns().size() > 1 ? "subquery has too many columns"
                    : "subquery must return only one column").withPosition(pos + 1);
        }
        PgType t = kind == SubqueryExpr.Kind.EXISTS ? Types.BOOL : p.columns().get(0).type();
        CompareExpr.Op cmp = null;
        if (probe != null) {
            cmp = CompareExpr.Op.of(op);
            PgType c = Coercion.common(Coercion.typeOf(probe), t);
            if (c == null || cmp == null) {
                throw Binder.noOperator(op, probe, new Const(null, t), pos);
            }
            probe = co.coerce(probe, c, Casts.Context.IMPLICIT, pos);
            if (c != t) {
                BoundExpr cast = co.coerce(new ColumnRef(0, t, -1), c, Casts.Context.IMPLICIT, pos);
                return new SubqueryExpr(kind, new ProjectOp(p.root(), List.of(cast)), c, probe, cmp, negated, !correlated);
            }
        }
        return new SubqueryExpr(kind, p.root(), t, probe, cmp, negated, !correlated);
    }

    /** {@code (a, b) [NOT] IN (SELECT x, y ...)} and {@code (a, b) = ANY (SELECT x, y ...)}: rows compared field by field. */
    private BoundExpr rowIn(List<BoundExpr> items, QueryPlanner.Planned p, SubqueryExpr.Kind kind, String op, boolean negated,
                            boolean correlated, int pos) {
        int n = items.size();
        if (p.columns().size() != n) {
            throw new SqlException(SqlState.SYNTAX_ERROR, p.columns().size() > n ? "subquery has too many columns"
                    : "subquery has too few columns").withPosition(pos + 1);
        }
        if (kind != SubqueryExpr.Kind.ANY || !op.equals("=")) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "row " + op + " " + kind + " (subquery) is not supported yet")
                    .withPosition(pos + 1);
        }
        List<BoundExpr> probe = new ArrayList<>();
        List<BoundExpr> out = new ArrayList<>();
        List<RecordType.Field> fields = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BoundExpr l = items.get(i);
            PgType t = p.columns().get(i).type();
            PgType c = Coercion.common(Coercion.typeOf(l), t);
            if (c == null) {
                throw Binder.noOperator(op, l, new Const(null, t), pos);
            }
            c = c == Types.UNKNOWN ? Types.TEXT : c;
            probe.add(co.coerce(l, c, Casts.Context.IMPLICIT, pos));
            out.add(co.coerce(new ColumnRef(i, t, -1), c, Casts.Context.IMPLICIT, pos));
            fields.add(new RecordType.Field("f" + (i + 1), c));
        }
        RecordType rt = new RecordType(fields);
        return new SubqueryExpr(kind, new ProjectOp(p.root(), List.of(new RowExpr(out, rt))), rt, new RowExpr(probe, rt),
                CompareExpr.Op.EQ, negated, !correlated);
    }
}
