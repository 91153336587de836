package org.borealis.sql.types;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * Conversions between types, with PostgreSQL's three contexts: implicit (in expressions),
 * assignment (storing into a column) and explicit ({@code CAST}, {@code ::}).
 */
public final class Casts {

    /** The context a conversion happens in; each allows everything the previous one does. */
    public enum Context { IMPLICIT, ASSIGNMENT, EXPLICIT }

    private Casts() {
    }

    /** Rank in the numeric promotion order int2 &lt; int4 &lt; int8 &lt; numeric &lt; float4 &lt; float8. */
    public static int numericRank(PgType t) {
        if (t == Types.INT2) {
            return 1;
        }
        if (t == Types.INT4) {
            return 2;
        }
        if (t == Types.INT8) {
            return 3;
        }
        if (t == Types.NUMERIC) {
            return 4;
        }
        if (t == Types.FLOAT4) {
            return 5;
        }
        if (t == Types.FLOAT8) {
            return 6;
        }
        return 0;
    }

    /** Whether a conversion from {@code from} to {@code to} exists in {@code ctx}. */
    public static boolean allowed(PgType from, PgType to, Context ctx) {
        if (from == to || from == Types.UNKNOWN) {
            return true;
        }
        if (from == Types.JSON && to == Types.JSONB || from == Types.JSONB && to == Types.JSON) {
            return ctx != Context.IMPLICIT;
        }
        if (from == Types.JSONB && (numericRank(to) > 0 || to == Types.BOOL)) {
            return ctx == Context.EXPLICIT;
        }
        if (from == Types.JSON || from == Types.JSONB || to == Types.JSON || to == Types.JSONB) {
            return Types.isString(from) ? ctx == Context.EXPLICIT : Types.isString(to) && ctx != Context.IMPLICIT;
        }
        if (from instanceof RegType || to instanceof RegType) {
            PgType other = from instanceof RegType ? to : from;
            if (other == Types.OID || other instanceof RegType || other == Types.INT4 || other == Types.INT8) {
                return ctx != Context.IMPLICIT || other == Types.OID || to instanceof RegType;
            }
        }
        if (from instanceof ArrayType fa && to instanceof ArrayType ta) {
            return fa.element() == ta.element() || allowed(fa.element(), ta.element(), ctx);
        }
        int rf = numericRank(from);
        int rt = numericRank(to);
        if (rf > 0 && rt > 0) {
            return rf < rt || ctx != Context.IMPLICIT;
        }
        if (Types.isString(from) && Types.isString(to)) {
            return true;
        }
        if (Types.isString(to)) {
            return ctx != Context.IMPLICIT;
        }
        if (Types.isString(from)) {
            return ctx == Context.EXPLICIT;
        }
        if (from == Types.DATE && (to == Types.TIMESTAMP || to == Types.TIMESTAMPTZ)) {
            return true;
        }
        if (from == Types.TIMESTAMP && to == Types.TIMESTAMPTZ) {
            return true;
        }
        if ((from == Types.TIMESTAMPTZ || from == Types.TIMESTAMP) && (to == Types.DATE || to == Types.TIMESTAMP)) {
            return ctx != Context.IMPLICIT;
        }
        if (from == Types.TIME && to == Types.INTERVAL) {
            return true;
        }
        if ((from == Types.INTERVAL || from == Types.TIMESTAMP || from == Types.TIMESTAMPTZ) && to == Types.TIME) {
            return ctx != Context.IMPLICIT;
        }
        if ((from == Types.BOOL && to == Types.INT4) || (from == Types.INT4 && to == Types.BOOL)) {
            return ctx == Context.EXPLICIT;
        }
        if ((from == Types.CHAR && to == Types.INT4) || (from == Types.INT4 && to == Types.CHAR)) {
            return ctx == Context.EXPLICIT;
        }
        if (from == Types.OID && Types.isInteger(to) || Types.isInteger(from) && to == Types.OID) {
            return true;
        }
        return false;
    }

