package org.borealis.sql.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.op.SetFunction;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.QueryBody;
import org.borealis.sql.types.ArrayType;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.IntegerType;
import org.borealis.sql.types.NumericType;
import org.borealis.sql.types.PgArray;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RecordType;
import org.borealis.sql.types.Types;

/**
 * Set-returning functions: {@code generate_series} (integers, numeric, and timestamps with an
 * interval step: {@link TimestampSeries}), {@code unnest(array)},
 * {@code information_schema._pg_expandarray(array)} (rows {@code (x, n)}) and
 * {@code pg_partition_ancestors(regclass)} (nothing: Borealis has no partitions). Binds a call, and
 * rewrites a select list whose items call them into references to the columns a
 * {@link org.borealis.sql.exec.op.ProjectSetOp} appends.
 */
final class SetFunctions {

    private SetFunctions() {
    }

    static boolean is(Expr.FuncCall f) {
        String schema = f.name().size() > 1 ? f.name().get(f.name().size() - 2) : null;
        return switch (f.simpleName()) {
            case "generate_series", "unnest", "pg_partition_ancestors" -> schema == null || schema.equals("pg_catalog");
            case "_pg_expandarray" -> "information_schema".equals(schema);
            case "jsonb_array_elements", "jsonb_array_elements_text", "jsonb_object_keys", "jsonb_each", "jsonb_each_text",
                    "json_array_elements", "json_array_elements_text", "json_object_keys", "json_each", "json_each_text" ->
                    schema == null || schema.equals("pg_catalog");
            default -> false;
        };
    }

