package org.borealis.sql.types;

import java.time.LocalTime;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * time (without time zone), held as {@link LocalTime} at microsecond precision; binary and key
 * form are microseconds since midnight (int64). Input is {@code hh:mm[:ss[.ffffff]]} with an
 * optional AM/PM, or a whole timestamp whose date and zone are ignored, as in PostgreSQL.
 * PostgreSQL's {@code 24:00:00} is not representable and is rejected (22008).
 */
public final class TimeType extends PgType {

    @Override
    public int oid() {
        return 1083;
    }

    @Override
    public String typname() {
        return "time";
    }

    @Override
    public String displayName() {
        return "time without time zone";
    }

    @Override
    public int typlen() {
        return 8;
    }

    @Override
    public Category category() {
        return Category.DATETIME;
    }

    @Override
    public Object parseText(String text) {
        return DateTimeText.parseTime(text, displayName());
    }

    @Override
    public String formatText(Object value, TextFormat format) {
        StringBuilder sb = new StringBuilder(15);
        DateTimeText.appendTime(sb, (LocalTime) value);
        return sb.toString();
    }

    public static long toMicros(LocalTime t) {
        return t.toNanoOfDay() / 1000;
    }

    public static LocalTime fromMicros(long micros) {
        return LocalTime.ofNanoOfDay(Math.floorMod(micros, Interval.USECS_PER_DAY) * 1000);
    }

    @Override
    public Object readBinary(ByteSource in) {
        long v = in.getLong();
        if (in.remaining() != 0 || v < 0 || v >= Interval.USECS_PER_DAY) {
            throw new SqlException(SqlState.INVALID_BINARY_REPRESENTATION, "time out of range");
        }
        return fromMicros(v);
    }

    @Override
    public void writeBinary(Object value, ByteSink out) {
        out.putLong(toMicros((LocalTime) value));
    }

    /**
     * Rounds to the typmod's digits. PostgreSQL can round 23:59:59.9999995 up to 24:00:00, which
     * {@link LocalTime} cannot hold: such a value stays at the last instant of the day at that precision.
     */
    @Override
    public Object applyTypmod(Object value, int typmod, boolean explicitCast) {
        int p = DateTimePrecision.precision(this, typmod);
        if (p < 0) {
            return value;
        }
        long us = DateTimePrecision.round(toMicros((LocalTime) value), p);
        long day = 86_400_000_000L;
        return fromMicros(us < day ? us : day - (long) Math.pow(10, DateTimePrecision.MAX_PRECISION - p));
    }

    @Override
    public String formatWithTypmod(int typmod) {
        return DateTimePrecision.format("time", " without time zone", this, typmod);
    }

    @Override
    public int compare(Object a, Object b) {
        return ((LocalTime) a).compareTo((LocalTime) b);
    }

    @Override
    public void encodeKey(Object value, ByteSink out) {
        out.putLong(toMicros((LocalTime) value));
    }
}
