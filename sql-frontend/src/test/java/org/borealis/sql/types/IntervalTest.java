package org.borealis.sql.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.junit.jupiter.api.Test;

/**
 * interval's text forms against PostgreSQL's (cases taken from PostgreSQL 15's output), and a
 * seeded randomised check of the order and text round trip against a model (the span as a
 * BigInteger). A failure prints the seed; -Dtest.seed=N replays it.
 */
class IntervalTest {

    private static final long SEED = Long.getLong("test.seed", System.nanoTime());

    static Interval randomInterval(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> new Interval(r.nextInt(3) - 1, r.nextInt(61) - 30, (r.nextInt(5) - 2) * Interval.USECS_PER_DAY);
            case 1 -> new Interval(r.nextInt(), r.nextInt(), r.nextLong());
            case 2 -> new Interval(r.nextInt(2000) - 1000, r.nextInt(2000) - 1000, r.nextLong() % (1000 * Interval.USECS_PER_DAY));
            default -> new Interval(0, r.nextInt(100) - 50, r.nextInt(100_000) - 50_000);
        };
    }

    private static String text(String in) {
        return IntervalText.format(IntervalText.parse(in));
    }

    @Test
    void readsAndPrintsPostgresForms() {
        assertThat(text("1 day 2 hours")).isEqualTo("1 day 02:00:00");
        assertThat(text("1 year 2 mons")).isEqualTo("1 year 2 mons");
        assertThat(text("-1 day +02:03:04.5")).isEqualTo("-1 days +02:03:04.5");
        assertThat(text("P1DT2H")).isEqualTo("1 day 02:00:00");
        assertThat(text("P1Y2M3DT4H5M6.5S")).isEqualTo("1 year 2 mons 3 days 04:05:06.5");
        assertThat(text("3 days ago")).isEqualTo("-3 days");
        assertThat(text("1.5 months")).isEqualTo("1 mon 15 days");
        assertThat(text("1.5 days")).isEqualTo("1 day 12:00:00");
        assertThat(text("1.5 years")).isEqualTo("1 year 6 mons");
        assertThat(text("0")).isEqualTo("00:00:00");
        assertThat(text("90")).isEqualTo("00:01:30");
        assertThat(text("-1 year -2 mons +3 days -04:05:06")).isEqualTo("-1 years -2 mons +3 days -04:05:06");
        assertThat(text("100 hours")).isEqualTo("100:00:00");
        assertThat(text("@ 1 minute")).isEqualTo("00:01:00");
        assertThat(text("1 week")).isEqualTo("7 days");
        assertThat(text("2 centuries")).isEqualTo("200 years");
        assertThat(text("1 day 12:00")).isEqualTo("1 day 12:00:00");
        assertThat(text("1 ms")).isEqualTo("00:00:00.001");
    }

    @Test
    void rejectsJunkAndOverflow() {
        assertThatThrownBy(() -> IntervalText.parse("1 fortnight")).isInstanceOf(SqlException.class)
                .extracting(e -> ((SqlException) e).state()).isEqualTo(SqlState.INVALID_DATETIME_FORMAT);
        assertThatThrownBy(() -> IntervalText.parse("")).isInstanceOf(SqlException.class);
        assertThatThrownBy(() -> IntervalText.parse("2147483648 days")).isInstanceOf(SqlException.class)
                .extracting(e -> ((SqlException) e).state()).isEqualTo(SqlState.INTERVAL_FIELD_OVERFLOW);
    }

    @Test
    void justifyAndScaleAsPostgres() {
        assertThat(IntervalText.format(new Interval(0, 35, 0).justifyDays())).isEqualTo("1 mon 5 days");
        assertThat(IntervalText.format(new Interval(0, 0, 27 * Interval.USECS_PER_HOUR).justifyHours())).isEqualTo("1 day 03:00:00");
        assertThat(IntervalText.format(IntervalText.parse("1 mon -1 hour").justifyInterval())).isEqualTo("29 days 23:00:00");
        assertThat(IntervalText.format(IntervalText.parse("1 mon").divide(2))).isEqualTo("15 days");
        assertThat(IntervalText.format(IntervalText.parse("1 day").multiply(1.5))).isEqualTo("1 day 12:00:00");
        assertThat(IntervalText.format(IntervalText.parse("1 mon 1 day").multiply(0.5))).isEqualTo("15 days 12:00:00");
    }

    private static BigInteger span(Interval i) {
        BigInteger day = BigInteger.valueOf(Interval.USECS_PER_DAY);
        return BigInteger.valueOf(i.months()).multiply(BigInteger.valueOf(30)).add(BigInteger.valueOf(i.days())).multiply(day)
                .add(BigInteger.valueOf(i.micros()));
    }

    @Test
    void orderMatchesTheSpanModelAndTextRoundTripsExactly() {
        Random r = new Random(SEED);
        for (int n = 0; n < 5000; n++) {
            Interval a = randomInterval(r);
            Interval b = randomInterval(r);
            assertThat(Integer.signum(a.compareTo(b))).as("seed %d: %s vs %s", SEED, a, b)
                    .isEqualTo(span(a).compareTo(span(b)));
            assertThat(a.equals(b)).isEqualTo(a.compareTo(b) == 0);
            if (a.equals(b)) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
            }
            Interval back = IntervalText.parse(IntervalText.format(a));
            assertThat(new long[] {back.months(), back.days(), back.micros()}).as("seed %d: %s", SEED, IntervalText.format(a))
                    .containsExactly(a.months(), a.days(), a.micros());
        }
    }
}
