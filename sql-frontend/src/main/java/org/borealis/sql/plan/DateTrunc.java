package org.borealis.sql.plan;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.types.DateTimeInfinity;
import org.borealis.sql.types.Interval;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * date_trunc of a timestamp, a timestamptz (truncated in a zone: the session's, or the one named
 * as third argument) or an interval, to microseconds … millennium as PostgreSQL 15 does:
 * BC centuries and millennia begin at years like 100 BC, week is the ISO week (Monday), and an
 * interval truncates its own fields ({@code week} is refused for it).
 */
final class DateTrunc {

    private DateTrunc() {
    }

    private static DateUnits unit(String text, PgType type) {
        DateUnits u = DateUnits.of(text);
        if (u == null || u == DateUnits.EPOCH || u == DateUnits.JULIAN || u == DateUnits.DOW || u == DateUnits.ISODOW
                || u == DateUnits.DOY || u == DateUnits.ISOYEAR) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "unit \"" + text.toLowerCase(java.util.Locale.ROOT)
                    + "\" not recognized for type " + type.displayName());
        }
        return u;
    }

    static LocalDateTime timestamp(String text, LocalDateTime t) {
        if (DateTimeInfinity.isInfinite(t)) {
            return t; // PostgreSQL does not even read the unit
        }
        return trunc(unit(text, Types.TIMESTAMP), text, Types.TIMESTAMP, t);
    }

    static Instant timestamptz(String text, Instant t, ZoneId zone) {
        if (DateTimeInfinity.isInfinite(t)) {
            return t;
        }
        DateUnits u = unit(text, Types.TIMESTAMPTZ);
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        LocalDateTime r = trunc(u, text, Types.TIMESTAMPTZ, local);
        if (u.compareTo(DateUnits.DAY) >= 0) {
            return org.borealis.sql.types.TimeZones.instant(r, zone);
        }
        ZoneOffset original = zone.getRules().getOffset(t);
        return r.toInstant(original);
    }

    private static LocalDateTime trunc(DateUnits u, String text, PgType type, LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        int y = d.getYear();
        switch (u) {
            case MICROSECONDS:
                return t;
            case MILLISECONDS:
                return t.withNano(t.getNano() / 1_000_000 * 1_000_000);
            case SECOND:
                return t.withNano(0);
            case MINUTE:
                return t.withSecond(0).withNano(0);
            case HOUR:
                return t.withMinute(0).withSecond(0).withNano(0);
            case DAY:
                return d.atStartOfDay();
            case WEEK:
                return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
            case MONTH:
                return d.withDayOfMonth(1).atStartOfDay();
            case QUARTER:
                return LocalDate.of(y, (d.getMonthValue() - 1) / 3 * 3 + 1, 1).atStartOfDay();
            case YEAR:
                return LocalDate.of(y, 1, 1).atStartOfDay();
            case DECADE:
                return LocalDate.of(y > 0 ? y / 10 * 10 : -((8 - (y - 1)) / 10) * 10, 1, 1).atStartOfDay();
            case CENTURY:
                return LocalDate.of(y > 0 ? (y + 99) / 100 * 100 - 99 : -((99 - (y - 1)) / 100) * 100 + 1, 1, 1).atStartOfDay();
            case MILLENNIUM:
                return LocalDate.of(y > 0 ? (y + 999) / 1000 * 1000 - 999 : -((999 - (y - 1)) / 1000) * 1000 + 1, 1, 1)
                        .atStartOfDay();
            default:
                throw DateUnits.unsupported(text, type);
        }
    }

    static Interval interval(String text, Interval v) {
        DateUnits u = unit(text, Types.INTERVAL);
        long year = v.months() / 12;
        long mon = v.months() % 12;
        long day = v.days();
        long us = v.micros();
        long hour = us / Interval.USECS_PER_HOUR;
        long min = us / Interval.USECS_PER_MINUTE % 60;
        long sec = us / Interval.USECS_PER_SEC % 60;
        long fsec = us % Interval.USECS_PER_SEC;
        switch (u) {
            case MILLENNIUM:
                year = year / 1000 * 1000;
                // fall through
            case CENTURY:
                year = year / 100 * 100;
                // fall through
            case DECADE:
                year = year / 10 * 10;
                // fall through
            case YEAR:
                mon = 0;
                // fall through
            case QUARTER:
                mon = 3 * (mon / 3);
                // fall through
            case MONTH:
                day = 0;
                // fall through
            case DAY:
                hour = 0;
                // fall through
            case HOUR:
                min = 0;
                // fall through
            case MINUTE:
                sec = 0;
                // fall through
            case SECOND:
                fsec = 0;
                break;
            case MILLISECONDS:
                fsec = fsec / 1000 * 1000;
                break;
            case MICROSECONDS:
                break;
            case WEEK:
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "unit \"week\" not supported for type interval")
                        .withDetail("Months usually have fractional weeks.");
            default:
                throw DateUnits.unsupported(text, Types.INTERVAL);
        }
        return Interval.of(year * 12 + mon, day, ((hour * 60 + min) * 60 + sec) * Interval.USECS_PER_SEC + fsec);
    }
}
