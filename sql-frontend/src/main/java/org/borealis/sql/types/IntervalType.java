package org.borealis.sql.types;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * interval, held as {@link Interval}. Binary form as PostgreSQL's: int64 microseconds, int32
 * days, int32 months. The key form is the normalised span (30-day months, 24-hour days) as a
 * signed day count and the non-negative remainder below a day, so keys order, and compare equal,
 * exactly as {@link Interval#compareTo} does: {@code '1 mon'} and {@code '30 days'} are one key.
 */
public final class IntervalType extends PgType {

    @Override
    public int oid() {
        return 1186;
    }

    @Override
    public String typname() {
        return "interval";
    }

    @Override
    public int typlen() {
        return 16;
    }

    @Override
    public Category category() {
        return Category.TIMESPAN;
    }

    @Override
    public Object parseText(String text) {
        return IntervalText.parse(text);
    }

    /**
     * Parses the text form for a column or cast with this typmod: its field qualifier decides what
     * a bare number means ({@code '2'} is two hours for {@code interval hour}); then the typmod is
     * applied.
     */
    public Interval parseText(String text, int typmod) {
        return IntervalFields.adjust(IntervalText.parse(text, IntervalFields.range(typmod)), typmod);
    }

    @Override
    public String formatText(Object value, TextFormat format) {
        return IntervalText.format((Interval) value);
    }

    @Override
    public Object readBinary(ByteSource in) {
        long micros = in.getLong();
        int days = in.getInt();
        int months = in.getInt();
        if (in.remaining() != 0) {
            throw new SqlException(SqlState.INVALID_BINARY_REPRESENTATION, "incorrect binary data format");
        }
        return new Interval(months, days, micros);
    }

    @Override
    public void writeBinary(Object value, ByteSink out) {
        Interval v = (Interval) value;
        out.putLong(v.micros());
        out.putInt(v.days());
        out.putInt(v.months());
    }

    @Override
    public Object applyTypmod(Object value, int typmod, boolean explicitCast) {
        return IntervalFields.adjust((Interval) value, typmod);
    }

    @Override
    public String formatWithTypmod(int typmod) {
        return "interval" + IntervalFields.suffix(typmod);
    }

    @Override
    public int compare(Object a, Object b) {
        return ((Interval) a).compareTo((Interval) b);
    }

    @Override
    public void encodeKey(Object value, ByteSink out) {
        Interval v = (Interval) value;
        out.putLong(v.spanDays() ^ Long.MIN_VALUE);
        out.putLong(v.spanRemainder());
    }
}
