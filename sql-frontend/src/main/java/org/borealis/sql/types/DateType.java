package org.borealis.sql.types;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * date, held as {@link LocalDate}; binary and key form are days since 2000-01-01, with
 * {@code infinity}/{@code -infinity} as int32 MAX/MIN ({@link DateTimeInfinity}).
 */
public final class DateType extends PgType {

    @Override
    public int oid() {
        return 1082;
    }

    @Override
    public String typname() {
        return "date";
    }

    @Override
    public int typlen() {
        return 4;
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
        return DateTimeText.parse(text, "date", false).local().toLocalDate();
    }

    @Override
    public String formatText(Object value, TextFormat format) {
        int inf = DateTimeInfinity.sign(value);
        if (inf != 0) {
            return DateTimeInfinity.text(inf);
        }
        StringBuilder sb = new StringBuilder(13);
        DateTimeText.appendDate(sb, (LocalDate) value);
        DateTimeText.appendBc(sb, (LocalDate) value);
        return sb.toString();
    }

    static int toDays(LocalDate d) {
        int inf = DateTimeInfinity.sign(d);
        if (inf != 0) {
            return inf > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        }
        return (int) ChronoUnit.DAYS.between(DateTimeText.PG_EPOCH_DATE, d);
    }

    @Override
    public Object readBinary(ByteSource in) {
        int days = in.getInt();
        if (in.remaining() != 0) {
            throw new SqlException(SqlState.INVALID_BINARY_REPRESENTATION, "incorrect binary data format");
        }
        if (days == Integer.MAX_VALUE || days == Integer.MIN_VALUE) {
            return DateTimeInfinity.of(this, days);
        }
        return DateTimeText.PG_EPOCH_DATE.plusDays(days);
    }

    @Override
    public void writeBinary(Object value, ByteSink out) {
        out.putInt(toDays((LocalDate) value));
    }

    @Override
    public int compare(Object a, Object b) {
        return ((LocalDate) a).compareTo((LocalDate) b);
    }

    @Override
    public void encodeKey(Object value, ByteSink out) {
        out.putInt(toDays((LocalDate) value) ^ 0x80000000);
    }
}