    static SetFunction bind(Expr.FuncCall f, Binder b, PlanContext pc) {
        Coercion co = new Coercion(pc);
        List<BoundExpr> args = new ArrayList<>();
        for (Expr a : f.args()) {
            args.add(b.bind(a));
        }
        String name = f.simpleName();
        int pos = f.pos();
        switch (name) {
            case "generate_series": {
                if (args.size() < 2 || args.size() > 3) {
                    throw Functions.undefined(name, args, pos);
                }
                if (TimestampSeries.applies(args)) {
                    return TimestampSeries.bind(args, co, pos);
                }
                PgType t = Types.UNKNOWN;
                for (BoundExpr a : args) {
                    t = Coercion.common(t, Coercion.typeOf(a));
                    if (t == null || t != Types.UNKNOWN && !Types.isInteger(t) && t != Types.NUMERIC) {
                        throw Functions.undefined(name, args, pos);
                    }
                }
                PgType type = t == Types.UNKNOWN ? Types.INT4 : t;
                List<BoundExpr> a = new ArrayList<>();
                for (BoundExpr e : args) {
                    a.add(co.coerce(e, type, Casts.Context.IMPLICIT, pos));
                }
                return new SetFunction(name, a, List.of(name), List.of(type), (c, v) -> series(v, type), type);
            }
            case "unnest": {
                ArrayType at = array(name, args, pos);
                return new SetFunction(name, args, List.of(name), List.of(at.element()), (c, v) -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (Object o : ((PgArray) v[0]).items()) {
                        rows.add(new Object[] {o});
                    }
                    return rows;
                }, at.element());
            }
            case "_pg_expandarray": {
                ArrayType at = array(name, args, pos);
                RecordType rt = new RecordType(List.of(new RecordType.Field("x", at.element()),
                        new RecordType.Field("n", Types.INT4)));
                return new SetFunction(name, args, List.of("x", "n"), List.of(at.element(), Types.INT4), (c, v) -> {
                    List<Object[]> rows = new ArrayList<>();
                    List<Object> items = ((PgArray) v[0]).items();
                    for (int i = 0; i < items.size(); i++) {
                        rows.add(new Object[] {items.get(i), i + 1});
                    }
                    return rows;
                }, rt);
            }
            case "pg_partition_ancestors": {
                if (args.size() != 1) {
                    throw Functions.undefined(name, args, pos);
                }
                List<BoundExpr> a = List.of(co.coerce(args.get(0), Types.REGCLASS, Casts.Context.IMPLICIT, pos));
                return new SetFunction(name, a, List.of("relid"), List.of(Types.REGCLASS), (c, v) -> List.of(), Types.REGCLASS);
            }
            case "jsonb_array_elements", "jsonb_array_elements_text", "jsonb_object_keys", "jsonb_each", "jsonb_each_text",
                    "json_array_elements", "json_array_elements_text", "json_object_keys", "json_each", "json_each_text":
                return JsonSetFunctions.bind(name, args, co, pos);
            default:
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "function " + name + " in FROM is not supported")
                        .withPosition(pos + 1);
        }
    }

    private static ArrayType array(String name, List<BoundExpr> args, int pos) {
        if (args.size() != 1 || !(Coercion.typeOf(args.get(0)) instanceof ArrayType at)) {
            throw Functions.undefined(name, args, pos);
        }
        return at;
    }

    private static List<Object[]> series(Object[] v, PgType type) {
        BigDecimal cur = NumericType.finite(v[0], "start value");
        BigDecimal end = NumericType.finite(v[1], "stop value");
        BigDecimal inc = v.length > 2 ? NumericType.finite(v[2], "step size") : BigDecimal.ONE;
        if (inc.signum() == 0) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "step size cannot equal zero");
        }
        List<Object[]> rows = new ArrayList<>();
        while (inc.signum() > 0 ? cur.compareTo(end) <= 0 : cur.compareTo(end) >= 0) {
            rows.add(new Object[] {type instanceof IntegerType it ? it.box(cur.longValueExact()) : cur});
            cur = cur.add(inc);
        }
        return rows;
    }

    /** A select list with its set-returning calls replaced by references to appended columns. */
    record Expansion(List<QueryBody.SelectItem> items, List<SetFunction> functions, Scope scope) {
    }

    /** Null when no item calls a set-returning function. */
    static Expansion expand(List<QueryBody.SelectItem> items, Scope input, PlanContext pc) {
        List<Expr.FuncCall> calls = new ArrayList<>();
        List<QueryBody.SelectItem> out = new ArrayList<>();
        for (QueryBody.SelectItem item : items) {
            Expr e = rewrite(item.expr(), calls);
            String alias = item.alias() != null || e == item.expr() ? item.alias() : ResultNames.of(item.expr());
            out.add(new QueryBody.SelectItem(e, alias));
        }
        if (calls.isEmpty()) {
            return null;
        }
        Binder b = new Binder(pc, input);
        Scope scope = Scope.empty().addAll(input);
        List<SetFunction> fns = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            SetFunction f = bind(calls.get(i), b, pc);
            fns.add(f);
            scope.add(new Scope.Column(null, column(i), f.valueType(), -1, 0, 0));
        }
        return new Expansion(out, fns, scope);
    }

    private static String column(int i) {
        return "?set function " + i + "?";
    }

    private static Expr rewrite(Expr e, List<Expr.FuncCall> calls) {
        return switch (e) {
            case Expr.FuncCall f when is(f) -> {
                int i = -1;
                for (int k = 0; k < calls.size(); k++) {
                    if (AstEquality.same(calls.get(k), f)) {
                        i = k;
                    }
                }
                if (i < 0) {
                    calls.add(f);
                    i = calls.size() - 1;
                }
                yield new Expr.ColumnRef(List.of(column(i)), f.pos());
            }
            case Expr.FieldSelect s -> {
                Expr inner = rewrite(s.operand(), calls);
                yield inner == s.operand() ? s : new Expr.FieldSelect(inner, s.field(), s.pos());
            }
            case Expr.Cast c -> {
                Expr inner = rewrite(c.operand(), calls);
                yield inner == c.operand() ? c : new Expr.Cast(inner, c.type(), c.pos());
            }
            default -> e;
        };
    }
}
