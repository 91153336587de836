package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.borealis.sql.testutil.Seeds;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Date/time arithmetic and functions on random timestamps and intervals, Borealis against the
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

    private static List<String> run(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.execute("SET TimeZone = 'America/New_York'");
            try (ResultSet rs = s.executeQuery(sql)) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.append(i > 1 ? "|" : "").append(rs.getString(i));
                    }
                    out.add(row.toString());
                }
            }
        }
        return out;
    }

    @Test
    void randomArithmeticAndFunctionsMatchPostgres() throws Exception {
        Assumptions.assumeTrue(PostgresOracle.available(), "PostgreSQL 15 server binaries are not installed");
        long seed = Seeds.seed("DateTimeOracleTest");
        String sql = query(new Random(seed), 300);
        try (PostgresOracle pg = PostgresOracle.start(); ComputeFixture b = new ComputeFixture(dir.resolve("node"))) {
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
