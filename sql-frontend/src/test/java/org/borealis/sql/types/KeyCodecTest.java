package org.borealis.sql.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * The key encoding against the types' own comparison, seeded and randomised: for random pairs,
 * unsigned byte order of the keys equals {@link PgType#compare}; NULL sorts last; composite keys
 * order by their first column, then the second. A failure prints the seed; -Dtest.seed=N replays.
 */
class KeyCodecTest {

    private static final long SEED = Long.getLong("test.seed", System.nanoTime());

    private static void check(PgType t, Function<Random, Object> gen) {
        Random r = new Random(SEED ^ t.oid());
        for (int i = 0; i < 3000; i++) {
            Object a = gen.apply(r);
            Object b = r.nextInt(8) == 0 ? a : gen.apply(r);
            int c = Integer.signum(t.compare(a, b));
            int k = Integer.signum(Arrays.compareUnsigned(KeyCodec.encode(new Object[] {a}, new PgType[] {t}),
                    KeyCodec.encode(new Object[] {b}, new PgType[] {t})));
            assertThat(k).as("seed %d: %s %s vs %s", SEED, t, a, b).isEqualTo(c);
            ByteSink bin = new ByteSink();
            t.writeBinary(a, bin);
            assertThat(t.compare(t.readBinary(ByteSource.ofBinaryInput(bin.toByteArray())), a)).as("binary round trip %s", a).isZero();
            Object text = t.parseText(t.formatText(a, TextFormat.DEFAULT), TextFormat.DEFAULT);
            assertThat(t.compare(text, a)).as("seed %d: text round trip %s", SEED, a).isZero();
        }
    }

    @Test
    void keyOrderEqualsTypeOrder() {
        check(Types.INT2, r -> (short) r.nextInt());
        check(Types.INT4, r -> r.nextInt());
        check(Types.INT8, r -> r.nextBoolean() ? r.nextLong() : (long) r.nextInt(100) - 50);
        check(Types.FLOAT8, r -> r.nextInt(20) == 0 ? Double.NaN : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20));
        NumericSpecial[] specials = {NumericSpecial.NAN, NumericSpecial.POS_INF, NumericSpecial.NEG_INF};
        check(Types.NUMERIC, r -> r.nextInt(6) == 0 ? specials[r.nextInt(3)]
                : new BigDecimal(r.nextLong() % 1_000_000_000L).movePointLeft(r.nextInt(12)).setScale(r.nextInt(14),
                        java.math.RoundingMode.HALF_UP));
        check(Types.TEXT, r -> randomString(r));
        check(Types.BPCHAR, r -> randomString(r) + " ".repeat(r.nextInt(3)));
        check(Types.BOOL, Random::nextBoolean);
        check(Types.DATE, r -> r.nextInt(10) == 0 ? DateTimeInfinity.of(Types.DATE, r.nextBoolean() ? 1 : -1)
                : LocalDate.of(1 + r.nextInt(4000), 1 + r.nextInt(12), 1 + r.nextInt(28)));
        check(Types.TIMESTAMPTZ, r -> r.nextInt(10) == 0 ? DateTimeInfinity.of(Types.TIMESTAMPTZ, r.nextBoolean() ? 1 : -1)
                : Instant.ofEpochSecond(r.nextInt(), r.nextInt(1_000_000) * 1000L));
        check(Types.TIMESTAMP, r -> r.nextInt(10) == 0 ? DateTimeInfinity.of(Types.TIMESTAMP, r.nextBoolean() ? 1 : -1)
                : java.time.LocalDateTime.of(-4712 + r.nextInt(298_000), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), 0)
                        .plusNanos(r.nextLong(86_400_000_000L) * 1000));
        check(Types.UUID, r -> new UUID(r.nextLong(), r.nextLong()));
        check(Types.TIME, r -> java.time.LocalTime.ofNanoOfDay(r.nextLong(86_400_000_000L) * 1000));
        check(Types.INTERVAL, IntervalTest::randomInterval);
    }

    private static String randomString(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(4);
            sb.appendCodePoint(kind == 0 ? 'a' + r.nextInt(3) : kind == 1 ? 0x7F + r.nextInt(300) : kind == 2 ? 0x1F600 + r.nextInt(5) : ' ' + r.nextInt(5));
        }
        return sb.toString();
    }

    @Test
    void nullsSortLastAndCompositeKeysOrderByColumns() {
        PgType[] ts = {Types.INT4, Types.TEXT};
        List<byte[]> keys = new ArrayList<>();
        Object[][] rows = {{1, "a"}, {1, "b"}, {1, null}, {2, ""}, {null, "a"}, {null, null}};
        for (Object[] row : rows) {
            keys.add(KeyCodec.encode(row, ts));
        }
        for (int i = 1; i < keys.size(); i++) {
            assertThat(Arrays.compareUnsigned(keys.get(i - 1), keys.get(i))).as("row %d", i).isNegative();
        }
        byte[] prefix = KeyCodec.encode(new Object[] {1}, new PgType[] {Types.INT4});
        assertThat(Arrays.equals(keys.get(0), 0, prefix.length, prefix, 0, prefix.length)).isTrue();
        assertThat(Arrays.compareUnsigned(KeyCodec.prefixSuccessor(prefix), keys.get(2))).isPositive();
    }

    @Test
    void rowCodecRoundTripsAndReadsShortRowsWithNulls() {
        PgType[] ts = {Types.INT4, Types.TEXT, Types.NUMERIC, Types.BOOL};
        Object[] row = {42, "x y", new BigDecimal("-1.50"), null};
        byte[] b = RowCodec.encode(row, ts);
        assertThat(RowCodec.decode(b, ts)).containsExactly(42, "x y", new BigDecimal("-1.50"), null);
        PgType[] wider = {Types.INT4, Types.TEXT, Types.NUMERIC, Types.BOOL, Types.DATE};
        assertThat(RowCodec.decode(b, wider)).containsExactly(42, "x y", new BigDecimal("-1.50"), null, null);
    }
}
