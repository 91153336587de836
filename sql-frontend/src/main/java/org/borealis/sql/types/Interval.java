package org.borealis.sql.types;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * An interval value as PostgreSQL keeps it: months, days and microseconds, each signed and kept
 * apart (a month is not a fixed number of days, nor a day of hours across a DST change).
 * Comparison and equality follow PostgreSQL: both sides are normalised to a span with 30-day
 * months and 24-hour days, so {@code '1 mon'} equals {@code '30 days'}; {@link #equals} and
 * {@link #hashCode} agree with that order. The arithmetic PostgreSQL defines on intervals alone
 * (sum, negation, scaling, the justify functions) is here too; overflow raises 22008.
 */
public record Interval(int months, int days, long micros) implements Comparable<Interval> {

    public static final long USECS_PER_SEC = 1_000_000L;
    public static final long USECS_PER_MINUTE = 60 * USECS_PER_SEC;
    public static final long USECS_PER_HOUR = 60 * USECS_PER_MINUTE;
    public static final long USECS_PER_DAY = 24 * USECS_PER_HOUR;
    public static final Interval ZERO = new Interval(0, 0, 0);

    /** Whole days of the normalised span (months as 30 days, micros carried into days). */
    long spanDays() {
        return months * 30L + days + Math.floorDiv(micros, USECS_PER_DAY);
    }

    /** The part of the normalised span below one day, in [0, 86400e6). */
    long spanRemainder() {
        return Math.floorMod(micros, USECS_PER_DAY);
    }

    @Override
    public int compareTo(Interval o) {
        int c = Long.compare(spanDays(), o.spanDays());
        return c != 0 ? c : Long.compare(spanRemainder(), o.spanRemainder());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Interval i && compareTo(i) == 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(spanDays()) * 31 + Long.hashCode(spanRemainder());
    }

    /** An interval from long fields, 22008 when a field does not fit PostgreSQL's range. */
    public static Interval of(long months, long days, long micros) {
        if (months != (int) months || days != (int) days) {
            throw outOfRange();
        }
        return new Interval((int) months, (int) days, micros);
    }

    public Interval plus(Interval o) {
        try {
            return of((long) months + o.months, (long) days + o.days, Math.addExact(micros, o.micros));
        } catch (ArithmeticException e) {
            throw outOfRange();
        }
    }

    public Interval negate() {
        if (micros == Long.MIN_VALUE) {
            throw outOfRange();
        }
        return of(-(long) months, -(long) days, -micros);
    }

    public Interval minus(Interval o) {
        return plus(o.negate());
    }

    /** Scales by a factor as PostgreSQL's interval_mul does, spilling fractions of months into days, of days into time. */
    public Interval multiply(double factor) {
        if (Double.isNaN(factor)) {
            throw outOfRange();
        }
        double m = months * factor;
        double d = days * factor;
        if (Double.isNaN(m) || m > Integer.MAX_VALUE || m < Integer.MIN_VALUE
                || d > Integer.MAX_VALUE || d < Integer.MIN_VALUE) {
            throw outOfRange();
        }
        return spill(m, d, micros * factor);
    }

    /** Divides as PostgreSQL's interval_div does; 22012 for zero. */
    public Interval divide(double divisor) {
        if (divisor == 0) {
            throw new SqlException(SqlState.DIVISION_BY_ZERO, "division by zero");
        }
        if (Double.isNaN(divisor)) {
            throw outOfRange();
        }
        return spill(months / divisor, days / divisor, micros / divisor);
    }

    private static Interval spill(double m, double d, double time) {
        int rm = (int) m;
        int rd = (int) d;
        double monthRemainderDays = tsRound((m - rm) * 30);
        double secRemainder = tsRound((d - rd + monthRemainderDays - (int) monthRemainderDays) * 86400);
        if (Math.abs(secRemainder) >= 86400) {
            rd += (int) (secRemainder / 86400);
            secRemainder -= (int) (secRemainder / 86400) * 86400.0;
        }
        rd += (int) monthRemainderDays;
        double t = Math.rint(time + secRemainder * USECS_PER_SEC);
        if (Double.isNaN(t) || t >= 9.223372036854776E18 || t < -9.223372036854776E18) {
            throw outOfRange();
        }
        return new Interval(rm, rd, (long) t);
    }

    private static double tsRound(double v) {
        return Math.rint(v * 1_000_000.0) / 1_000_000.0;
    }

    /** justify_days: whole 30-day blocks become months, the signs of months and days made to agree. */
    public Interval justifyDays() {
        long m = (long) months + days / 30;
        long d = days % 30;
        if (m > 0 && d < 0) {
            d += 30;
            m--;
        } else if (m < 0 && d > 0) {
            d -= 30;
            m++;
        }
        return of(m, d, micros);
    }

    /** justify_hours: whole 24-hour blocks become days, the signs of days and time made to agree. */
    public Interval justifyHours() {
        long d = days + micros / USECS_PER_DAY;
        long t = micros % USECS_PER_DAY;
        if (d > 0 && t < 0) {
            t += USECS_PER_DAY;
            d--;
        } else if (d < 0 && t > 0) {
            t -= USECS_PER_DAY;
            d++;
        }
        return of(months, d, t);
    }

    /** justify_interval: both justifications, with one sign across months, days and time. */
    public Interval justifyInterval() {
        long d = days + micros / USECS_PER_DAY;
        long t = micros % USECS_PER_DAY;
        long m = months + d / 30;
        d = d % 30;
        if (m > 0 && (d < 0 || (d == 0 && t < 0))) {
            d += 30;
            m--;
        } else if (m < 0 && (d > 0 || (d == 0 && t > 0))) {
            d -= 30;
            m++;
        }
        if (d > 0 && t < 0) {
            t += USECS_PER_DAY;
            d--;
        } else if (d < 0 && t > 0) {
            t -= USECS_PER_DAY;
            d++;
        }
        return of(m, d, t);
    }

    public static SqlException outOfRange() {
        return new SqlException(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
    }
}