    /** Converts a non-null value; throws 42846 if no such cast exists, 22xxx on bad values. */
    public static Object convert(Object v, PgType from, PgType to, TextFormat fmt) {
        if (from == to || v == null) {
            return v;
        }
        if (from instanceof ArrayType fa && to instanceof ArrayType ta) {
            PgArray a = (PgArray) v;
            java.util.List<Object> items = new java.util.ArrayList<>();
            for (Object o : a.items()) {
                items.add(convert(o, fa.element(), ta.element(), fmt));
            }
            return new PgArray(a.lower(), items);
        }
        if (from == Types.JSONB || to == Types.JSONB || from == Types.JSON || to == Types.JSON) {
            Object j = JsonCasts.convert(v, from, to, fmt);
            if (j != null) {
                return j;
            }
        }
        if (to instanceof RegType && v instanceof Number n) {
            return new RegOid(n.longValue(), null);
        }
        if (to == Types.CHAR && (from == Types.UNKNOWN || Types.isString(from))) {
            return to.parseText((String) v);
        }
        if (from == Types.CHAR && to == Types.INT4) {
            String c = (String) v; // chartoi4: the byte, signed
            return c.isEmpty() ? 0 : (int) (byte) c.charAt(0);
        }
        if (from == Types.INT4 && to == Types.CHAR) {
            int n = ((Number) v).intValue(); // i4tochar
            if (n < -128 || n > 127) {
                throw new org.borealis.sql.error.SqlException(org.borealis.sql.error.SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                        "\"char\" out of range");
            }
            return n == 0 ? "" : String.valueOf((char) (n & 0xFF));
        }
        if (from == Types.UNKNOWN || Types.isString(from)) {
            if (Types.isString(to) || to == Types.UNKNOWN) {
                return from == Types.BPCHAR && to != Types.BPCHAR ? StringType.stripTrailingSpaces((String) v) : v;
            }
            return to.parseText((String) v, fmt);
        }
        if (Types.isString(to)) {
            if (from == Types.BOOL) {
                return (Boolean) v ? "true" : "false";
            }
            return from.formatText(v, fmt);
        }
        int rt = numericRank(to);
        if (rt > 0 && (numericRank(from) > 0 || from == Types.OID || from instanceof RegType)) {
            return numeric(v, to);
        }
        if (to == Types.OID && v instanceof Number n) {
            return n.longValue() & 0xFFFFFFFFL;
        }
        if (from == Types.BOOL && to == Types.INT4) {
            return (Boolean) v ? 1 : 0;
        }
        if (from == Types.INT4 && to == Types.BOOL) {
            return (Integer) v != 0;
        }
        int inf = DateTimeInfinity.sign(v);
        if (inf != 0 && (to == Types.DATE || to == Types.TIMESTAMP || to == Types.TIMESTAMPTZ)) {
            return DateTimeInfinity.of(to, inf);
        }
        if (inf != 0 && to == Types.TIME) {
            return null; // PostgreSQL: the time of an infinite timestamp is NULL
        }
        if (to == Types.TIME) {
            if (from == Types.INTERVAL) {
                return TimeType.fromMicros(((Interval) v).micros());
            }
            if (from == Types.TIMESTAMP) {
                return ((LocalDateTime) v).toLocalTime();
            }
            if (from == Types.TIMESTAMPTZ) {
                return LocalDateTime.ofInstant((Instant) v, fmt.zone()).toLocalTime();
            }
        }
        if (from == Types.TIME && to == Types.INTERVAL) {
            return new Interval(0, 0, TimeType.toMicros((java.time.LocalTime) v));
        }
        if (from == Types.DATE) {
            LocalDateTime t = ((LocalDate) v).atStartOfDay();
            if (to == Types.TIMESTAMP) {
                return t;
            }
            if (to == Types.TIMESTAMPTZ) {
                return TimeZones.instant(t, fmt.zone());
            }
        }
        if (from == Types.TIMESTAMP) {
            if (to == Types.TIMESTAMPTZ) {
                return TimeZones.instant((LocalDateTime) v, fmt.zone());
            }
            if (to == Types.DATE) {
                return ((LocalDateTime) v).toLocalDate();
            }
        }
        if (from == Types.TIMESTAMPTZ) {
            LocalDateTime local = LocalDateTime.ofInstant((Instant) v, fmt.zone());
            if (to == Types.TIMESTAMP) {
                return local;
            }
            if (to == Types.DATE) {
                return local.toLocalDate();
            }
        }
        throw new SqlException(SqlState.DATATYPE_MISMATCH,
                "cannot cast type " + from.displayName() + " to " + to.displayName());
    }

    private static Object numeric(Object v, PgType to) {
        if (to instanceof IntegerType it) {
            long l;
            if (v instanceof Double || v instanceof Float) {
                double d = ((Number) v).doubleValue();
                if (Double.isNaN(d) || Math.rint(d) < -9.223372036854776E18 || Math.rint(d) >= 9.223372036854776E18) {
                    throw it.outOfRange();
                }
                l = (long) Math.rint(d);
            } else if (v instanceof NumericSpecial sp) {
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED,
                        "cannot convert " + (sp.isNaN() ? "NaN" : "infinity") + " to " + it.displayName());
            } else if (v instanceof BigDecimal b) {
                BigDecimal r = b.setScale(0, RoundingMode.HALF_UP);
                if (r.toBigInteger().bitLength() > 63) {
                    throw it.outOfRange();
                }
                l = r.longValueExact();
            } else {
                l = ((Number) v).longValue();
            }
            return it.box(l);
        }
        if (to == Types.NUMERIC) {
            if (v instanceof Double || v instanceof Float) {
                double d = ((Number) v).doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return NumericSpecial.of(d);
                }
                String text = Types.FLOAT8.formatText(d, new TextFormat(java.time.ZoneOffset.UTC, 0));
                if (v instanceof Float f) {
                    text = Types.FLOAT4.formatText(f, new TextFormat(java.time.ZoneOffset.UTC, 0));
                }
                return NumericType.normalize(new BigDecimal(text));
            }
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        FloatType ft = (FloatType) to;
        return ft.box(((Number) v).doubleValue());
    }
}
