package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.borealis.sql.testutil.JdbcRows;
import org.borealis.sql.testutil.Seeds;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Date/time arithmetic and functions on random timestamps and intervals (also infinite dates and
 * timestamps among finite ones), interval text in
 * PostgreSQL's input forms (also under field qualifiers) and numbers through to_char formats, Borealis against the
 * PostgreSQL 15 on the machine (skipped where it is not installed): every value, as text, must
 * be the same. Seeded; a failure prints the seed and -Dtest.seed=N replays it.
 */
class DateTimeOracleTest {

    @TempDir
    Path dir;

    private static final String[] UNITS = {"microseconds", "milliseconds", "second", "minute", "hour", "day", "week",
        "month", "quarter", "year", "decade", "century", "millennium"};

    private static String timestamp(Random r) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d.%06d", 1900 + r.nextInt(250), 1 + r.nextInt(12),
                1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(1_000_000));
    }

    private static String interval(Random r) {
        long micros = r.nextBoolean() ? r.nextLong() % 400_000_000_000L : (r.nextInt(7) - 3) * 86_400_000_000L;
        return (r.nextInt(61) - 30) + " mons " + (r.nextInt(81) - 40) + " days " + micros + " microseconds";
    }

    private static String query(Random r, int rows) {
        StringBuilder v = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            double f = (r.nextInt(4000) + 1) / 100.0 * (r.nextBoolean() ? 1 : -1);
            v.append(i == 0 ? "" : ",\n").append(String.format(Locale.ROOT,
                    "(%d, timestamp '%s', timestamp '%s', timestamptz '%s', interval '%s', interval '%s', %s::float8, '%s')",
                    i, timestamp(r), timestamp(r), timestamp(r), interval(r), interval(r), f, UNITS[r.nextInt(UNITS.length)]));
        }
        return "SELECT i, ts + iv, ts - iv, iv * f, iv / f, iv + iv2, iv < iv2, iv = iv2, justify_interval(iv), justify_days(iv),"
                + " justify_hours(iv), extract(epoch FROM iv), date_part('epoch', iv), extract(second FROM iv),"
                + " tz + iv, tz - iv, ts - ts2, age(ts, ts2), date_trunc(u, ts), date_trunc(u, tz),"
                + " date_trunc(CASE WHEN u = 'week' THEN 'day' ELSE u END, iv), extract(epoch FROM ts), extract(isoyear FROM tz),"
                + " date_part('dow', ts), extract(week FROM ts), to_char(ts, 'YYYY-MM-DD HH12:MI:SS.US AM Dy Mon IW DDD'),"
                + " to_char(iv, 'HH24:MI:SS.MS'), ts::time + iv, to_char(f, 'S9999.999')"
                + " FROM (VALUES " + v + ") v(i, ts, ts2, tz, iv, iv2, f, u) ORDER BY i";
    }

    /** Unit words grouped by the field they set; PostgreSQL refuses one field given twice, so a text uses each group once. */
    private static final String[][] UNIT_WORDS = {{"years", "y", "decades", "century", "millennium"}, {"mons", "months"},
        {"days", "d", "weeks"}, {"hours", "h"}, {"minutes", "min"}, {"seconds", "sec", "ms", "us"}};
    private static final String[] NUMBER_FORMATS = {"999", "FM999.99", "9,999.00", "0000", "S999.9", "999MI", "999PR",
        "FM9,990.0", "9990.999", "FM0.09", "99.", "999S", "\"x\"999.9"};

    /** Interval text in PostgreSQL's input forms and numbers through to_char formats. */
    private static String inputs(Random r, int rows) {
        StringBuilder v = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            String text = switch (r.nextInt(4)) {
                case 0 -> {
                    StringBuilder t = new StringBuilder();
                    int first = r.nextInt(UNIT_WORDS.length);
                    int n = 1 + r.nextInt(UNIT_WORDS.length - first);
                    for (int k = first; k < first + n; k++) {
                        String[] g = UNIT_WORDS[k];
                        t.append(k > first ? " " : "").append(r.nextInt(41) - 20)
                                .append(r.nextBoolean() ? "" : "." + r.nextInt(10)).append(' ').append(g[r.nextInt(g.length)]);
                    }
                    yield t.append(r.nextInt(5) == 0 ? " ago" : "").toString();
                }
                case 1 -> String.format(Locale.ROOT, "%d days %s%02d:%02d:%02d.%d", r.nextInt(21) - 10,
                        r.nextBoolean() ? "-" : "+", r.nextInt(30), r.nextInt(60), r.nextInt(60), r.nextInt(1000));
                case 2 -> String.format(Locale.ROOT, "P%dY%dM%dDT%dH%dM%d.%dS", r.nextInt(5), r.nextInt(13), r.nextInt(40),
                        r.nextInt(30), r.nextInt(60), r.nextInt(60), r.nextInt(100));
                default -> String.format(Locale.ROOT, "%d.%d", r.nextInt(100000) - 50000, r.nextInt(1000));
            };
            String num = String.format(Locale.ROOT, "%d.%03d", r.nextInt(20001) - 10000, r.nextInt(1000));
            v.append(i == 0 ? "" : ",\n").append(String.format(Locale.ROOT, "(%d, '%s', %s, '%s')", i, text, num,
                    NUMBER_FORMATS[r.nextInt(NUMBER_FORMATS.length)]));
        }
        return "SELECT i, t, t::interval, n, fmt, to_char(n, fmt), to_char(n::float8, fmt), to_char(n::int, fmt)"
                + " FROM (VALUES " + v + ") v(i, t, n, fmt) ORDER BY i";
    }

    /** A timestamp text, one time in five infinity or -infinity. */
    private static String maybeInfinite(Random r) {
        int k = r.nextInt(10);
        return k == 0 ? "infinity" : k == 1 ? "-infinity" : timestamp(r);
    }

    /** Infinite and finite dates and timestamps through casts (also to a precision), comparisons, arithmetic, extract, date_trunc, to_char. */
    private static String infinities(Random r, int rows) {
        StringBuilder v = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            v.append(i == 0 ? "" : ",\n").append(String.format(Locale.ROOT,
                    "(%d, date '%s', timestamp '%s', timestamptz '%s', interval '%s', '%s')", i,
                    maybeInfinite(r).split(" ")[0], maybeInfinite(r), maybeInfinite(r), interval(r), UNITS[r.nextInt(UNITS.length)]));
        }
        return "SELECT i, d, ts, tz, d::timestamp, d::timestamptz, ts::date, tz::date, ts::timestamptz, tz::timestamp, ts::time,"
                + " d < ts, d = tz::date, ts >= tz, ts + iv, tz - iv, d + 7, d + iv, isfinite(d), isfinite(ts), isfinite(tz),"
                + " extract(epoch FROM ts), extract(year FROM d), date_part('year', tz), extract(month FROM ts),"
                + " date_part('julian', d), extract(isoyear FROM tz), date_part('dow', ts), date_trunc(u, ts), date_trunc(u, tz),"
                + " to_char(ts, 'YYYY-MM-DD HH24:MI'), to_json(tz), greatest(ts, d), least(tz, ts),"
                + " ts::timestamp(0), ts::timestamp(3), tz::timestamptz(1), tz::timestamptz(5), ts::time(3), iv::interval(0), iv::interval(2)"
                + " FROM (VALUES " + v + ") v(i, d, ts, tz, iv, u) ORDER BY i";
    }

    private static final String[] QUALIFIERS = {"year", "month", "day", "hour", "minute", "second", "year to month",
        "day to hour", "day to minute", "day to second", "hour to minute", "hour to second", "minute to second"};

    /**
     * Text read under every interval field qualifier (a bare number, clocks, the SQL-standard
     * year-month and day-time forms, unit words) and intervals cast to them: bare numbers take the
     * qualifier's lowest field, lower fields are cut off, seconds rounded to the precision.
     */
    private static String qualifiers(Random r, int rows) {
        StringBuilder v = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            int sign = r.nextBoolean() ? 1 : -1;
            String text = switch (r.nextInt(6)) {
                case 0 -> String.format(Locale.ROOT, "%d.%d", sign * r.nextInt(5000), r.nextInt(1000));
                case 1 -> String.format(Locale.ROOT, "%d:%02d", sign * r.nextInt(60), r.nextInt(60)); // mm:ss under MINUTE TO SECOND
                case 2 -> String.format(Locale.ROOT, "%d:%02d:%02d.%d", sign * r.nextInt(100), r.nextInt(60), r.nextInt(60),
                        r.nextInt(1_000_000));
                case 3 -> String.format(Locale.ROOT, "%d-%d", sign * r.nextInt(100), r.nextInt(12));
                case 4 -> String.format(Locale.ROOT, "%d %d:%02d:%02d.%d", sign * r.nextInt(100), r.nextInt(24), r.nextInt(60),
                        r.nextInt(60), r.nextInt(1000));
                default -> interval(r);
            };
            StringBuilder literals = new StringBuilder();
            for (String q : QUALIFIERS) {
                literals.append(", interval '").append(text).append("' ").append(q);
            }
            v.append(i == 0 ? "" : ",\n").append(String.format(Locale.ROOT, "(%d, '%s', interval '%s'%s)", i, text,
                    interval(r), literals));
        }
        // literals are read with the qualifier (a bare number is its lowest field); text is read, then cut down
        StringBuilder cols = new StringBuilder("v.*");
        for (String q : QUALIFIERS) {
            cols.append(", t::interval ").append(q).append(", iv::interval ").append(q);
        }
        int p = r.nextInt(7);
        cols.append(", t::interval second(").append(p).append("), iv::interval day to second(").append(p)
                .append("), t::interval minute to second(").append(p).append(")");
        StringBuilder names = new StringBuilder("i, t, iv");
        for (int k = 0; k < QUALIFIERS.length; k++) {
            names.append(", q").append(k);
        }
        return "SELECT " + cols + " FROM (VALUES " + v + ") v(" + names + ") ORDER BY i";
    }

    private static List<String> run(Connection c, String sql) throws Exception {
        JdbcRows.exec(c, "SET TimeZone = 'America/New_York'");
        return JdbcRows.rows(c, sql);
    }

    @Test
    void randomArithmeticAndFunctionsMatchPostgres() throws Exception {
        Assumptions.assumeTrue(PostgresOracle.available(), "PostgreSQL 15 server binaries are not installed");
        long seed = Seeds.seed("DateTimeOracleTest");
        Random r = new Random(seed);
        List<String> queries = List.of(query(r, 300), inputs(r, 300), infinities(r, 300), qualifiers(r, 300));
        try (PostgresOracle pg = PostgresOracle.start(); ComputeFixture b = new ComputeFixture(dir.resolve("node"))) {
            for (String sql : queries) {
                List<String> want;
                try (Connection c = SqlScriptTest.connect(pg.port)) {
                    want = run(c, sql);
                }
                try (Connection c = SqlScriptTest.connect(b.compute.port())) {
                    List<String> got = run(c, sql);
                    for (int i = 0; i < want.size(); i++) {
                        assertThat(got.get(i)).as("seed %d, row %d", seed, i).isEqualTo(want.get(i));
                    }
                    assertThat(got).hasSameSizeAs(want);
                }
            }
        }
    }
}
