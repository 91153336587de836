package org.borealis.sql.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.testutil.Seeds;
import org.junit.jupiter.api.Test;

/** Seeded round trips of composite keys through {@link KeyCodec} and back through {@link KeyDecoder}. */
class KeyDecoderTest {

    private static final PgType[] TYPES = {Types.INT2, Types.INT4, Types.INT8, Types.BOOL, Types.TEXT, Types.VARCHAR,
        Types.DATE, Types.TIMESTAMP, Types.TIMESTAMPTZ, Types.TIME, Types.UUID, Types.BYTEA};

    private static Object value(Random rnd, PgType t) {
        if (rnd.nextInt(6) == 0) {
            return null;
        }
        if (t == Types.INT2) {
            return (short) rnd.nextInt(Short.MIN_VALUE, Short.MAX_VALUE + 1);
        } else if (t == Types.INT4) {
            return rnd.nextBoolean() ? rnd.nextInt() : new int[] {Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE}[rnd.nextInt(4)];
        } else if (t == Types.INT8) {
            return rnd.nextBoolean() ? rnd.nextLong() : new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE}[rnd.nextInt(4)];
        } else if (t == Types.BOOL) {
            return rnd.nextBoolean();
        } else if (t == Types.DATE) {
            return rnd.nextInt(8) == 0 ? DateTimeInfinity.of(t, rnd.nextBoolean() ? 1 : -1)
                    : DateTimeText.PG_EPOCH_DATE.plusDays(rnd.nextInt(-2_000_000, 2_000_000));
        } else if (t == Types.TIMESTAMP) {
            return TimestampType.fromMicros(micros(rnd));
        } else if (t == Types.TIMESTAMPTZ) {
            return TimestamptzType.fromMicros(micros(rnd));
        } else if (t == Types.TIME) {
            return TimeType.fromMicros(rnd.nextBoolean() ? rnd.nextLong(Interval.USECS_PER_DAY)
                    : new long[] {0, 1, Interval.USECS_PER_DAY - 1}[rnd.nextInt(3)]);
        } else if (t == Types.UUID) {
            return new java.util.UUID(rnd.nextLong(), rnd.nextBoolean() ? rnd.nextLong() : 0);
        } else if (t == Types.BYTEA) {
            byte[] b = new byte[rnd.nextInt(7)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) new int[] {0, 1, 0xFF, 0x7F, 0x80, rnd.nextInt(256)}[rnd.nextInt(6)];
            }
            return b;
        }
        StringBuilder s = new StringBuilder();
        int n = rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
            s.appendCodePoint(new int[] {'a', 'Z', ' ', 0xE4, 0x20AC, 0x1F600, 0x7F}[rnd.nextInt(7)]);
        }
        return s.toString();
    }

    /** Microseconds from 2000-01-01 over about ±3000 years, the infinities' sentinels among them. */
    private static long micros(Random rnd) {
        return switch (rnd.nextInt(10)) {
            case 0 -> Long.MAX_VALUE;
            case 1 -> Long.MIN_VALUE;
            case 2 -> 0;
            default -> rnd.nextLong(-95_000_000_000_000_000L, 95_000_000_000_000_000L);
        };
    }

    /** What a client sees of {@code v}, and what the heap's row codec gives back for it. */
    private static String text(Object v, PgType t) {
        if (v == null) {
            return "NULL";
        }
        ByteSink b = new ByteSink(16);
        t.writeBinary(v, b);
        Object stored = t.readBinary(ByteSource.ofStored(b.toByteArray()));
        return t.formatText(stored, TextFormat.DEFAULT);
    }

    @Test
    void compositeKeysDecodeToTheirValues() {
        long seed = Seeds.seed("KeyDecoderTest");
        Random rnd = new Random(seed);
        for (int round = 0; round < 2000; round++) {
            int cols = 1 + rnd.nextInt(4);
            PgType[] types = new PgType[cols];
            Object[] values = new Object[cols];
            for (int i = 0; i < cols; i++) {
                types[i] = TYPES[rnd.nextInt(TYPES.length)];
                values[i] = value(rnd, types[i]);
            }
            byte[] key = KeyCodec.encode(values, types);
            int[] at = {0};
            List<Object> back = new ArrayList<>();
            for (PgType t : types) {
                back.add(KeyDecoder.decodeColumn(key, at, t));
            }
            for (int i = 0; i < cols; i++) {
                assertThat(back.get(i) == null ? "NULL" : types[i].formatText(back.get(i), TextFormat.DEFAULT))
                        .as("seed %d, %s", seed, types[i]).isEqualTo(text(values[i], types[i]));
                if (values[i] != null) {
                    assertThat(types[i].compare(back.get(i), values[i])).as("seed %d, %s", seed, types[i]).isZero();
                }
            }
            assertThat(at[0]).isEqualTo(key.length);
        }
    }

    /**
     * numeric(p,s) and character(n) keys drop the scale and the padding; given the column's typmod
     * the decoder puts back what every stored value of the column has.
     */
    @Test
    void numericWithScaleAndPaddedCharDecodeGivenTheirTypmod() {
        long seed = Seeds.seed("KeyDecoderTest.numericAndChar");
        Random rnd = new Random(seed);
        for (int round = 0; round < 3000; round++) {
            int scale = rnd.nextInt(-2, 7);
            int precision = Math.max(1, scale) + rnd.nextInt(12);
            int numTypmod = NumericType.typmod(precision, scale);
            Object num;
            int kind = rnd.nextInt(12);
            if (kind == 0) {
                num = null;
            } else if (kind == 1) {
                num = NumericSpecial.NAN;
            } else {
                java.math.BigDecimal raw = new java.math.BigDecimal(java.math.BigInteger.valueOf(
                        rnd.nextLong() % (long) Math.pow(10, Math.min(precision, 15))), rnd.nextInt(0, 9));
                if (kind == 2) {
                    raw = java.math.BigDecimal.ZERO;
                }
                try {
                    num = Types.NUMERIC.applyTypmod(raw, numTypmod, false);
                } catch (SqlException overflow) {
                    continue;
                }
            }
            int n = rnd.nextInt(1, 8);
            int charTypmod = n + 4;
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(n + 1); i > 0; i--) {
                sb.appendCodePoint(new int[] {'a', ' ', 0xE4, 0x1F600}[rnd.nextInt(4)]);
            }
            Object chr = rnd.nextInt(6) == 0 ? null : Types.BPCHAR.applyTypmod(sb.toString(), charTypmod, false);
            boolean descending = false;
            ByteSink out = new ByteSink(32);
            KeyCodec.encodeColumn(num, Types.NUMERIC, descending, out);
            KeyCodec.encodeColumn(chr, Types.BPCHAR, descending, out);
            byte[] key = out.toByteArray();
            int[] at = {0};
            Object n2 = KeyDecoder.decodeColumn(key, at, Types.NUMERIC, numTypmod);
            Object c2 = KeyDecoder.decodeColumn(key, at, Types.BPCHAR, charTypmod);
            assertThat(at[0]).isEqualTo(key.length);
            assertThat(n2 == null ? "NULL" : Types.NUMERIC.formatText(n2, TextFormat.DEFAULT)).as("seed %d", seed)
                    .isEqualTo(num == null ? "NULL" : Types.NUMERIC.formatText(num, TextFormat.DEFAULT));
            assertThat(c2).as("seed %d", seed).isEqualTo(chr);
        }
        assertThat(KeyDecoder.decodes(Types.NUMERIC, -1)).isFalse();
        assertThat(KeyDecoder.decodes(Types.BPCHAR, -1)).isFalse();
        assertThat(KeyDecoder.decodes(Types.NUMERIC, NumericType.typmod(8, 2))).isTrue();
        assertThat(KeyDecoder.decodes(Types.BPCHAR, 9)).isTrue();
        assertThat(KeyDecoder.decodes(Types.FLOAT8, -1)).isTrue();
        assertThat(KeyDecoder.decodes(Types.FLOAT4, -1)).isTrue();
        assertThat(KeyDecoder.decodes(Types.INTERVAL, -1)).isFalse();
    }

    /** Float keys decode to the exact value (NaN, infinities, subnormals) except zero, whose sign the key drops. */
    @Test
    void floatKeysDecodeButZeroIsAmbiguous() {
        long seed = Seeds.seed("KeyDecoderTest.floats");
        Random rnd = new Random(seed);
        double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
            -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-310, -1e-320, 1.5, -2.25};
        for (int round = 0; round < 4000; round++) {
            FloatType t = rnd.nextBoolean() ? Types.FLOAT8 : Types.FLOAT4;
            double d = rnd.nextInt(3) == 0 ? special[rnd.nextInt(special.length)]
                    : Double.longBitsToDouble(rnd.nextLong());
            Object v = t == Types.FLOAT4 ? (Object) (float) d : (Object) d;
            if (t == Types.FLOAT4 && Float.isInfinite((Float) v) && !Double.isInfinite(d)) {
                continue;
            }
            Object other = rnd.nextInt(5) == 0 ? null : (Object) 42;
            ByteSink out = new ByteSink(24);
            KeyCodec.encodeColumn(v, t, false, out);
            KeyCodec.encodeColumn(other, Types.INT4, false, out);
            byte[] key = out.toByteArray();
            int[] at = {0};
            Object back = KeyDecoder.decodeColumn(key, at, t, -1);
            assertThat(KeyDecoder.decodeColumn(key, at, Types.INT4, -1)).as("seed %d", seed).isEqualTo(other);
            assertThat(at[0]).isEqualTo(key.length);
            if (((Number) v).doubleValue() == 0) {
                assertThat(back).as("seed %d: %s", seed, v).isSameAs(KeyDecoder.AMBIGUOUS);
            } else {
                assertThat(back).as("seed %d: %s", seed, v).isInstanceOf(v.getClass());
                assertThat(t.formatText(back, TextFormat.DEFAULT)).as("seed %d", seed)
                        .isEqualTo(t.formatText(v, TextFormat.DEFAULT));
                assertThat(t.compare(back, v)).isZero();
            }
        }
        assertThat(KeyDecoder.decodeColumn(new byte[] {KeyCodec.NULL}, new int[] {0}, Types.FLOAT8, -1)).isNull();
    }

    @Test
    void onlyExactKeyFormsDecode() {
        assertThat(KeyDecoder.decodes(Types.NUMERIC)).isFalse();
        assertThat(KeyDecoder.decodes(Types.BPCHAR)).isFalse();
        assertThat(KeyDecoder.decodes(Types.FLOAT8)).isFalse();
        assertThat(KeyDecoder.decodes(Types.JSONB)).isFalse();
        assertThat(KeyDecoder.decodes(Types.FLOAT4)).isFalse();
        assertThat(KeyDecoder.decodes(Types.INTERVAL)).isFalse();
        assertThat(KeyDecoder.decodes(Types.UUID)).isTrue();
        assertThat(KeyDecoder.decodes(Types.TIMESTAMPTZ)).isTrue();
        assertThat(KeyDecoder.decodes(Types.TEXT)).isTrue();
        assertThatThrownBy(() -> KeyDecoder.decodeColumn(new byte[] {1, 0x7F}, new int[] {0}, Types.INT4))
                .isInstanceOf(SqlException.class).hasMessageContaining("does not decode");
        assertThatThrownBy(() -> KeyDecoder.decodeColumn(new byte[] {9}, new int[] {0}, Types.INT4))
                .isInstanceOf(SqlException.class);
    }
}
