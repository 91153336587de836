package org.borealis.sql.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.ZoneId;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.junit.jupiter.api.Test;

/** Text output and input as PostgreSQL 15 prints and reads them. */
class TextFormatsTest {

    private static String out(PgType t, Object v) {
        return t.formatText(v, TextFormat.DEFAULT);
    }

    @Test
    void floatsPrintShortestExact() {
        assertThat(out(Types.FLOAT8, 0.1)).isEqualTo("0.1");
        assertThat(out(Types.FLOAT8, 1e15)).isEqualTo("1e+15");
        assertThat(out(Types.FLOAT8, 123456789012345.0)).isEqualTo("123456789012345");
        assertThat(out(Types.FLOAT8, 1.5e-5)).isEqualTo("1.5e-05");
        assertThat(out(Types.FLOAT8, -0.0)).isEqualTo("-0");
        assertThat(out(Types.FLOAT4, 1.1f)).isEqualTo("1.1");
        assertThat(Types.FLOAT8.formatText(0.1 + 0.2, new TextFormat(java.time.ZoneOffset.UTC, 0))).isEqualTo("0.3");
        assertThat(out(Types.FLOAT8, Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void numericKeepsScaleAndChecksTypmod() {
        assertThat(out(Types.NUMERIC, new BigDecimal("1.50"))).isEqualTo("1.50");
        assertThat(Types.NUMERIC.applyTypmod(new BigDecimal("2.345"), NumericType.typmod(5, 2), false)).isEqualTo(new BigDecimal("2.35"));
        assertThatThrownBy(() -> Types.NUMERIC.applyTypmod(new BigDecimal("1000"), NumericType.typmod(5, 2), false))
                .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.state()).isEqualTo(SqlState.NUMERIC_VALUE_OUT_OF_RANGE));
    }

    @Test
    void stringsApplyLengths() {
        assertThat(Types.BPCHAR.applyTypmod("ab", 5 + 4, false)).isEqualTo("ab   ");
        assertThat(Types.VARCHAR.applyTypmod("abc  ", 3 + 4, false)).isEqualTo("abc");
        assertThatThrownBy(() -> Types.VARCHAR.applyTypmod("abcd", 3 + 4, false))
                .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.state()).isEqualTo(SqlState.STRING_DATA_RIGHT_TRUNCATION));
        assertThat(Types.VARCHAR.applyTypmod("abcd", 3 + 4, true)).isEqualTo("abc");
    }

    @Test
    void datesAndTimestamps() {
        Object ts = Types.TIMESTAMP.parseText("2024-02-29 13:14:15.500");
        assertThat(out(Types.TIMESTAMP, ts)).isEqualTo("2024-02-29 13:14:15.5");
        TextFormat paris = new TextFormat(ZoneId.of("Europe/Paris"), 1);
        Object tz = Types.TIMESTAMPTZ.parseText("2024-07-01 12:00:00+00", paris);
        assertThat(Types.TIMESTAMPTZ.formatText(tz, paris)).isEqualTo("2024-07-01 14:00:00+02");
        assertThat(Types.TIMESTAMPTZ.formatText(Types.TIMESTAMPTZ.parseText("2024-01-01 00:00", paris), TextFormat.DEFAULT))
                .isEqualTo("2023-12-31 23:00:00+00");
        assertThat(TimeZones.parse("GMT+05:00")).isEqualTo(java.time.ZoneOffset.ofHours(-5));
        assertThatThrownBy(() -> Types.DATE.parseText("2024-13-01")).isInstanceOf(SqlException.class);
    }

    @Test
    void integersRejectOverflowAndJunk() {
        assertThat(Types.INT4.parseText(" -42 ")).isEqualTo(-42);
        assertThatThrownBy(() -> Types.INT4.parseText("2147483648"))
                .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.state()).isEqualTo(SqlState.NUMERIC_VALUE_OUT_OF_RANGE));
        assertThatThrownBy(() -> Types.INT2.parseText("12a"))
                .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.state()).isEqualTo(SqlState.INVALID_TEXT_REPRESENTATION));
        assertThat(out(Types.BYTEA, new byte[] {1, (byte) 0xAB})).isEqualTo("\\x01ab");
        assertThat((byte[]) Types.BYTEA.parseText("a\\\\b\\001")).containsExactly('a', '\\', 'b', 1);
    }
}
