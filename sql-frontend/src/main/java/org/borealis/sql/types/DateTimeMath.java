package org.borealis.sql.types;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * Date/time arithmetic with intervals as PostgreSQL does it: months first (clamped to the end of
 * a shorter month), then days on the calendar, then the microseconds; for timestamptz the months
 * and days move the local time in the session's zone (so a day across a DST change is 23 or 25
 * hours) and the microseconds the instant. Differences of timestamps are justified into days and
 * time. Results outside PostgreSQL's timestamp range raise 22008. Infinite timestamps stay
 * infinite under ± interval; subtracting one is 22008, as PostgreSQL 15.
 */
public final class DateTimeMath {

    /** PostgreSQL's last representable year (294276 AD) and first (4713 BC, i.e. year -4712). */
    private static final int MAX_YEAR = 294276;
    private static final int MIN_YEAR = -4712;

    private DateTimeMath() {
    }

    public static LocalDateTime plus(LocalDateTime t, Interval i) {
        if (DateTimeInfinity.isInfinite(t)) {
            return t;
        }
        try {
            LocalDateTime r = t;
            if (i.months() != 0) {
                r = r.plusMonths(i.months());
            }
            if (i.days() != 0) {
                r = r.plusDays(i.days());
            }
            r = plusMicros(r, i.micros());
            return checked(r);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw timestampOutOfRange();
        }
    }

    public static Instant plus(Instant t, Interval i, ZoneId zone) {
        if (DateTimeInfinity.isInfinite(t)) {
            return t;
        }
        try {
            Instant r = t;
            // months, then days, each on the local time and resolved to an instant again, as
            // PostgreSQL does: a month step landing in a DST gap moves the wall clock before the days
            // are added (1937-07-25 02:46 EDT - '3 mons 36 days' is 1937-03-20 03:46 EST, not 02:46)
            if (i.months() != 0) {
                LocalDateTime local = LocalDateTime.ofInstant(r, zone).plusMonths(i.months());
                checked(local);
                r = TimeZones.instant(local, zone);
            }
            if (i.days() != 0) {
                LocalDateTime local = LocalDateTime.ofInstant(r, zone).plusDays(i.days());
                checked(local);
                r = TimeZones.instant(local, zone);
            }
            r = r.plusSeconds(Math.floorDiv(i.micros(), 1_000_000L)).plusNanos(Math.floorMod(i.micros(), 1_000_000L) * 1000);
            checked(LocalDateTime.ofInstant(r, java.time.ZoneOffset.UTC));
            return r;
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw timestampOutOfRange();
        }
    }

    public static LocalTime plus(LocalTime t, Interval i) {
        return TimeType.fromMicros(TimeType.toMicros(t) + i.micros() % Interval.USECS_PER_DAY);
    }

    /** timestamp - timestamp: the microseconds between, justified into days and time. */
    public static Interval minus(LocalDateTime a, LocalDateTime b) {
        if (DateTimeInfinity.isInfinite(a) || DateTimeInfinity.isInfinite(b)) {
            throw DateTimeInfinity.cannotSubtract(false);
        }
        return difference(TimestampType.toMicros(a), TimestampType.toMicros(b));
    }

    public static Interval minus(Instant a, Instant b) {
        if (DateTimeInfinity.isInfinite(a) || DateTimeInfinity.isInfinite(b)) {
            throw DateTimeInfinity.cannotSubtract(false);
        }
        return difference(TimestamptzType.toMicros(a), TimestamptzType.toMicros(b));
    }

    public static Interval minus(LocalTime a, LocalTime b) {
        return new Interval(0, 0, TimeType.toMicros(a) - TimeType.toMicros(b));
    }

    private static Interval difference(long a, long b) {
        try {
            return new Interval(0, 0, Math.subtractExact(a, b)).justifyHours();
        } catch (ArithmeticException e) {
            throw Interval.outOfRange();
        }
    }

    public static LocalDateTime plusMicros(LocalDateTime t, long micros) {
        return t.plusSeconds(Math.floorDiv(micros, 1_000_000L)).plusNanos(Math.floorMod(micros, 1_000_000L) * 1000);
    }

    /** t itself, or 22008 when it lies outside PostgreSQL's timestamp range. */
    public static LocalDateTime checked(LocalDateTime t) {
        if (t.getYear() > MAX_YEAR || t.getYear() < MIN_YEAR) {
            throw timestampOutOfRange();
        }
        return t;
    }

    public static LocalDate checked(LocalDate d) {
        if (d.getYear() > 5874897 || d.getYear() < MIN_YEAR) {
            throw new SqlException(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range");
        }
        return d;
    }

    public static SqlException timestampOutOfRange() {
        return new SqlException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
    }
}
