package org.borealis.sql.types;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * timestamptz ({@code timestamp with time zone}), held as {@link Instant} at microsecond
 * precision; {@code infinity}/{@code -infinity} as {@link DateTimeInfinity} describes. Text without
 * a zone is read in the session's TimeZone; output is in it too.
 */
public final class TimestamptzType extends PgType {

    @Override
    public int oid() {
        return 1184;
    }

    @Override
    public String typname() {
        return "timestamptz";
    }

    @Override
    public String displayName() {
        return "timestamp with time zone";
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
        return parseText(text, TextFormat.DEFAULT);
    }

    @Override
    public Object parseText(String text, TextFormat format) {
        int inf = DateTimeInfinity.parse(text);
        if (inf != 0) {
            return DateTimeInfinity.of(this, inf);
        }
        DateTimeText.Parsed p = DateTimeText.parse(text, displayName(), true);
        ZoneId zone = p.zone() != null ? p.zone() : format.zone();
        return TimeZones.instant(p.local(), zone);
    }

    @Override
    public String formatText(Object value, TextFormat format) {
        int inf = DateTimeInfinity.sign(value);
        if (inf != 0) {
            return DateTimeInfinity.text(inf);
        }
        ZonedDateTime z = ((Instant) value).atZone(format.zone());
        StringBuilder sb = new StringBuilder(32);
        DateTimeText.appendDate(sb, z.toLocalDate());
        sb.append(' ');
        DateTimeText.appendTime(sb, z.toLocalTime());
        DateTimeText.appendOffset(sb, z.getOffset().getTotalSeconds());
        DateTimeText.appendBc(sb, z.toLocalDate());
        return sb.toString();
    }

    public static long toMicros(Instant t) {
        int inf = DateTimeInfinity.sign(t);
        if (inf != 0) {
            return inf > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return (t.getEpochSecond() - DateTimeText.PG_EPOCH_SECONDS) * 1_000_000L + t.getNano() / 1000;
    }

    public static Instant fromMicros(long micros) {
        if (micros == Long.MAX_VALUE || micros == Long.MIN_VALUE) {
            return micros > 0 ? Instant.MAX : Instant.MIN;
        }
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L) + DateTimeText.PG_EPOCH_SECONDS,
                Math.floorMod(micros, 1_000_000L) * 1000);
    }

    /** The local date-time of an instant in a zone (the timestamptz to timestamp cast). */
    public static LocalDateTime local(Instant t, ZoneId zone) {
        return LocalDateTime.ofInstant(t, zone);
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
        out.putLong(toMicros((Instant) value));
    }

    @Override
    public Object applyTypmod(Object value, int typmod, boolean explicitCast) {
        int p = DateTimePrecision.precision(this, typmod);
        if (p < 0 || DateTimeInfinity.isInfinite(value)) {
            return value;
        }
        return fromMicros(DateTimePrecision.round(toMicros((Instant) value), p));
    }

    @Override
    public String formatWithTypmod(int typmod) {
        return DateTimePrecision.format("timestamp", " with time zone", this, typmod);
    }

    @Override
    public int compare(Object a, Object b) {
        return ((Instant) a).compareTo((Instant) b);
    }

    @Override
    public void encodeKey(Object value, ByteSink out) {
        out.putLong(toMicros((Instant) value) ^ Long.MIN_VALUE);
    }

    static Instant atUtc(LocalDateTime t) {
        return t.toInstant(ZoneOffset.UTC);
    }
}
