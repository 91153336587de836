package org.borealis.sql.types;

import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * Fractional-second precision modifiers: {@code time(p)}, {@code timestamp(p)},
 * {@code timestamptz(p)} and {@code interval(p)}, p from 0 to 6 (more is reduced to 6, as
 * PostgreSQL does after a warning). The typmod is p for the first three and PostgreSQL's
 * {@code INTERVAL_TYPMOD(p, range)} for interval ({@code 0x7FFF << 16 | p} without field
 * qualifiers, see {@link IntervalFields}), so
 * pg_attribute.atttypmod, format_type and clients read what they read from PostgreSQL. Values
 * round half away from zero at p digits, as PostgreSQL's AdjustTimestampForTypmod.
 */
public final class DateTimePrecision {

    public static final int MAX_PRECISION = 6;
    private static final int INTERVAL_FULL_RANGE = 0x7FFF;
    private static final long[] SCALES = {1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private DateTimePrecision() {
    }

    /** The typmod for {@code type(p)}; 22023 for a negative p, 42601 for more than one modifier. */
    public static int typmod(PgType type, List<Integer> mods, int pos) {
        if (type == Types.INTERVAL) {
            return IntervalFields.typmod(mods, pos); // [range] or [range, p], as PostgreSQL's grammar gives them
        }
        String name = type == Types.TIME ? "TIME" : type == Types.INTERVAL ? "INTERVAL" : "TIMESTAMP";
        String tz = type == Types.TIMESTAMPTZ ? " WITH TIME ZONE" : "";
        if (mods.size() != 1) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "invalid type modifier").withPosition(pos + 1);
        }
        int p = mods.get(0);
        if (p < 0) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE,
                    name + "(" + p + ")" + tz + " precision must not be negative").withPosition(pos + 1);
        }
        p = Math.min(p, MAX_PRECISION);
        return type == Types.INTERVAL ? INTERVAL_FULL_RANGE << 16 | p : p;
    }

    /** The precision a typmod holds, or -1 when it sets none. */
    public static int precision(PgType type, int typmod) {
        if (typmod < 0) {
            return -1;
        }
        if (type == Types.INTERVAL) {
            int p = typmod & 0xFFFF;
            return p == 0xFFFF ? -1 : p;
        }
        return typmod;
    }

    /** Microseconds rounded half away from zero to p fractional digits. */
    public static long round(long micros, int p) {
        if (p < 0 || p >= MAX_PRECISION) {
            return micros;
        }
        long scale = SCALES[p];
        long half = scale / 2;
        return micros >= 0 ? (micros + half) / scale * scale : -((-micros + half) / scale * scale);
    }

    /** {@code name(p)} plus the rest of the name, as format_type prints it: {@code timestamp(3) with time zone}. */
    static String format(String head, String tail, PgType type, int typmod) {
        int p = precision(type, typmod);
        return head + (p >= 0 ? "(" + p + ")" : "") + tail;
    }
}
