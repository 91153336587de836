package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.AggregateCall;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.op.SortOp;
import org.borealis.sql.exec.op.WindowCall;
import org.borealis.sql.exec.op.WindowFrame;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.SortItem;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * The window function calls of one SELECT, collected while its select list and ORDER BY are bound.
 * Each call becomes a {@link WindowRef} to a column the window operator appends after the columns
 * of its input row, whose width ({@link #base}) is settled once binding is done (aggregates found
 * later widen a grouped input).
 */
final class Windowing {

    final List<WindowCall> calls = new ArrayList<>();
    private final List<Expr.FuncCall> asts = new ArrayList<>();
    int base = -1;

    /** A reference to window call {@code i}'s value in the window operator's output row. */
    final class WindowRef extends BoundExpr {
        private final int i;
        private final PgType type;

        WindowRef(int i, PgType type) {
            this.i = i;
            this.type = type;
        }

        @Override
        public PgType type() {
            return type;
        }

        @Override
        public Object eval(ExecContext ctx, Object[] row) {
            return row[base + i];
        }
    }

    /** Binds window call {@code f}; {@code b} binds its arguments over the window operator's input. */
    BoundExpr bind(Expr.FuncCall f, Binder b, Coercion co) {
        for (int i = 0; i < asts.size(); i++) {
            if (AstEquality.same(asts.get(i), f)) {
                return new WindowRef(i, calls.get(i).type());
            }
        }
        String name = f.simpleName();
        List<BoundExpr> partition = new ArrayList<>();
        for (Expr e : f.over().partitionBy()) {
            partition.add(text(b.bind(e), co, e.pos()));
        }
        List<SortOp.Key> order = new ArrayList<>();
        for (SortItem si : f.over().orderBy()) {
            boolean nullsFirst = si.nullsFirst() != null ? si.nullsFirst() : si.descending();
            order.add(new SortOp.Key(text(b.bind(si.expr()), co, si.expr().pos()), si.descending(), nullsFirst));
        }
        List<BoundExpr> args = new ArrayList<>();
        AggregateCall agg = null;
        PgType type;
        switch (name) {
            case "row_number", "rank", "dense_rank" -> {
                arity(f, 0);
                type = Types.INT8;
            }
            case "percent_rank", "cume_dist" -> {
                arity(f, 0);
                type = Types.FLOAT8;
            }
            case "ntile" -> {
                arity(f, 1);
                args.add(b.bind(f.args().get(0), Types.INT4, -1, Casts.Context.IMPLICIT));
                type = Types.INT4;
            }
            case "lag", "lead" -> {
                if (f.args().isEmpty() || f.args().size() > 3) {
                    throw Functions.undefined(name, List.of(), f.pos());
                }
                BoundExpr v = text(b.bind(f.args().get(0)), co, f.pos());
                args.add(v);
                type = v.type();
                if (f.args().size() > 1) {
                    args.add(b.bind(f.args().get(1), Types.INT4, -1, Casts.Context.IMPLICIT));
                }
                if (f.args().size() > 2) {
                    args.add(b.bind(f.args().get(2), type, -1, Casts.Context.IMPLICIT));
                }
            }
            case "first_value", "last_value" -> {
                arity(f, 1);
                BoundExpr v = text(b.bind(f.args().get(0)), co, f.pos());
                args.add(v);
                type = v.type();
            }
            case "nth_value" -> {
                arity(f, 2);
                BoundExpr v = text(b.bind(f.args().get(0)), co, f.pos());
                args.add(v);
                args.add(b.bind(f.args().get(1), Types.INT4, -1, Casts.Context.IMPLICIT));
                type = v.type();
            }
            default -> {
                if (!AggregateCall.isAggregate(name) || name.equals("string_agg") || name.equals("array_agg")) {
                    throw new SqlException(SqlState.UNDEFINED_FUNCTION, "function " + name + " is not a window function")
                            .withPosition(f.pos() + 1);
                }
                if (f.distinct()) {
                    throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "DISTINCT is not implemented for window functions")
                            .withPosition(f.pos() + 1);
                }
                BoundExpr arg = null;
                if (!f.star()) {
                    arity(f, 1);
                    arg = b.bind(f.args().get(0));
                    if (Coercion.isUnknown(arg)) {
                        arg = co.coerce(arg, name.startsWith("bool") || name.equals("every") ? Types.BOOL
                                : name.equals("count") || name.equals("min") || name.equals("max") ? Types.TEXT : Types.NUMERIC,
                                Casts.Context.IMPLICIT, f.pos());
                    }
                }
                type = arg == null ? Types.INT8 : AggregateCall.resultType(name, arg.type());
                BoundExpr filter = f.filter() == null ? null : b.bindCondition(f.filter(), "FILTER");
                agg = new AggregateCall(name, arg, false, type, null, filter, List.of());
            }
        }
        WindowFrame frame = f.over().frame() == null ? null : frame(f.over().frame(), order, b);
        calls.add(new WindowCall(name, args, agg, partition, order, type, frame));
        asts.add(f);
        return new WindowRef(calls.size() - 1, type);
    }

    /** Binds an explicit frame; its offsets are bigint (ROWS, GROUPS) or of the ORDER BY key's kind (RANGE). */
    private static WindowFrame frame(Expr.Frame f, List<SortOp.Key> order, Binder b) {
        WindowFrame.Mode mode = WindowFrame.Mode.valueOf(f.mode().name());
        boolean offsets = f.start().offset() != null || f.end().offset() != null;
        if (mode == WindowFrame.Mode.GROUPS && order.isEmpty()) {
            throw new SqlException(SqlState.WINDOWING_ERROR, "GROUPS mode requires an ORDER BY clause").withPosition(f.pos() + 1);
        }
        PgType offsetType = Types.INT8;
        if (mode == WindowFrame.Mode.RANGE && offsets) {
            if (order.size() != 1) {
                throw new SqlException(SqlState.WINDOWING_ERROR,
                        "RANGE with offset PRECEDING/FOLLOWING requires exactly one ORDER BY column").withPosition(f.pos() + 1);
            }
            PgType kt = order.get(0).expr().type();
            if (!WindowFrame.rangeOffsetKey(kt)) {
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "RANGE with offset PRECEDING/FOLLOWING is not supported for column type "
                        + kt.displayName()).withPosition(f.pos() + 1);
            }
            offsetType = kt instanceof org.borealis.sql.types.FloatType ? Types.FLOAT8 : kt == Types.NUMERIC ? Types.NUMERIC : Types.INT8;
        }
        return new WindowFrame(mode, bound(f.start(), b, offsetType), bound(f.end(), b, offsetType),
                WindowFrame.Exclusion.valueOf(f.exclusion().name()));
    }

    private static WindowFrame.Bound bound(Expr.FrameBound fb, Binder b, PgType offsetType) {
        WindowFrame.Kind kind = WindowFrame.Kind.valueOf(fb.kind().name());
        return new WindowFrame.Bound(kind, fb.offset() == null ? null
                : b.bind(fb.offset(), offsetType, -1, Casts.Context.IMPLICIT));
    }

    private static BoundExpr text(BoundExpr e, Coercion co, int pos) {
        return Coercion.isUnknown(e) ? co.coerce(e, Types.TEXT, Casts.Context.IMPLICIT, pos) : e;
    }

    private static void arity(Expr.FuncCall f, int n) {
        if (f.args().size() != n || f.star()) {
            throw Functions.undefined(f.simpleName(), List.of(), f.pos());
        }
    }

    /** Whether an AST contains a window function call (not looking into subqueries). */
    static boolean contains(Object node) {
        if (node instanceof Expr.FuncCall f && f.over() != null) {
            return true;
        }
        if (node instanceof org.borealis.sql.parser.ast.Query || node == null) {
            return false;
        }
        if (node instanceof List<?> l) {
            for (Object o : l) {
                if (contains(o)) {
                    return true;
                }
            }
            return false;
        }
        if (!node.getClass().isRecord()) {
            return false;
        }
        try {
            for (java.lang.reflect.RecordComponent c : node.getClass().getRecordComponents()) {
                if (contains(c.getAccessor().invoke(node))) {
                    return true;
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return false;
    }
}
