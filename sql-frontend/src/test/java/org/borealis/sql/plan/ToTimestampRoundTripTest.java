package org.borealis.sql.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Seeded randomised checks of to_date/to_timestamp against java.time over PostgreSQL's whole date
 * range: the Julian-day arithmetic, the ISO week date, J, DDD, BC years and TZH/TZM offsets. A
 * failure prints the seed; -Dtest.seed=N replays.
 */
class ToTimestampRoundTripTest {

    private static final long SEED = Long.getLong("test.seed", System.nanoTime());
    private static final long MIN_DAY = LocalDate.of(-4713, 11, 24).toEpochDay();
    private static final long MAX_DAY = LocalDate.of(294276, 12, 31).toEpochDay();

    private static LocalDate randomDate(Random r) {
        return LocalDate.ofEpochDay(MIN_DAY + (long) (r.nextDouble() * (MAX_DAY - MIN_DAY)));
    }

    /** PostgreSQL's year text: 1 BC is "0001 BC". */
    private static String year(int y) {
        return String.format("%04d", y > 0 ? y : 1 - y) + (y > 0 ? " AD" : " BC");
    }

    @Test
    void julianArithmeticMatchesJavaTime() {
        Random r = new Random(SEED);
        for (int i = 0; i < 20_000; i++) {
            LocalDate d = randomDate(r);
            long jd = Julian.date2j(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            assertThat(jd).as("seed %d: %s", SEED, d).isEqualTo(d.toEpochDay() + Julian.UNIX_EPOCH_JDATE);
            assertThat(Julian.j2date(jd)).as("seed %d: %s", SEED, d).containsExactly(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            assertThat(Julian.j2day(jd)).as("seed %d: %s", SEED, d).isEqualTo(d.getDayOfWeek().getValue() % 7);
        }
    }

    @Test
    void datesReadBackThroughEveryDateConvention() {
        Random r = new Random(SEED + 1);
        for (int i = 0; i < 5_000; i++) {
            LocalDate d = randomDate(r);
            String seed = "seed " + SEED + ": " + d;
            String ymd = year(d.getYear()).replace(" ", String.format("-%02d-%02d ", d.getMonthValue(), d.getDayOfMonth()));
            assertThat(ToTimestamp.date(ymd, "YYYY-MM-DD BC")).as(seed).isEqualTo(d);
            assertThat(ToTimestamp.date(String.valueOf(d.toEpochDay() + Julian.UNIX_EPOCH_JDATE), "J")).as(seed).isEqualTo(d);
            String ddd = year(d.getYear()).replace(" ", String.format(" %03d ", d.getDayOfYear()));
            assertThat(ToTimestamp.date(ddd, "YYYY DDD BC")).as(seed).isEqualTo(d);
            int isoYear = d.get(IsoFields.WEEK_BASED_YEAR);
            if (isoYear > 0) {
                String iso = isoYear + " " + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " " + d.get(ChronoField.DAY_OF_WEEK);
                assertThat(ToTimestamp.date(iso, "IYYY IW ID")).as(seed + " " + iso).isEqualTo(d);
                String iddd = isoYear + " " + (d.toEpochDay() - LocalDate.of(isoYear, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1)
                        .with(ChronoField.DAY_OF_WEEK, 1).toEpochDay() + 1);
                assertThat(ToTimestamp.date(iddd, "IYYY IDDD")).as(seed + " " + iddd).isEqualTo(d);
            }
        }
    }

    @Test
    void offsetsReadWithTzhTzm() {
        Random r = new Random(SEED + 2);
        for (int i = 0; i < 2_000; i++) {
            LocalDate d = LocalDate.of(1 + r.nextInt(9999), 1 + r.nextInt(12), 1 + r.nextInt(28));
            int h = r.nextInt(24);
            int m = r.nextInt(60);
            int tzh = r.nextInt(16);
            int tzm = r.nextInt(60);
            boolean west = r.nextBoolean();
            String text = String.format("%04d-%02d-%02d %02d:%02d %s%02d:%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth(),
                    h, m, west ? "-" : "+", tzh, tzm);
            ZoneOffset off = ZoneOffset.ofTotalSeconds((west ? -1 : 1) * (tzh * 3600 + tzm * 60));
            assertThat(ToTimestamp.timestamp(text, "YYYY-MM-DD HH24:MI TZH:TZM", ZoneOffset.UTC)).as("seed %d: %s", SEED, text)
                    .isEqualTo(d.atTime(h, m).toInstant(off));
        }
    }
}
