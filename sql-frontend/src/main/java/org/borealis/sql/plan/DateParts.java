package org.borealis.sql.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

import org.borealis.sql.exec.expr.NumericOps;
import org.borealis.sql.types.DateTimeInfinity;
import org.borealis.sql.types.Interval;
import org.borealis.sql.types.NumericSpecial;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.TimeType;
import org.borealis.sql.types.TimestamptzType;
import org.borealis.sql.types.Types;

/**
 * extract (numeric, PostgreSQL 14+) and date_part (double precision) of one field of a date,
 * time, timestamp, timestamptz (in the session's zone) or interval, following PostgreSQL 15's
 * timestamp_part_common, time_part_common, interval_part_common and extract_date: seconds carry
 * six decimals, milliseconds three, epoch six (an integer for a date), BC years are negative.
 */
final class DateParts {

    private static final long UNIX_EPOCH_DAYS_FROM_JULIAN = 2440588;

    private DateParts() {
    }

    /** One field; {@code numeric} picks extract's numeric result over date_part's double. */
    static Object part(String unitText, PgType type, Object value, ZoneId zone, boolean numeric) {
        DateUnits u = DateUnits.require(unitText, type);
        if (type == Types.INTERVAL) {
            return interval(u, unitText, (Interval) value, numeric);
        }
        if (type == Types.TIME) {
            long us = TimeType.toMicros((LocalTime) value);
            return clock(u, unitText, type, us / 3_600_000_000L, us / 60_000_000L % 60, us % 60_000_000L, us, numeric);
        }
        int inf = DateTimeInfinity.sign(value);
        if (inf != 0) {
            return infinite(u, inf, numeric);
        }
        if (type == Types.DATE) {
            return date(u, unitText, (LocalDate) value);
        }
        LocalDateTime local;
        long epochMicros;
        Integer offset = null;
        if (type == Types.TIMESTAMPTZ) {
            Instant t = (Instant) value;
            local = LocalDateTime.ofInstant(t, zone);
            offset = zone.getRules().getOffset(t).getTotalSeconds();
            epochMicros = TimestamptzType.toMicros(t) + 946_684_800_000_000L;
        } else {
            local = (LocalDateTime) value;
            epochMicros = TimestamptzType.toMicros(local.toInstant(java.time.ZoneOffset.UTC)) + 946_684_800_000_000L;
        }
        LocalTime t = local.toLocalTime();
        long timeUs = TimeType.toMicros(t);
        switch (u) {
            case MICROSECONDS, MILLISECONDS, SECOND, MINUTE, HOUR:
                return clock(u, unitText, type, t.getHour(), t.getMinute(), timeUs % 60_000_000L, timeUs, numeric);
            case EPOCH:
                return numeric ? BigDecimal.valueOf(epochMicros, 6) : (Object) (epochMicros / 1_000_000.0);
            case TIMEZONE, TIMEZONE_HOUR, TIMEZONE_MINUTE:
                if (offset == null) {
                    throw DateUnits.unsupported(unitText, type);
                }
                long v = u == DateUnits.TIMEZONE ? offset : u == DateUnits.TIMEZONE_HOUR ? offset / 3600 : offset / 60 % 60;
                return result(v, numeric);
            case JULIAN:
                long day = local.toLocalDate().toEpochDay() + UNIX_EPOCH_DAYS_FROM_JULIAN;
                if (numeric) {
                    return BigDecimal.valueOf(day).add(NumericOps.divide(BigDecimal.valueOf(timeUs), BigDecimal.valueOf(86_400_000_000L)));
                }
                return day + (timeUs / 1_000_000.0) / 86400.0;
            default:
                return result(dateField(u, unitText, type, local.toLocalDate()), numeric);
        }
    }

