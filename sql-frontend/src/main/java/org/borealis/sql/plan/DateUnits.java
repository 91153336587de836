package org.borealis.sql.plan;

import java.util.Locale;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.types.PgType;

/**
 * The unit names extract, date_part and date_trunc accept, as PostgreSQL's unit table spells them
 * (a name is looked up by its first 10 characters, so {@code milliseconds} is {@code millisecon}),
 * mapped to one canonical name per unit, and the two errors for a unit a function does not take.
 */
enum DateUnits {
    MICROSECONDS, MILLISECONDS, SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR, DECADE, CENTURY,
    MILLENNIUM, EPOCH, DOW, ISODOW, DOY, ISOYEAR, JULIAN, TIMEZONE, TIMEZONE_HOUR, TIMEZONE_MINUTE;

    /** The unit the text names, or null when it names none. */
    static DateUnits of(String text) {
        String w = text.toLowerCase(Locale.ROOT);
        if (w.length() > 10) {
            w = w.substring(0, 10);
        }
        return switch (w) {
            case "microsecon", "us", "usec", "usecs", "usecond", "useconds" -> MICROSECONDS;
            case "millisecon", "ms", "msec", "msecs", "msecond", "mseconds" -> MILLISECONDS;
            case "second", "seconds", "s", "sec", "secs" -> SECOND;
            case "minute", "minutes", "m", "min", "mins" -> MINUTE;
            case "hour", "hours", "h", "hr", "hrs" -> HOUR;
            case "day", "days", "d" -> DAY;
            case "week", "weeks", "w" -> WEEK;
            case "month", "months", "mon", "mons" -> MONTH;
            case "quarter", "qtr" -> QUARTER;
            case "year", "years", "y", "yr", "yrs" -> YEAR;
            case "decade", "decades", "dec", "decs" -> DECADE;
            case "century", "centuries", "c", "cent" -> CENTURY;
            case "millennium", "millennia", "mil", "mils" -> MILLENNIUM;
            case "epoch" -> EPOCH;
            case "dow" -> DOW;
            case "isodow" -> ISODOW;
            case "doy" -> DOY;
            case "isoyear" -> ISOYEAR;
            case "julian", "j" -> JULIAN;
            case "timezone" -> TIMEZONE;
            case "timezone_h" -> TIMEZONE_HOUR;
            case "timezone_m" -> TIMEZONE_MINUTE;
            default -> null;
        };
    }

    /** The unit, or 22023 naming the text and the type when it is not a unit at all. */
    static DateUnits require(String text, PgType type) {
        DateUnits u = of(text);
        if (u == null) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "unit \"" + text.toLowerCase(Locale.ROOT)
                    + "\" not recognized for type " + type.displayName());
        }
        return u;
    }

    /** 0A000: a real unit that this function does not support for this type. */
    static SqlException unsupported(String text, PgType type) {
        return new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "unit \"" + text.toLowerCase(Locale.ROOT)
                + "\" not supported for type " + type.displayName());
    }
}
