package org.borealis.sql.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HexFormat;

import org.borealis.sql.error.SqlException;
import org.junit.jupiter.api.Test;

/** numeric NaN and the infinities: text spellings, PostgreSQL's binary sign words, order, typmods, casts. */
class NumericSpecialTest {

    private static String binary(Object v) {
        ByteSink out = new ByteSink();
        Types.NUMERIC.writeBinary(v, out);
        return HexFormat.of().formatHex(out.toByteArray());
    }

    @Test
    void textSpellingsAndOutput() {
        for (String s : new String[] {"NaN", "nan", " NAN "}) {
            assertThat(Types.NUMERIC.parseText(s)).isSameAs(NumericSpecial.NAN);
        }
        for (String s : new String[] {"Infinity", "+infinity", "inf", "+INF", " Inf\t"}) {
            assertThat(Types.NUMERIC.parseText(s)).isSameAs(NumericSpecial.POS_INF);
        }
        for (String s : new String[] {"-Infinity", "-inf", "-INFINITY"}) {
            assertThat(Types.NUMERIC.parseText(s)).isSameAs(NumericSpecial.NEG_INF);
        }
        for (String s : new String[] {"+nan", "-nan", "infinit", "infx", "in"}) {
            assertThatThrownBy(() -> Types.NUMERIC.parseText(s)).isInstanceOfSatisfying(SqlException.class,
                    e -> assertThat(e.state().code()).isEqualTo("22P02"));
        }
        assertThat(Types.NUMERIC.formatText(NumericSpecial.NEG_INF, TextFormat.DEFAULT)).isEqualTo("-Infinity");
    }

    @Test
    void binaryUsesPostgresSignWords() {
        assertThat(binary(NumericSpecial.NAN)).isEqualTo("00000000c0000000");
        assertThat(binary(NumericSpecial.POS_INF)).isEqualTo("00000000d0000000");
        assertThat(binary(NumericSpecial.NEG_INF)).isEqualTo("00000000f0000000");
        for (NumericSpecial v : new NumericSpecial[] {NumericSpecial.NAN, NumericSpecial.POS_INF, NumericSpecial.NEG_INF}) {
            ByteSource in = ByteSource.ofBinaryInput(HexFormat.of().parseHex(binary(v)));
            assertThat(Types.NUMERIC.readBinary(in)).isSameAs(v);
        }
    }

    @Test
    void orderPutsNaNAboveInfinityAboveEveryNumber() {
        BigDecimal big = new BigDecimal("1e1000");
        assertThat(Types.NUMERIC.compare(NumericSpecial.NAN, NumericSpecial.NAN)).isZero();
        assertThat(Types.NUMERIC.compare(NumericSpecial.NAN, NumericSpecial.POS_INF)).isPositive();
        assertThat(Types.NUMERIC.compare(NumericSpecial.POS_INF, big)).isPositive();
        assertThat(Types.NUMERIC.compare(NumericSpecial.NEG_INF, big.negate())).isNegative();
        assertThat(Types.NUMERIC.hash(NumericSpecial.NAN)).isEqualTo(Types.NUMERIC.hash(Types.NUMERIC.parseText("nan")));
    }

    @Test
    void typmodKeepsNaNAndRefusesInfinity() {
        int typmod = NumericType.typmod(5, 2);
        assertThat(Types.NUMERIC.applyTypmod(NumericSpecial.NAN, typmod, false)).isSameAs(NumericSpecial.NAN);
        assertThatThrownBy(() -> Types.NUMERIC.applyTypmod(NumericSpecial.NEG_INF, typmod, false))
                .isInstanceOfSatisfying(SqlException.class, e -> {
                    assertThat(e.state().code()).isEqualTo("22003");
                    assertThat(e.detail()).isEqualTo("A field with precision 5, scale 2 cannot hold an infinite value.");
                });
    }

    @Test
    void castsToFloatAndInteger() {
        TextFormat f = TextFormat.DEFAULT;
        assertThat((Double) Casts.convert(NumericSpecial.NEG_INF, Types.NUMERIC, Types.FLOAT8, f)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat((Float) Casts.convert(NumericSpecial.NAN, Types.NUMERIC, Types.FLOAT4, f)).isNaN();
        assertThat(Casts.convert(Double.POSITIVE_INFINITY, Types.FLOAT8, Types.NUMERIC, f)).isSameAs(NumericSpecial.POS_INF);
        assertThat(Casts.convert(Float.NaN, Types.FLOAT4, Types.NUMERIC, f)).isSameAs(NumericSpecial.NAN);
        assertThatThrownBy(() -> Casts.convert(NumericSpecial.NAN, Types.NUMERIC, Types.INT2, f))
                .isInstanceOfSatisfying(SqlException.class, e -> {
                    assertThat(e.state().code()).isEqualTo("0A000");
                    assertThat(e.getMessage()).isEqualTo("cannot convert NaN to smallint");
                });
    }
}
