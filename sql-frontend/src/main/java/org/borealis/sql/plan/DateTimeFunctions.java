package org.borealis.sql.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
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
import org.borealis.sql.types.TimeZones;
import org.borealis.sql.types.TimestamptzType;
import org.borealis.sql.types.Types;

/**
 * The date/time functions: date_trunc, extract and date_part ({@link DateParts}), age,
 * make_date, make_time, make_interval, justify_days/hours/interval, to_timestamp(double) and
 * to_char ({@link ToChar}). Argument types resolve as PostgreSQL's do: a date given where a
 * timestamp is wanted becomes timestamptz for date_trunc and timestamp for date_part, a time given
 * to date_trunc becomes an interval.
 */
final class DateTimeFunctions {

    private final Coercion co;

    DateTimeFunctions(Coercion co) {
        this.co = co;
    }

    /** The call, or null when the name is none of these functions. */
    BoundExpr call(String name, List<BoundExpr> args, int pos) {
        return switch (name) {
            case "date_trunc" -> dateTrunc(args, pos);
            case "date_part", "extract" -> datePart(name, args, pos);
            case "age" -> age(args, pos);
            case "make_date" -> {
                List<BoundExpr> a = ints(name, args, 3, 3, pos);
                yield fn(name, a, Types.DATE, v -> makeDate((Integer) v[0], (Integer) v[1], (Integer) v[2]));
            }
            case "make_time" -> {
                Functions.arity(name, args, 3, pos);
                List<BoundExpr> a = new ArrayList<>(ints(name, args.subList(0, 2), 2, 2, pos));
                a.add(co.coerce(args.get(2), Types.FLOAT8, Casts.Context.IMPLICIT, pos));
                yield fn(name, a, Types.TIME, v -> makeTime((Integer) v[0], (Integer) v[1], (Double) v[2]));
            }
            case "make_interval" -> makeInterval(args, pos);
            case "justify_days", "justify_hours", "justify_interval" -> {
                Functions.arity(name, args, 1, pos);
                BoundExpr a = co.coerce(args.get(0), Types.INTERVAL, Casts.Context.IMPLICIT, pos);
                yield fn(name, List.of(a), Types.INTERVAL, v -> switch (name) {
                    case "justify_days" -> ((Interval) v[0]).justifyDays();
                    case "justify_hours" -> ((Interval) v[0]).justifyHours();
                    default -> ((Interval) v[0]).justifyInterval();
                });
            }
            case "to_timestamp" -> {
                if (args.size() == 2) {
                    List<BoundExpr> a = texts(args, pos);
                    yield new FuncExpr(name, a, Types.TIMESTAMPTZ, (c, v) -> ToTimestamp.timestamp((String) v[0], (String) v[1],
                            c.format().zone()), true, false);
                }
                Functions.arity(name, args, 1, pos);
                BoundExpr a = co.coerce(args.get(0), Types.FLOAT8, Casts.Context.IMPLICIT, pos);
                yield fn(name, List.of(a), Types.TIMESTAMPTZ, v -> toTimestamp((Double) v[0]));
            }
            case "to_char" -> ToChar.bind(co, args, pos);
            case "to_date" -> {
                Functions.arity(name, args, 2, pos);
                yield fn(name, texts(args, pos), Types.DATE, v -> ToTimestamp.date((String) v[0], (String) v[1]));
            }
            case "isfinite" -> {
                Functions.arity(name, args, 1, pos);
                PgType t = Coercion.typeOf(args.get(0));
                if (t == Types.UNKNOWN) {
                    throw notUnique(name, args, pos);
                }
                if (t != Types.DATE && t != Types.TIMESTAMP && t != Types.TIMESTAMPTZ && t != Types.INTERVAL) {
                    throw Functions.undefined(name, args, pos);
                }
                yield fn(name, args, Types.BOOL, v -> !DateTimeInfinity.isInfinite(v[0]));
            }
            default -> null;
        };
    }

