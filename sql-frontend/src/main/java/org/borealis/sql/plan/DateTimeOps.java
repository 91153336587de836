package org.borealis.sql.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.FuncExpr;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.DateTimeInfinity;
import org.borealis.sql.types.DateTimeMath;
import org.borealis.sql.types.Interval;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * The + - * / operators PostgreSQL defines on time, timestamps and intervals, with its result
 * types: date/timestamp/timestamptz/time ± interval (date + interval is a timestamp), date + time,
 * timestamp - timestamp and time - time giving an interval, interval ± interval, interval * / a
 * number, and unary minus. An untyped literal beside a timestamp in {@code +} is read as an
 * interval; in {@code -} as the other operand's type, as PostgreSQL resolves it.
 */
final class DateTimeOps {

    private DateTimeOps() {
    }

    private static boolean temporal(PgType t) {
        return t == Types.DATE || t == Types.TIMESTAMP || t == Types.TIMESTAMPTZ || t == Types.TIME || t == Types.INTERVAL;
    }

    /** Binds {@code l op r}, or returns null when neither operand is a date/time or interval type. */
    static BoundExpr bind(char op, BoundExpr l, BoundExpr r, Coercion co, int pos) {
        PgType lt = Coercion.typeOf(l);
        PgType rt = Coercion.typeOf(r);
        if (!temporal(lt) && !temporal(rt)) {
            return null;
        }
        if (lt == Types.UNKNOWN) {
            lt = guess(op, rt, true);
            l = co.coerce(l, lt, Casts.Context.IMPLICIT, pos);
        } else if (rt == Types.UNKNOWN) {
            rt = guess(op, lt, false);
            r = co.coerce(r, rt, Casts.Context.IMPLICIT, pos);
        }
        return switch (op) {
            case '+' -> plus(l, r, lt, rt, co, pos);
            case '-' -> minus(l, r, lt, rt, co, pos);
            case '*', '/' -> scale(op, l, r, lt, rt, co, pos);
            default -> null;
        };
    }

    /** The type an untyped literal takes beside a {@code known} operand. */
    private static PgType guess(char op, PgType known, boolean literalOnLeft) {
        if (op == '*' || op == '/') {
            return known == Types.INTERVAL ? Types.FLOAT8 : Types.INTERVAL;
        }
        if (op == '-') {
            return known;
        }
        if (known == Types.DATE) {
            throw new SqlException(SqlState.AMBIGUOUS_FUNCTION, "operator is not unique: "
                    + (literalOnLeft ? "unknown + date" : "date + unknown"))
                    .withHint("Could not choose a best candidate operator. You might need to add explicit type casts.");
        }
        return Types.INTERVAL;
    }

    private static BoundExpr plus(BoundExpr l, BoundExpr r, PgType lt, PgType rt, Coercion co, int pos) {
        if (lt == Types.INTERVAL && rt != Types.INTERVAL) {
            return plus(r, l, rt, lt, co, pos);
        }
        if (lt == Types.TIME && rt == Types.DATE) {
            return plus(r, l, rt, lt, co, pos);
        }
        if (rt == Types.INTERVAL) {
            if (lt == Types.INTERVAL) {
                return fn("interval_pl", l, r, Types.INTERVAL, (a, b) -> ((Interval) a).plus((Interval) b));
            }
            return plusInterval("pl", l, r, lt, co, pos, false);
        }
        if (lt == Types.DATE && rt == Types.TIME) {
            return fn("datetime_pl", l, r, Types.TIMESTAMP,
                    (a, b) -> DateTimeInfinity.isInfinite(a) ? DateTimeInfinity.of(Types.TIMESTAMP, DateTimeInfinity.sign(a))
                            : DateTimeMath.checked(LocalDateTime.of((LocalDate) a, (LocalTime) b)));
        }
        return null;
    }