    /** PostgreSQL 15: ±Infinity for the fields that grow without bound, NULL for the others. */
    private static Object infinite(DateUnits u, int sign, boolean numeric) {
        return switch (u) {
            case EPOCH, JULIAN, YEAR, DECADE, CENTURY, MILLENNIUM, ISOYEAR -> numeric ? NumericSpecial.infinity(sign)
                    : (Object) (sign > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
            default -> null;
        };
    }

    private static Object date(DateUnits u, String unitText, LocalDate d) {
        return switch (u) {
            case EPOCH -> BigDecimal.valueOf(d.toEpochDay() * 86400);
            case JULIAN -> BigDecimal.valueOf(d.toEpochDay() + UNIX_EPOCH_DAYS_FROM_JULIAN);
            case MICROSECONDS, MILLISECONDS, SECOND, MINUTE, HOUR, TIMEZONE, TIMEZONE_HOUR, TIMEZONE_MINUTE ->
                    throw DateUnits.unsupported(unitText, Types.DATE);
            default -> BigDecimal.valueOf(dateField(u, unitText, Types.DATE, d));
        };
    }

    /** Calendar fields of a date; years astronomical in (0 is 1 BC), shown as PostgreSQL does. */
    private static long dateField(DateUnits u, String unitText, PgType type, LocalDate d) {
        int y = d.getYear();
        return switch (u) {
            case DAY -> d.getDayOfMonth();
            case MONTH -> d.getMonthValue();
            case QUARTER -> (d.getMonthValue() - 1) / 3 + 1;
            case WEEK -> d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case YEAR -> y > 0 ? y : y - 1;
            case DECADE -> y >= 0 ? y / 10 : -((8 - (y - 1)) / 10);
            case CENTURY -> y > 0 ? (y + 99) / 100 : -((99 - (y - 1)) / 100);
            case MILLENNIUM -> y > 0 ? (y + 999) / 1000 : -((999 - (y - 1)) / 1000);
            case ISOYEAR -> {
                int iy = d.get(IsoFields.WEEK_BASED_YEAR);
                yield iy > 0 ? iy : iy - 1;
            }
            case DOW -> d.getDayOfWeek().getValue() % 7;
            case ISODOW -> d.getDayOfWeek().getValue();
            case DOY -> d.getDayOfYear();
            default -> throw DateUnits.unsupported(unitText, type);
        };
    }

    /** Clock fields: {@code secUs} is seconds and microseconds within the minute, {@code totalUs} the time since midnight. */
    private static Object clock(DateUnits u, String unitText, PgType type, long hour, long minute, long secUs, long totalUs,
                                boolean numeric) {
        return switch (u) {
            case MICROSECONDS -> numeric ? BigDecimal.valueOf(secUs) : (Object) (double) secUs;
            case MILLISECONDS -> numeric ? BigDecimal.valueOf(secUs, 3)
                    : (Object) (secUs / 1_000_000 * 1000.0 + (secUs % 1_000_000) / 1000.0);
            case SECOND -> numeric ? BigDecimal.valueOf(secUs, 6)
                    : (Object) (secUs / 1_000_000 + (secUs % 1_000_000) / 1_000_000.0);
            case MINUTE -> result(minute, numeric);
            case HOUR -> result(hour, numeric);
            case EPOCH -> numeric ? BigDecimal.valueOf(totalUs, 6) : (Object) (totalUs / 1_000_000.0);
            default -> throw DateUnits.unsupported(unitText, type);
        };
    }

    private static Object interval(DateUnits u, String unitText, Interval v, boolean numeric) {
        long year = v.months() / 12;
        long us = v.micros();
        return switch (u) {
            case MICROSECONDS, MILLISECONDS, SECOND, MINUTE, HOUR ->
                    clock(u, unitText, Types.INTERVAL, us / Interval.USECS_PER_HOUR, us / Interval.USECS_PER_MINUTE % 60,
                            us % Interval.USECS_PER_MINUTE, us, numeric);
            case DAY -> result(v.days(), numeric);
            case MONTH -> result(v.months() % 12, numeric);
            case QUARTER -> result(v.months() % 12 / 3 + 1, numeric);
            case YEAR -> result(year, numeric);
            case DECADE -> result(year / 10, numeric);
            case CENTURY -> result(year / 100, numeric);
            case MILLENNIUM -> result(year / 1000, numeric);
            case EPOCH -> {
                if (numeric) {
                    // 365.25-day years, in quarter days to stay in integers (as PostgreSQL does)
                    long secs = (1461L * year + 120L * (v.months() % 12) + 4L * v.days()) * 21600L;
                    yield BigDecimal.valueOf(us, 6).add(BigDecimal.valueOf(secs));
                }
                yield us / 1_000_000.0 + 365.25 * 86400 * year + 30.0 * 86400 * (v.months() % 12) + 86400.0 * v.days();
            }
            default -> throw DateUnits.unsupported(unitText, Types.INTERVAL);
        };
    }

    private static Object result(long v, boolean numeric) {
        return numeric ? BigDecimal.valueOf(v) : (Object) (double) v;
    }
}