    private BoundExpr dateTrunc(List<BoundExpr> args, int pos) {
        if (args.size() < 2 || args.size() > 3) {
            throw Functions.undefined("date_trunc", args, pos);
        }
        BoundExpr unit = co.coerce(args.get(0), Types.TEXT, Casts.Context.IMPLICIT, pos);
        BoundExpr x = args.get(1);
        PgType t = Coercion.typeOf(x);
        if (t == Types.UNKNOWN) {
            throw notUnique("date_trunc", args, pos);
        }
        if (t == Types.DATE || (args.size() == 3 && t == Types.TIMESTAMP)) {
            t = Types.TIMESTAMPTZ;
        } else if (t == Types.TIME) {
            t = Types.INTERVAL;
        }
        if (args.size() == 3 && t != Types.TIMESTAMPTZ) {
            throw Functions.undefined("date_trunc", args, pos);
        }
        x = coerceTemporal("date_trunc", args, x, t, pos);
        List<BoundExpr> a = new ArrayList<>(List.of(unit, x));
        if (args.size() == 3) {
            a.add(co.coerce(args.get(2), Types.TEXT, Casts.Context.IMPLICIT, pos));
        }
        PgType type = t;
        return new FuncExpr("date_trunc", a, type, (c, v) -> {
            String u = (String) v[0];
            if (type == Types.TIMESTAMP) {
                return DateTrunc.timestamp(u, (LocalDateTime) v[1]);
            }
            if (type == Types.INTERVAL) {
                return DateTrunc.interval(u, (Interval) v[1]);
            }
            return DateTrunc.timestamptz(u, (Instant) v[1], v.length > 2 ? TimeZones.parse((String) v[2]) : c.format().zone());
        }, true, false);
    }

    private BoundExpr datePart(String name, List<BoundExpr> args, int pos) {
        Functions.arity(name, args, 2, pos);
        BoundExpr unit = co.coerce(args.get(0), Types.TEXT, Casts.Context.IMPLICIT, pos);
        BoundExpr x = args.get(1);
        PgType t = Coercion.typeOf(x);
        if (t == Types.UNKNOWN) {
            throw notUnique(name, args, pos);
        }
        boolean numeric = name.equals("extract");
        if (t == Types.DATE && !numeric) {
            t = Types.TIMESTAMP;
        }
        x = coerceTemporal(name, args, x, t, pos);
        PgType type = t;
        return new FuncExpr(name, List.of(unit, x), numeric ? Types.NUMERIC : Types.FLOAT8,
                (c, v) -> DateParts.part((String) v[0], type, v[1], c.format().zone(), numeric), true, false);
    }

    private BoundExpr coerceTemporal(String name, List<BoundExpr> args, BoundExpr x, PgType t, int pos) {
        if (!(t == Types.DATE || t == Types.TIMESTAMP || t == Types.TIMESTAMPTZ || t == Types.TIME || t == Types.INTERVAL)
                || !Casts.allowed(Coercion.typeOf(x), t, Casts.Context.IMPLICIT)) {
            throw Functions.undefined(name, args, pos);
        }
        return co.coerce(x, t, Casts.Context.IMPLICIT, pos);
    }

    private BoundExpr age(List<BoundExpr> args, int pos) {
        if (args.isEmpty() || args.size() > 2) {
            throw Functions.undefined("age", args, pos);
        }
        boolean ts = false;
        boolean tz = false;
        for (BoundExpr a : args) {
            PgType at = Coercion.typeOf(a);
            tz |= at == Types.TIMESTAMPTZ;
            ts |= at == Types.TIMESTAMP;
            if (at != Types.TIMESTAMPTZ && at != Types.TIMESTAMP && at != Types.DATE && at != Types.UNKNOWN) {
                throw Functions.undefined("age", args, pos);
            }
        }
        // Without an exact timestamp operand, PostgreSQL picks the preferred type, timestamptz.
        PgType t = ts && !tz ? Types.TIMESTAMP : Types.TIMESTAMPTZ;
        List<BoundExpr> a = Functions.coerceAll(co, args, t, pos);
        PgType type = t;
        return new FuncExpr("age", a, Types.INTERVAL, (c, v) -> {
            if (DateTimeInfinity.isInfinite(v[0]) || DateTimeInfinity.isInfinite(v[v.length - 1])) {
                // PostgreSQL 15 refuses most of these too; for timestamp 'infinity' it prints 00:00:00 or a meaningless interval
                throw DateTimeMath.timestampOutOfRange();
            }
            if (type == Types.TIMESTAMP) {
                LocalDateTime from = v.length == 2 ? (LocalDateTime) v[0]
                        : LocalDateTime.ofInstant(c.transactionStart(), c.format().zone()).toLocalDate().atStartOfDay();
                LocalDateTime to = (LocalDateTime) v[v.length - 1];
                return Age.between(from, to, from.compareTo(to) < 0);
            }
            Instant from = v.length == 2 ? (Instant) v[0] : LocalDateTime.ofInstant(c.transactionStart(), c.format().zone())
                    .toLocalDate().atStartOfDay(c.format().zone()).toInstant(); // midnight is never ambiguous in practice
            Instant to = (Instant) v[v.length - 1];
            return Age.between(LocalDateTime.ofInstant(from, c.format().zone()), LocalDateTime.ofInstant(to, c.format().zone()),
                    from.compareTo(to) < 0);
        }, true, false);
    }

