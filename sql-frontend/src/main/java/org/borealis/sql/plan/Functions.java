package org.borealis.sql.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.CaseExpr;
import org.borealis.sql.exec.expr.FuncExpr;
import org.borealis.sql.exec.expr.NullTestExpr;
import org.borealis.sql.exec.expr.NumericArith;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.session.Settings;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.FloatType;
import org.borealis.sql.types.IntegerType;
import org.borealis.sql.types.NumericType;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.StringType;
import org.borealis.sql.types.Types;

/**
 * The built-in scalar functions and SQL-standard niladic values, resolved by name and argument
 * types to a {@link FuncExpr}. Names may be qualified with {@code pg_catalog}.
 */
final class Functions {

    private final Coercion co;
    private final StringFunctions strings;
    private final PlanContext pc;

    Functions(Coercion co) {
        this(co, null);
    }

    Functions(Coercion co, PlanContext pc) {
        this.co = co;
        this.strings = new StringFunctions(co);
        this.pc = pc;
    }

    static SqlException undefined(String name, List<BoundExpr> args, int pos) {
        StringBuilder sig = new StringBuilder(name).append('(');
        for (int i = 0; i < args.size(); i++) {
            sig.append(i > 0 ? ", " : "").append(Coercion.typeOf(args.get(i)).displayName());
        }
        return new SqlException(SqlState.UNDEFINED_FUNCTION, "function " + sig + ") does not exist")
                .withHint("No function matches the given name and argument types. You might need to add explicit type casts.")
                .withPosition(pos + 1);
    }