    private static BoundExpr plusInterval(String suffix, BoundExpr l, BoundExpr r, PgType lt, Coercion co, int pos,
                                          boolean minus) {
        if (lt == Types.DATE) {
            l = co.coerce(l, Types.TIMESTAMP, Casts.Context.IMPLICIT, pos);
            lt = Types.TIMESTAMP;
        }
        if (lt == Types.TIMESTAMP) {
            return fn("timestamp_" + suffix + "_interval", l, r, Types.TIMESTAMP,
                    (a, b) -> DateTimeMath.plus((LocalDateTime) a, sign((Interval) b, minus)));
        }
        if (lt == Types.TIMESTAMPTZ) {
            return new FuncExpr("timestamptz_" + suffix + "_interval", List.of(l, r), Types.TIMESTAMPTZ,
                    (c, v) -> DateTimeMath.plus((Instant) v[0], sign((Interval) v[1], minus), c.format().zone()), true, false);
        }
        if (lt == Types.TIME) {
            return fn("time_" + suffix + "_interval", l, r, Types.TIME,
                    (a, b) -> DateTimeMath.plus((LocalTime) a, sign((Interval) b, minus)));
        }
        return null;
    }

    private static Interval sign(Interval i, boolean minus) {
        return minus ? i.negate() : i;
    }

    private static BoundExpr minus(BoundExpr l, BoundExpr r, PgType lt, PgType rt, Coercion co, int pos) {
        if (rt == Types.INTERVAL) {
            if (lt == Types.INTERVAL) {
                return fn("interval_mi", l, r, Types.INTERVAL, (a, b) -> ((Interval) a).minus((Interval) b));
            }
            return plusInterval("mi", l, r, lt, co, pos, true);
        }
        if (lt == Types.DATE && rt == Types.DATE) {
            return DateArith.daysBetween(l, r);
        }
        if (lt == Types.TIME && rt == Types.TIME) {
            return fn("time_mi_time", l, r, Types.INTERVAL, (a, b) -> DateTimeMath.minus((LocalTime) a, (LocalTime) b));
        }
        if (lt == Types.TIME || rt == Types.TIME || lt == Types.INTERVAL || rt == Types.INTERVAL) {
            return null;
        }
        PgType t = Coercion.common(lt, rt);
        if (t == Types.TIMESTAMP || t == Types.TIMESTAMPTZ) {
            BoundExpr a = co.coerce(l, t, Casts.Context.IMPLICIT, pos);
            BoundExpr b = co.coerce(r, t, Casts.Context.IMPLICIT, pos);
            if (t == Types.TIMESTAMP) {
                return fn("timestamp_mi", a, b, Types.INTERVAL,
                        (x, y) -> DateTimeMath.minus((LocalDateTime) x, (LocalDateTime) y));
            }
            return fn("timestamptz_mi", a, b, Types.INTERVAL, (x, y) -> DateTimeMath.minus((Instant) x, (Instant) y));
        }
        return null;
    }

    private static BoundExpr scale(char op, BoundExpr l, BoundExpr r, PgType lt, PgType rt, Coercion co, int pos) {
        if (op == '*' && rt == Types.INTERVAL && Casts.numericRank(lt) > 0) {
            return scale(op, r, l, rt, lt, co, pos);
        }
        if (lt != Types.INTERVAL || Casts.numericRank(rt) == 0) {
            return null;
        }
        BoundExpr f = co.coerce(r, Types.FLOAT8, Casts.Context.IMPLICIT, pos);
        if (op == '*') {
            return fn("interval_mul", l, f, Types.INTERVAL, (a, b) -> ((Interval) a).multiply((Double) b));
        }
        return fn("interval_div", l, f, Types.INTERVAL, (a, b) -> ((Interval) a).divide((Double) b));
    }

    /** Unary minus of an interval. */
    static BoundExpr negate(BoundExpr e) {
        return new FuncExpr("interval_um", List.of(e), Types.INTERVAL, (c, v) -> ((Interval) v[0]).negate(), true, false);
    }

    private interface Op {
        Object apply(Object a, Object b);
    }

    private static BoundExpr fn(String name, BoundExpr l, BoundExpr r, PgType type, Op op) {
        return new FuncExpr(name, List.of(l, r), type, (c, v) -> op.apply(v[0], v[1]), true, false);
    }
}