    private BoundExpr makeInterval(List<BoundExpr> args, int pos) {
        if (args.size() > 7) {
            throw Functions.undefined("make_interval", args, pos);
        }
        List<BoundExpr> a = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            a.add(co.coerce(args.get(i), i == 6 ? Types.FLOAT8 : Types.INT4, Casts.Context.IMPLICIT, pos));
        }
        return fn("make_interval", a, Types.INTERVAL, v -> {
            long[] f = new long[6];
            for (int i = 0; i < Math.min(6, v.length); i++) {
                f[i] = (Integer) v[i];
            }
            double secs = v.length > 6 ? (Double) v[6] : 0;
            try {
                double us = Math.rint(secs * Interval.USECS_PER_SEC);
                if (Double.isNaN(us) || Math.abs(us) >= 9.2e18) {
                    throw Interval.outOfRange();
                }
                long micros = Math.addExact(Math.addExact(Math.multiplyExact(f[4], Interval.USECS_PER_HOUR),
                        Math.multiplyExact(f[5], Interval.USECS_PER_MINUTE)), (long) us);
                return Interval.of(Math.addExact(Math.multiplyExact(f[0], 12), f[1]), Math.addExact(Math.multiplyExact(f[2], 7), f[3]),
                        micros);
            } catch (ArithmeticException e) {
                throw Interval.outOfRange();
            }
        });
    }

    private List<BoundExpr> ints(String name, List<BoundExpr> args, int min, int max, int pos) {
        if (args.size() < min || args.size() > max) {
            throw Functions.undefined(name, args, pos);
        }
        return Functions.coerceAll(co, args, Types.INT4, pos);
    }

    static LocalDate makeDate(int y, int m, int d) {
        try {
            if (y == 0) {
                throw new java.time.DateTimeException("year zero");
            }
            return DateTimeMath.checked(LocalDate.of(y < 0 ? y + 1 : y, m, d));
        } catch (java.time.DateTimeException e) {
            throw new SqlException(SqlState.DATETIME_FIELD_OVERFLOW, "date field value out of range: " + y + "-"
                    + two(m) + "-" + two(d));
        }
    }

    static LocalTime makeTime(int h, int m, double sec) {
        long us = Math.round(sec * 1_000_000);
        if (h < 0 || m < 0 || m > 59 || sec < 0 || sec > 60 || h > 24
                || ((h * 60L + m) * 60) * 1_000_000L + us >= Interval.USECS_PER_DAY) {
            throw new SqlException(SqlState.DATETIME_FIELD_OVERFLOW, "time field value out of range: " + two(h) + ":" + two(m)
                    + ":" + (sec < 10 ? "0" : "") + BigDecimal.valueOf(sec).stripTrailingZeros().toPlainString());
        }
        return LocalTime.ofNanoOfDay((((h * 60L + m) * 60) * 1_000_000L + us) * 1000);
    }

    static Instant toTimestamp(double secs) {
        if (Double.isNaN(secs)) {
            throw new SqlException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp cannot be NaN");
        }
        if (Double.isInfinite(secs)) {
            return (Instant) DateTimeInfinity.of(Types.TIMESTAMPTZ, secs > 0 ? 1 : -1);
        }
        double us = Math.rint(secs * 1_000_000.0) - 946_684_800_000_000.0;
        if (us < -211_813_488_000_000_000.0 || us >= 9_223_371_331_200_000_000.0) {
            throw new SqlException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range: \""
                    + BigDecimal.valueOf(secs).stripTrailingZeros().toPlainString() + "\"");
        }
        return TimestamptzType.fromMicros((long) us);
    }

    private static String two(int v) {
        return v >= 0 && v < 10 ? "0" + v : Integer.toString(v);
    }

    private static SqlException notUnique(String name, List<BoundExpr> args, int pos) {
        StringBuilder sig = new StringBuilder(name).append('(');
        for (int i = 0; i < args.size(); i++) {
            sig.append(i > 0 ? ", " : "").append(Coercion.typeOf(args.get(i)).displayName());
        }
        return new SqlException(SqlState.AMBIGUOUS_FUNCTION, "function " + sig + ") is not unique")
                .withHint("Could not choose a best candidate function. You might need to add explicit type casts.")
                .withPosition(pos + 1);
    }

    /** Both arguments as text (to_timestamp/to_date). */
    private List<BoundExpr> texts(List<BoundExpr> args, int pos) {
        return List.of(co.coerce(args.get(0), Types.TEXT, Casts.Context.IMPLICIT, pos),
                co.coerce(args.get(1), Types.TEXT, Casts.Context.IMPLICIT, pos));
    }

    private interface Body {
        Object apply(Object[] v);
    }

    private static FuncExpr fn(String name, List<BoundExpr> args, PgType type, Body body) {
        return new FuncExpr(name, args, type, (c, v) -> body.apply(v), true, false);
    }
}