    BoundExpr special(String name, int pos) {
        return switch (name) {
            case "current_timestamp", "now" -> fn("now", List.of(), Types.TIMESTAMPTZ, (c, a) -> c.transactionStart(), false);
            case "localtimestamp" -> fn("localtimestamp", List.of(), Types.TIMESTAMP,
                    (c, a) -> LocalDateTime.ofInstant(c.transactionStart(), c.format().zone()), false);
            case "current_date" -> fn("current_date", List.of(), Types.DATE,
                    (c, a) -> LocalDateTime.ofInstant(c.transactionStart(), c.format().zone()).toLocalDate(), false);
            case "current_user", "session_user", "user", "current_role" -> fn(name, List.of(), Types.NAME,
                    (c, a) -> c.session().user(), false);
            case "current_schema" -> {
                org.borealis.sql.pgcatalog.CatalogSource src = pc.catalog().systemCatalog();
                yield fn(name, List.of(), Types.NAME, (c, a) -> {
                    if (src == null) {
                        return "public";
                    }
                    List<String> path = org.borealis.sql.pgcatalog.CatalogFunctions.searchPath(src.snapshot(), c, false);
                    return path.isEmpty() ? null : path.get(0);
                }, false);
            }
            case "current_catalog" -> fn(name, List.of(), Types.NAME, (c, a) -> c.session().database(), false);
            default -> throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, name + " is not supported").withPosition(pos + 1);
        };
    }

    BoundExpr call(Expr.FuncCall call, List<BoundExpr> args) {
        if (call.name().size() > 1 && !call.name().get(0).equals("pg_catalog")) {
            throw undefined(String.join(".", call.name()), args, call.pos());
        }
        String name = call.simpleName();
        int pos = call.pos();
        int n = args.size();
        switch (name) {
            case "now", "transaction_timestamp":
                arity(name, args, 0, pos);
                return special("now", pos);
            case "statement_timestamp":
                return fn(name, args, Types.TIMESTAMPTZ, (c, a) -> c.statementStart(), false);
            case "clock_timestamp":
                return fn(name, args, Types.TIMESTAMPTZ, (c, a) -> Instant.now(), true);
            case "version":
                arity(name, args, 0, pos);
                return constFn(name, Types.TEXT, "PostgreSQL " + Settings.SERVER_VERSION + " on x86_64-pc-linux-gnu, compiled by javac, 64-bit");
            case "current_database":
                return fn(name, args, Types.NAME, (c, a) -> c.session().database(), false);
            case "current_schema":
                return special("current_schema", pos);
            case "current_user", "session_user":
                return special(name, pos);
            case "pg_backend_pid":
                return fn(name, args, Types.INT4, (c, a) -> c.session().backendPid(), false);
            case "current_setting": {
                List<BoundExpr> a = coerceAll(args, Types.TEXT, pos);
                return fn(name, a, Types.TEXT, (c, v) -> c.session().setting((String) v[0]), false, true);
            }
            case "set_config": {
                if (n != 3) {
                    throw undefined(name, args, pos);
                }
                List<BoundExpr> a = List.of(co.coerce(args.get(0), Types.TEXT, Casts.Context.IMPLICIT, pos),
                        co.coerce(args.get(1), Types.TEXT, Casts.Context.IMPLICIT, pos),
                        co.coerce(args.get(2), Types.BOOL, Casts.Context.IMPLICIT, pos));
                return fn(name, a, Types.TEXT, (c, v) -> {
                    c.session().setSetting((String) v[0], (String) v[1], (Boolean) v[2]);
                    return c.session().setting((String) v[0]);
                }, true);
            }
            case "gen_random_uuid":
                arity(name, args, 0, pos);
                return fn(name, args, Types.UUID, (c, a) -> java.util.UUID.randomUUID(), true);
            case "random":
                return fn(name, args, Types.FLOAT8, (c, a) -> ThreadLocalRandom.current().nextDouble(), true);
            case "coalesce":
                return coalesce(args, pos);
            case "nullif": {
                arity(name, args, 2, pos);
                PgType t = Coercion.common(Coercion.typeOf(args.get(0)), Coercion.typeOf(args.get(1)));
                if (t == null) {
                    throw undefined(name, args, pos);
                }
                BoundExpr x = co.coerce(args.get(0), t, Casts.Context.IMPLICIT, pos);
                BoundExpr y = co.coerce(args.get(1), t, Casts.Context.IMPLICIT, pos);
                return fn(name, List.of(x, y), t, (c, v) -> v[0] != null && v[1] != null && t.equal(v[0], v[1]) ? null : v[0], false, false);
            }
            case "greatest", "least": {
                PgType t = commonOf(args, name, pos);
                List<BoundExpr> a = coerceAll(args, t, pos);
                boolean greatest = name.equals("greatest");
                return fn(name, a, t, (c, v) -> {
                    Object best = null;
                    for (Object o : v) {
                        if (o != null && (best == null || (greatest ? t.compare(o, best) > 0 : t.compare(o, best) < 0))) {
                            best = o;
                        }
                    }
                    return best;
                }, false, false);
            }
            case "abs": {
                arity(name, args, 1, pos);
                BoundExpr a = numericArg(args.get(0), name, args, pos);
                PgType t = a.type();
                return fn(name, List.of(a), t, (c, v) -> {
                    if (t == Types.NUMERIC) {
                        return NumericArith.abs(v[0]);
                    }
                    if (t instanceof IntegerType it) {
                        long l = ((Number) v[0]).longValue();
                        if (l == Long.MIN_VALUE) {
                            throw it.outOfRange();
                        }
                        return it.box(Math.abs(l));
                    }
                    return ((FloatType) t).box(Math.abs(((Number) v[0]).doubleValue()));
                }, false);
            }
            case "round", "trunc", "floor", "ceil", "ceiling":
                return rounding(name, args, pos);
            case "lower", "upper": {
                arity(name, args, 1, pos);
                BoundExpr a = co.coerce(args.get(0), Types.TEXT, Casts.Context.IMPLICIT, pos);
                boolean lower = name.equals("lower");
                return fn(name, List.of(a), Types.TEXT, (c, v) -> lower ? ((String) v[0]).toLowerCase(Locale.ROOT)
                        : ((String) v[0]).toUpperCase(Locale.ROOT), false);
            }
            case "length", "char_length", "character_length": {
                arity(name, args, 1, pos);
                BoundExpr a = args.get(0);
                if (Coercion.typeOf(a) == Types.BYTEA) {
                    return fn(name, List.of(a), Types.INT4, (c, v) -> ((byte[]) v[0]).length, false);
                }
                BoundExpr t = co.coerce(a, Types.TEXT, Casts.Context.IMPLICIT, pos);
                return fn(name, List.of(t), Types.INT4, (c, v) -> StringType.charLength((String) v[0]), false);
            }
            case "substring", "substr": {
                if (n < 2 || n > 3) {
                    throw undefined(name, args, pos);
                }
                List<BoundExpr> a = new ArrayList<>();
                a.add(co.coerce(args.get(0), Types.TEXT, Casts.Context.IMPLICIT, pos));
                for (int i = 1; i < n; i++) {
                    a.add(co.coerce(args.get(i), Types.INT4, Casts.Context.IMPLICIT, pos));
                }
                return fn(name, a, Types.TEXT, (c, v) -> substring((String) v[0], (Integer) v[1], v.length > 2 ? (Integer) v[2] : null), false);
            }
            case "strpos", "position": {
                arity(name, args, 2, pos);
                List<BoundExpr> a = coerceAll(args, Types.TEXT, pos);
                return fn(name, a, Types.INT4, (c, v) -> {
                    int i = ((String) v[0]).indexOf((String) v[1]);
                    return i < 0 ? 0 : ((String) v[0]).codePointCount(0, i) + 1;
                }, false);
            }
            case "btrim", "ltrim", "rtrim": {
                if (n < 1 || n > 2) {
                    throw undefined(name, args, pos);
                }
                List<BoundExpr> a = coerceAll(args, Types.TEXT, pos);
                return fn(name, a, Types.TEXT, (c, v) -> trim((String) v[0], v.length > 1 ? (String) v[1] : " ",
                        !name.equals("rtrim"), !name.equals("ltrim")), false);
            }
            case "pg_typeof": {
                arity(name, args, 1, pos);
                String t = Coercion.typeOf(args.get(0)).displayName();
                return constFn(name, Types.TEXT, t);
            }
            default: {
                BoundExpr e = strings.call(name, args, pos);
                if (e == null) {
                    e = SequenceFunctions.call(co, name, args, pos);
                }
                if (e == null) {
                    e = MathFunctions.call(co, name, args, pos);
                }
                if (e == null) {
                    e = new DateTimeFunctions(co).call(name, args, pos);
                }
                if (e == null) {
                    e = new JsonFunctions(co).call(name, args, pos);
                }
                if (e == null && pc != null) {
                    e = new SystemFunctions(pc, co).call(call, args);
                }
                if (e == null) {
                    throw undefined(name, args, pos);
                }
                return e;
            }
        }
    }

    static String substring(String s, int start, Integer len) {
        int cps = s.codePointCount(0, s.length());
        long from = start;
        long to = len == null ? Long.MAX_VALUE : (long) start + len;
        if (len != null && len < 0) {
            throw new SqlException(SqlState.SUBSTRING_ERROR, "negative substring length not allowed");
        }
        from = Math.max(from, 1);
        to = Math.min(to, (long) cps + 1);
        if (to <= from) {
            return "";
        }
        int b = s.offsetByCodePoints(0, (int) from - 1);
        int e = s.offsetByCodePoints(0, (int) to - 1);
        return s.substring(b, e);
    }

    private static String trim(String s, String chars, boolean leading, boolean trailing) {
        int b = 0;
        int e = s.length();
        while (leading && b < e && chars.indexOf(s.charAt(b)) >= 0) {
            b++;
        }
        while (trailing && e > b && chars.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(b, e);
    }

    private BoundExpr rounding(String name, List<BoundExpr> args, int pos) {
        if (args.isEmpty() || args.size() > 2 || (args.size() == 2 && !(name.equals("round") || name.equals("trunc")))) {
            throw undefined(name, args, pos);
        }
        BoundExpr a = args.get(0);
        PgType t = Coercion.typeOf(a);
        if (t instanceof FloatType && args.size() == 1) {
            BoundExpr f = co.coerce(a, Types.FLOAT8, Casts.Context.IMPLICIT, pos);
            return fn(name, List.of(f), Types.FLOAT8, (c, v) -> {
                double d = (Double) v[0];
                return switch (name) {
                    case "round" -> Math.rint(d); // C's rint: halves to even, as PostgreSQL's dround
                    case "trunc" -> d < 0 ? Math.ceil(d) : Math.floor(d);
                    case "floor" -> Math.floor(d);
                    default -> Math.ceil(d);
                };
            }, false);
        }
        BoundExpr num = co.coerce(a, Types.NUMERIC, Casts.Context.IMPLICIT, pos);
        List<BoundExpr> all = new ArrayList<>(List.of(num));
        if (args.size() == 2) {
            all.add(co.coerce(args.get(1), Types.INT4, Casts.Context.IMPLICIT, pos));
        }
        return fn(name, all, Types.NUMERIC, (c, v) -> {
            if (!(v[0] instanceof BigDecimal d)) {
                return v[0];
            }
            int scale = v.length > 1 ? (Integer) v[1] : 0;
            BigDecimal r = switch (name) {
                case "round" -> d.setScale(scale, RoundingMode.HALF_UP);
                case "trunc" -> d.setScale(scale, RoundingMode.DOWN);
                case "floor" -> d.setScale(0, RoundingMode.FLOOR);
                default -> d.setScale(0, RoundingMode.CEILING);
            };
            return NumericType.normalize(r);
        }, false);
    }

    private BoundExpr numericArg(BoundExpr a, String name, List<BoundExpr> args, int pos) {
        PgType t = Coercion.typeOf(a);
        if (t == Types.UNKNOWN) {
            return co.coerce(a, Types.FLOAT8, Casts.Context.IMPLICIT, pos);
        }
        if (Casts.numericRank(t) == 0) {
            throw undefined(name, args, pos);
        }
        return a;
    }

    private BoundExpr coalesce(List<BoundExpr> args, int pos) {
        PgType t = commonOf(args, "coalesce", pos);
        List<BoundExpr> a = coerceAll(args, t, pos);
        List<BoundExpr> conds = new ArrayList<>();
        for (BoundExpr e : a) {
            conds.add(new NullTestExpr(e, NullTestExpr.Test.NULL, true));
        }
        return new CaseExpr(conds, a, null, t);
    }

    PgType commonOf(List<BoundExpr> args, String name, int pos) {
        if (args.isEmpty()) {
            throw undefined(name, args, pos);
        }
        PgType t = Types.UNKNOWN;
        for (BoundExpr e : args) {
            PgType c = Coercion.unify(t, Coercion.typeOf(e));
            if (c == null) {
                throw new SqlException(SqlState.DATATYPE_MISMATCH, name.toUpperCase(Locale.ROOT) + " types "
                        + t.displayName() + " and " + Coercion.typeOf(e).displayName() + " cannot be matched")
                        .withPosition(pos + 1);
            }
            t = c;
        }
        return t == Types.UNKNOWN ? Types.TEXT : t;
    }

    List<BoundExpr> coerceAll(List<BoundExpr> args, PgType t, int pos) {
        return coerceAll(co, args, t, pos);
    }

    static List<BoundExpr> coerceAll(Coercion co, List<BoundExpr> args, PgType t, int pos) {
        List<BoundExpr> out = new ArrayList<>();
        for (BoundExpr e : args) {
            out.add(co.coerce(e, t, Casts.Context.IMPLICIT, pos));
        }
        return out;
    }

    static void arity(String name, List<BoundExpr> args, int n, int pos) {
        if (args.size() != n) {
            throw undefined(name, args, pos);
        }
    }

    static FuncExpr constFn(String name, PgType t, Object value) {
        return new FuncExpr(name, List.of(), t, (c, a) -> value, false, false);
    }

    static FuncExpr fn(String name, List<BoundExpr> args, PgType t, FuncExpr.Body body, boolean volatileFn) {
        return fn(name, args, t, body, volatileFn, true);
    }

    static FuncExpr fn(String name, List<BoundExpr> args, PgType t, FuncExpr.Body body, boolean volatileFn,
                               boolean strict) {
        return new FuncExpr(name, args, t, body, strict, volatileFn);
    }
}
