package org.borealis.sql.types;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * timestamp (without time zone), held as {@link LocalDateTime} at microsecond precision; binary and
 * key form are microseconds since 2000-01-01 00:00 ({@code infinity}/{@code -infinity}: int64
 * MAX/MIN, {@link DateTimeInfinity}). A zone in the input text is ignored, as in
 * PostgreSQL.
 */
public final class TimestampType extends PgType {

    @Override
    public int oid() {
        return 1114;
    }

    @Override
    public String typname() {
        return "timestamp";
    }

    @Override
    public String displayName() {
        return "timestamp without time zone";
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
        int inf = DateTimeInfinity.parse(text);
        if (inf != 0) {
            return DateTimeInfinity.of(this, inf);
        }
        return DateTimeText.parse(text, displayName(), true).local();
    }

    @Override
    public String formatText(Object value, TextFormat format) {
        int inf = DateTimeInfinity.sign(value);
        if (inf != 0) {
            return DateTimeInfinity.text(inf);
        }
        LocalDateTime t = (LocalDateTime) value;
        StringBuilder sb = new StringBuilder(26);
        DateTimeText.appendDate(sb, t.toLocalDate());
        sb.append(' ');
        DateTimeText.appendTime(sb, t.toLocalTime());
        DateTimeText.appendBc(sb, t.toLocalDate());
        return sb.toString();
    }

    static long toMicros(LocalDateTime t) {
        int inf = DateTimeInfinity.sign(t);
        if (inf != 0) {
            return inf > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        long secs = t.toEpochSecond(ZoneOffset.UTC) - DateTimeText.PG_EPOCH_SECONDS;
        return secs * 1_000_000L + t.getNano() / 1000;
    }

    static LocalDateTime fromMicros(long micros) {
        if (micros == Long.MAX_VALUE || micros == Long.MIN_VALUE) {
            return micros > 0 ? LocalDateTime.MAX : LocalDateTime.MIN;
        }
        long secs = Math.floorDiv(micros, 1_000_000L);
        long us = Math.floorMod(micros, 1_000_000L);
        return LocalDateTime.ofEpochSecond(secs + DateTimeText.PG_EPOCH_SECONDS, (int) us * 1000, ZoneOffset.UTC);
    }

    @Override
    public Object readBinary(ByteSource in) {
        long v = in.getLong();
        if (in.remaining() != 0) {
            throw new SqlException(SqlState.INVALID_BINARY_REPRESENTATION, "incorrect binary data format");
        }
        return fromMicros(v);
    }

    @Override
    public void writeBinary(Object value, ByteSink out) {
        out.putLong(toMicros((LocalDateTime) value));
    }

    @Override
    public Object applyTypmod(Object value, int typmod, boolean explicitCast) {
        int p = DateTimePrecision.precision(this, typmod);
        if (p < 0 || DateTimeInfinity.isInfinite(value)) {
            return value;
        }
        return DateTimeMath.checked(fromMicros(DateTimePrecision.round(toMicros((LocalDateTime) value), p)));
    }

    @Override
    public String formatWithTypmod(int typmod) {
        return DateTimePrecision.format("timestamp", " without time zone", this, typmod);
    }

    @Override
    public int compare(Object a, Object b) {
        return ((LocalDateTime) a).compareTo((LocalDateTime) b);
    }

    @Override
    public void encodeKey(Object value, ByteSink out) {
        out.putLong(toMicros((LocalDateTime) value) ^ Long.MIN_VALUE);
    }
}
