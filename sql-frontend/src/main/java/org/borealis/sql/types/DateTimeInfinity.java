package org.borealis.sql.types;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * {@code infinity} and {@code -infinity} for date, timestamp and timestamptz, held as the
 * {@code MAX}/{@code MIN} constants of {@link LocalDate}, {@link LocalDateTime} and {@link Instant}
 * so that comparison needs no special case: they lie far outside PostgreSQL's finite range (4713 BC
 * to 294276 AD for timestamps, 5874897 AD for dates). On the wire and in keys they are
 * PostgreSQL's sentinels: int32 MIN/MAX days for date (DATEVAL_NOBEGIN/NOEND), int64 MIN/MAX
 * microseconds for the timestamps (DT_NOBEGIN/DT_NOEND).
 */
public final class DateTimeInfinity {

    private DateTimeInfinity() {
    }

    /** 1 for infinity, -1 for -infinity, 0 for a finite value (or any other object). */
    public static int sign(Object v) {
        if (v instanceof LocalDateTime t) {
            return t.equals(LocalDateTime.MAX) ? 1 : t.equals(LocalDateTime.MIN) ? -1 : 0;
        }
        if (v instanceof Instant t) {
            return t.equals(Instant.MAX) ? 1 : t.equals(Instant.MIN) ? -1 : 0;
        }
        if (v instanceof LocalDate d) {
            return d.equals(LocalDate.MAX) ? 1 : d.equals(LocalDate.MIN) ? -1 : 0;
        }
        return 0;
    }

    public static boolean isInfinite(Object v) {
        return sign(v) != 0;
    }

    /** The infinity of {@code sign} in a date/timestamp type. */
    public static Object of(PgType type, int sign) {
        if (type == Types.DATE) {
            return sign > 0 ? LocalDate.MAX : LocalDate.MIN;
        }
        if (type == Types.TIMESTAMP) {
            return sign > 0 ? LocalDateTime.MAX : LocalDateTime.MIN;
        }
        return sign > 0 ? Instant.MAX : Instant.MIN;
    }

    /** 1 or -1 for the input words {@code infinity} and {@code -infinity} (any case, trimmed), else 0. */
    static int parse(String text) {
        String s = text.strip();
        return s.equalsIgnoreCase("infinity") ? 1 : s.equalsIgnoreCase("-infinity") ? -1 : 0;
    }

    static String text(int sign) {
        return sign > 0 ? "infinity" : "-infinity";
    }

    public static SqlException cannotSubtract(boolean dates) {
        return new SqlException(SqlState.DATETIME_FIELD_OVERFLOW,
                "cannot subtract infinite " + (dates ? "dates" : "timestamps"));
    }
}
