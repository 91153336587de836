package org.borealis.sql.types;

import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * Interval field qualifiers ({@code interval year to month}, {@code interval day to second(3)},
 * {@code INTERVAL '2' HOUR}) as PostgreSQL encodes and applies them. The typmod is
 * {@code range << 16 | precision}: the range a mask of PostgreSQL's field bits (YEAR 1 << 2,
 * MONTH 1 << 1, DAY 1 << 3, HOUR 1 << 10, MINUTE 1 << 11, SECOND 1 << 12; 0x7FFF for all), the
 * precision 0..6 or 0xFFFF for none. The range decides what a bare number in the input means
 * (its lowest field: {@code '2'} is two hours under {@code HOUR} or {@code DAY TO HOUR}) and
 * which fields a value keeps: lower ones are cut off toward zero, as AdjustIntervalForTypmod.
 */
public final class IntervalFields {

    public static final int MONTH = 1 << 1;
    public static final int YEAR = 1 << 2;
    public static final int DAY = 1 << 3;
    public static final int HOUR = 1 << 10;
    public static final int MINUTE = 1 << 11;
    public static final int SECOND = 1 << 12;
    public static final int FULL_RANGE = 0x7FFF;
    public static final int NO_PRECISION = 0xFFFF;

    private IntervalFields() {
    }

    /** The range of a field list as the grammar gives it: one field, or "from TO to". */
    public static int range(String from, String to) {
        int a = bit(from);
        if (to == null) {
            return a;
        }
        int b = bit(to);
        int r = switch (from + " " + to) {
            case "year month" -> YEAR | MONTH;
            case "day hour" -> DAY | HOUR;
            case "day minute" -> DAY | HOUR | MINUTE;
            case "day second" -> DAY | HOUR | MINUTE | SECOND;
            case "hour minute" -> HOUR | MINUTE;
            case "hour second" -> HOUR | MINUTE | SECOND;
            case "minute second" -> MINUTE | SECOND;
            default -> -1;
        };
        if (r < 0 || a == 0 || b == 0) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "syntax error at or near \"" + to.toUpperCase(java.util.Locale.ROOT) + "\"");
        }
        return r;
    }

    private static int bit(String field) {
        return switch (field) {
            case "year" -> YEAR;
            case "month" -> MONTH;
            case "day" -> DAY;
            case "hour" -> HOUR;
            case "minute" -> MINUTE;
            case "second" -> SECOND;
            default -> 0;
        };
    }

    /**
     * The typmod of {@code interval} with modifiers as PostgreSQL's intervaltypmodin takes them:
     * {@code [range]} or {@code [range, precision]}; a precision over 6 is taken as 6.
     */
    public static int typmod(List<Integer> mods, int pos) {
        if (mods.isEmpty() || mods.size() > 2) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "invalid INTERVAL type modifier").withPosition(pos + 1);
        }
        int range = mods.get(0);
        int p = NO_PRECISION;
        if (mods.size() == 2) {
            p = mods.get(1);
            if (p < 0) {
                throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "INTERVAL(" + p + ") precision must not be negative")
                        .withPosition(pos + 1);
            }
            p = Math.min(p, DateTimePrecision.MAX_PRECISION);
        }
        return range << 16 | p;
    }

    /** The range a typmod holds ({@link #FULL_RANGE} for none). */
    public static int range(int typmod) {
        return typmod < 0 ? FULL_RANGE : typmod >>> 16 & 0x7FFF;
    }

    /** The unit a bare number stands for under a range (PostgreSQL's default for the rightmost field). */
    static String bareUnit(int range) {
        if (range == YEAR) {
            return "y";
        }
        if (range == MONTH || range == (YEAR | MONTH)) {
            return "mon";
        }
        if (range == DAY) {
            return "d";
        }
        if (range == HOUR || range == (DAY | HOUR)) {
            return "h";
        }
        if (range == MINUTE || range == (HOUR | MINUTE) || range == (DAY | HOUR | MINUTE)) {
            return "min";
        }
        return "s";
    }

    /** Cuts off the fields below the range (toward zero), then rounds the seconds to the precision. */
    static Interval adjust(Interval v, int typmod) {
        if (typmod < 0) {
            return v;
        }
        int range = range(typmod);
        int p = typmod & 0xFFFF;
        int months = v.months();
        int days = v.days();
        long micros = v.micros();
        if (range != FULL_RANGE) {
            if (range == YEAR) {
                months = months / 12 * 12;
                days = 0;
                micros = 0;
            } else if (range == MONTH || range == (YEAR | MONTH)) {
                days = 0;
                micros = 0;
            } else if (range == DAY) {
                micros = 0;
            } else if (range == HOUR || range == (DAY | HOUR)) {
                micros = micros / Interval.USECS_PER_HOUR * Interval.USECS_PER_HOUR;
            } else if (range == MINUTE || range == (HOUR | MINUTE) || range == (DAY | HOUR | MINUTE)) {
                micros = micros / Interval.USECS_PER_MINUTE * Interval.USECS_PER_MINUTE;
            }
            // SECOND, MINUTE TO SECOND, HOUR TO SECOND, DAY TO SECOND keep everything
        }
        if (p != NO_PRECISION) {
            micros = DateTimePrecision.round(micros, p);
        }
        return months == v.months() && days == v.days() && micros == v.micros() ? v : new Interval(months, days, micros);
    }

    /** What format_type prints after {@code interval}: {@code " day to second(3)"}, {@code "(2)"}. */
    static String suffix(int typmod) {
        if (typmod < 0) {
            return "";
        }
        int range = range(typmod);
        int p = typmod & 0xFFFF;
        String fields = switch (range) {
            case YEAR -> " year";
            case MONTH -> " month";
            case DAY -> " day";
            case HOUR -> " hour";
            case MINUTE -> " minute";
            case SECOND -> " second";
            case YEAR | MONTH -> " year to month";
            case DAY | HOUR -> " day to hour";
            case DAY | HOUR | MINUTE -> " day to minute";
            case DAY | HOUR | MINUTE | SECOND -> " day to second";
            case HOUR | MINUTE -> " hour to minute";
            case HOUR | MINUTE | SECOND -> " hour to second";
            case MINUTE | SECOND -> " minute to second";
            default -> "";
        };
        return fields + (p == NO_PRECISION ? "" : "(" + p + ")");
    }
}
