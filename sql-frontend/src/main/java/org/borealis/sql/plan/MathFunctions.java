package org.borealis.sql.plan;

import java.math.BigDecimal;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.NumericArith;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.IntegerType;
import org.borealis.sql.types.NumericType;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * Math functions beyond abs and rounding: mod, div, power/pow, sqrt, cbrt, exp, ln, log/log10,
 * sign, scale, pi, degrees, radians. Integer and numeric arguments keep exact arithmetic where PostgreSQL
 * does (mod, div, sign, numeric power); sqrt, exp, ln, log and log10 of numeric are numeric with
 * PostgreSQL's result scales ({@link org.borealis.sql.exec.expr.NumericTranscendental}); the rest
 * compute in double precision.
 */
final class MathFunctions {

    private MathFunctions() {
    }

    static BoundExpr call(Coercion co, String name, List<BoundExpr> args, int pos) {
        int n = args.size();
        switch (name) {
            case "pi":
                Functions.arity(name, args, 0, pos);
                return Functions.fn(name, args, Types.FLOAT8, (c, v) -> Math.PI, false);
            case "mod": {
                Functions.arity(name, args, 2, pos);
                PgType t = exactCommon(args, name, pos);
                List<BoundExpr> a = Functions.coerceAll(co, args, t, pos);
                return Functions.fn(name, a, t, (c, v) -> {
                    if (t instanceof IntegerType it) {
                        long d = ((Number) v[1]).longValue();
                        if (d == 0) {
                            throw divisionByZero();
                        }
                        return it.box(d == -1 ? 0 : ((Number) v[0]).longValue() % d);
                    }
                    return NumericArith.mod(v[0], v[1]);
                }, false);
            }
            case "div": {
                Functions.arity(name, args, 2, pos);
                exactCommon(args, name, pos);
                List<BoundExpr> a = Functions.coerceAll(co, args, Types.NUMERIC, pos);
                return Functions.fn(name, a, Types.NUMERIC, (c, v) -> NumericArith.divideTrunc(v[0], v[1]), false);
            }
            case "scale": {
                Functions.arity(name, args, 1, pos);
                List<BoundExpr> a = Functions.coerceAll(co, args, Types.NUMERIC, pos);
                return Functions.fn(name, a, Types.INT4, (c, v) -> v[0] instanceof BigDecimal d
                        ? NumericType.normalize(d).scale() : null, false);
            }
            case "sign": {
                Functions.arity(name, args, 1, pos);
                BoundExpr a = numericOrDouble(co, args.get(0), pos);
                return Functions.fn(name, List.of(a), a.type(), (c, v) -> a.type() == Types.NUMERIC
                        ? NumericArith.signOf(v[0]) : Math.signum((Double) v[0]), false);
            }
            case "power", "pow": {
                Functions.arity(name, args, 2, pos);
                boolean numeric = Coercion.typeOf(args.get(0)) == Types.NUMERIC || Coercion.typeOf(args.get(1)) == Types.NUMERIC;
                if (numeric) {
                    List<BoundExpr> a = Functions.coerceAll(co, args, Types.NUMERIC, pos);
                    return Functions.fn(name, a, Types.NUMERIC, (c, v) -> NumericArith.power(v[0], v[1]), false);
                }
                List<BoundExpr> a = Functions.coerceAll(co, args, Types.FLOAT8, pos);
                return Functions.fn(name, a, Types.FLOAT8, (c, v) -> org.borealis.sql.exec.expr.FloatMath.pow((Double) v[0], (Double) v[1]), false);
            }
            case "sqrt", "cbrt", "exp", "ln", "log", "log10", "degrees", "radians": {
                if (n == 2 && name.equals("log")) {
                    List<BoundExpr> a = Functions.coerceAll(co, args, Types.NUMERIC, pos);
                    return Functions.fn(name, a, Types.NUMERIC, (c, v) -> NumericArith.logBase(v[0], v[1]), false);
                }
                Functions.arity(name, args, 1, pos);
                if (Coercion.typeOf(args.get(0)) == Types.NUMERIC && !name.equals("cbrt") && !name.equals("degrees")
                        && !name.equals("radians")) {
                    // numeric in, numeric out, as PostgreSQL's sqrt/exp/ln/log/log10(numeric)
                    return Functions.fn(name, args, Types.NUMERIC, (c, v) -> NumericArith.unary(name, v[0]), false);
                }
                BoundExpr a = co.coerce(args.get(0), Types.FLOAT8, Casts.Context.IMPLICIT, pos);
                return Functions.fn(name, List.of(a), Types.FLOAT8, (c, v) -> unary(name, (Double) v[0]), false);
            }
            default:
                return null;
        }
    }

    private static BoundExpr numericOrDouble(Coercion co, BoundExpr a, int pos) {
        PgType t = Coercion.typeOf(a);
        return co.coerce(a, t == Types.NUMERIC || t instanceof IntegerType ? Types.NUMERIC : Types.FLOAT8,
                Casts.Context.IMPLICIT, pos);
    }

    private static PgType exactCommon(List<BoundExpr> args, String name, int pos) {
        PgType t = Coercion.common(Coercion.typeOf(args.get(0)), Coercion.typeOf(args.get(1)));
        if (t == Types.UNKNOWN || t == Types.TEXT) {
            return Types.INT4;
        }
        if (t instanceof IntegerType || t == Types.NUMERIC) {
            return t;
        }
        throw Functions.undefined(name, args, pos);
    }

    private static double unary(String name, double x) {
        return switch (name) {
            case "sqrt" -> {
                if (x < 0) {
                    throw new SqlException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION, "cannot take square root of a negative number");
                }
                yield Math.sqrt(x);
            }
            case "cbrt" -> Math.cbrt(x);
            case "exp" -> org.borealis.sql.exec.expr.FloatMath.exp(x);
            case "ln", "log", "log10" -> {
                if (x == 0) {
                    throw new SqlException(SqlState.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of zero");
                }
                if (x < 0) {
                    throw new SqlException(SqlState.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of a negative number");
                }
                yield name.equals("ln") ? Math.log(x) : Math.log10(x);
            }
            case "degrees" -> Math.toDegrees(x);
            default -> Math.toRadians(x);
        };
    }

    private static SqlException divisionByZero() {
        return new SqlException(SqlState.DIVISION_BY_ZERO, "division by zero");
    }
}
