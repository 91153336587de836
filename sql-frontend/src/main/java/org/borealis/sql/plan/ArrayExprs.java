package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.AnyArrayExpr;
import org.borealis.sql.exec.expr.ArrayExpr;
import org.borealis.sql.exec.expr.ArraySubqueryExpr;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.CompareExpr;
import org.borealis.sql.exec.expr.Const;
import org.borealis.sql.exec.expr.SubscriptExpr;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.types.ArrayType;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/** Binds array expressions: {@code ARRAY[...]}, subscripts, and {@code x op ANY/ALL (array)}. */
final class ArrayExprs {

    private final Binder binder;
    private final Coercion co;

    ArrayExprs(Binder binder, Coercion co) {
        this.binder = binder;
        this.co = co;
    }

    BoundExpr constructor(Expr.ArrayConstructor a) {
        List<BoundExpr> items = new ArrayList<>();
        PgType t = Types.UNKNOWN;
        for (Expr e : a.items()) {
            BoundExpr b = binder.bind(e);
            items.add(b);
            PgType c = Coercion.unify(t, Coercion.typeOf(b));
            if (c == null) {
                throw new SqlException(SqlState.DATATYPE_MISMATCH, "ARRAY types " + t.displayName() + " and "
                        + Coercion.typeOf(b).displayName() + " cannot be matched").withPosition(e.pos() + 1);
            }
            t = c;
        }
        if (items.isEmpty()) {
            throw new SqlException(SqlState.INDETERMINATE_DATATYPE, "cannot determine type of empty array")
                    .withHint("Explicitly cast to the desired type, for example ARRAY[]::integer[].").withPosition(a.pos() + 1);
        }
        t = t == Types.UNKNOWN ? Types.TEXT : t;
        ArrayType at = arrayOf(t, a.pos());
        List<BoundExpr> coerced = new ArrayList<>();
        for (BoundExpr b : items) {
            coerced.add(co.coerce(b, t, Casts.Context.IMPLICIT, a.pos()));
        }
        return new ArrayExpr(coerced, at);
    }

    BoundExpr subscript(Expr.Subscript s) {
        BoundExpr array = binder.bind(s.operand());
        if (Coercion.typeOf(array) == Types.JSONB) {
            return JsonOps.subscript(array, binder.bind(s.index()), co, s.pos());
        }
        if (!(Coercion.typeOf(array) instanceof ArrayType at)) {
            throw new SqlException(SqlState.DATATYPE_MISMATCH, "cannot subscript type " + Coercion.typeOf(array).displayName()
                    + " because it does not support subscripting").withPosition(s.pos() + 1);
        }
        BoundExpr index = co.coerce(binder.bind(s.index()), Types.INT4, Casts.Context.ASSIGNMENT, s.pos());
        return new SubscriptExpr(array, index, at.element());
    }

    /** {@code left op ANY|ALL (right)} where right is an array. */
    BoundExpr quantified(Expr.Quantified q) {
        BoundExpr left = binder.bind(q.left());
        BoundExpr right = binder.bind(q.right());
        CompareExpr.Op op = CompareExpr.Op.of(q.op().equals("!=") ? "<>" : q.op());
        if (Coercion.isUnknown(right) && !Coercion.isUnknown(left)) {
            ArrayType at = arrayOf(Coercion.typeOf(left), q.pos());
            right = co.coerce(right, at, Casts.Context.IMPLICIT, q.pos());
        }
        if (!(Coercion.typeOf(right) instanceof ArrayType at) || op == null) {
            throw new SqlException(SqlState.WRONG_OBJECT_TYPE, "op ANY/ALL (array) requires array on right side")
                    .withPosition(q.pos() + 1);
        }
        PgType t = Coercion.common(Coercion.typeOf(left), at.element());
        if (t == null || t != at.element() && Casts.numericRank(t) == 0) {
            throw Binder.noOperator(q.op(), left, new Const(null, at), q.pos());
        }
        if (t != at.element()) {
            right = co.coerce(right, arrayOf(t, q.pos()), Casts.Context.IMPLICIT, q.pos());
        }
        return new AnyArrayExpr(op, q.quantifier().equals("ALL"), co.coerce(left, t, Casts.Context.IMPLICIT, q.pos()), right, t);
    }

    /** {@code ARRAY(subquery)}, correlated or not: the rows' single column, in order, as an array. */
    BoundExpr subquery(Expr.ArraySubquery a, PlanContext pc) {
        pc.enterSubquery(binder);
        QueryPlanner.Planned p;
        try {
            p = new QueryPlanner(pc).plan(a.query());
        } finally {
            pc.leaveSubquery();
        }
        if (p.columns().size() != 1) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "subquery must return only one column").withPosition(a.pos() + 1);
        }
        return new ArraySubqueryExpr(p.root(), arrayOf(p.columns().get(0).type(), a.pos()));
    }

    static ArrayType arrayOf(PgType element, int pos) {
        ArrayType at = Types.arrayOf(element);
        if (at == null) {
            throw new SqlException(SqlState.UNDEFINED_OBJECT, "could not find array type for data type "
                    + element.displayName()).withPosition(pos + 1);
        }
        return at;
    }
}
