package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import org.borealis.sql.testutil.JdbcRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGStatement;

/**
 * Infinite dates and timestamps through pgjdbc: as parameters ({@link PGStatement}'s infinity
 * constants), in text and binary results (PostgreSQL's int32/int64 sentinels), and in indexed
 * columns read back in index order after the compute node restarts.
 */
class DateTimeInfinityJdbcTest {

    @TempDir
    Path dir;

    private static final List<String> BY_TS = List.of("2|-infinity", "3|2020-02-29 12:00:00", "1|infinity");

    private static Connection binary(ComputeFixture f) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("prepareThreshold", "1");
        p.setProperty("binaryTransfer", "true");
        p.setProperty("binaryTransferEnable", "1082,1114,1184");
        return DriverManager.getConnection(f.url(), p);
    }

    /** The raw result bytes of a one-value query once pgjdbc asks for binary (after the statement is described). */
    private static String rawBinary(Connection c, String sql, int id) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            byte[] last = null;
            for (int rep = 0; rep < 3; rep++) {
                ps.setInt(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    last = rs.getBytes(1);
                }
            }
            return HexFormat.of().formatHex(last);
        }
    }

    @Test
    void infinitiesTravelThroughPgjdbcAndSurviveARestartInAnIndex() throws Exception {
        try (ComputeFixture f = new ComputeFixture(dir.resolve("node"))) {
            try (Connection c = f.connect("simple"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE dts (id int PRIMARY KEY, d date, ts timestamp, tz timestamptz)");
                s.execute("CREATE INDEX dts_ts ON dts (ts)");
                s.execute("CREATE INDEX dts_d ON dts (d DESC)");
                s.execute("INSERT INTO dts VALUES (3, '2020-02-29', '2020-02-29 12:00', '2020-02-29 12:00+00')");
            }
            try (Connection c = binary(f)) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO dts VALUES (?, ?, ?, ?)")) {
                    ps.setInt(1, 1);
                    ps.setDate(2, new Date(PGStatement.DATE_POSITIVE_INFINITY));
                    ps.setTimestamp(3, new Timestamp(PGStatement.DATE_POSITIVE_INFINITY));
                    ps.setTimestamp(4, new Timestamp(PGStatement.DATE_POSITIVE_INFINITY));
                    ps.executeUpdate();
                    ps.setInt(1, 2);
                    ps.setDate(2, new Date(PGStatement.DATE_NEGATIVE_INFINITY));
                    ps.setTimestamp(3, new Timestamp(PGStatement.DATE_NEGATIVE_INFINITY));
                    ps.setTimestamp(4, new Timestamp(PGStatement.DATE_NEGATIVE_INFINITY));
                    ps.executeUpdate();
                }
                assertThat(rawBinary(c, "SELECT ts FROM dts WHERE id = ?", 1)).isEqualTo("7fffffffffffffff");
                assertThat(rawBinary(c, "SELECT tz FROM dts WHERE id = ?", 2)).isEqualTo("8000000000000000");
                assertThat(rawBinary(c, "SELECT d FROM dts WHERE id = ?", 1)).isEqualTo("7fffffff");
                assertThat(rawBinary(c, "SELECT d FROM dts WHERE id = ?", 2)).isEqualTo("80000000");
                try (PreparedStatement ps = c.prepareStatement("SELECT d, ts, tz FROM dts WHERE id = ?")) {
                    for (int rep = 0; rep < 3; rep++) {
                        ps.setInt(1, 1);
                        try (ResultSet rs = ps.executeQuery()) {
                            assertThat(rs.next()).isTrue();
                            assertThat(rs.getDate(1).getTime()).isEqualTo(PGStatement.DATE_POSITIVE_INFINITY);
                            assertThat(rs.getTimestamp(2).getTime()).isEqualTo(PGStatement.DATE_POSITIVE_INFINITY);
                            assertThat(rs.getTimestamp(3).getTime()).isEqualTo(PGStatement.DATE_POSITIVE_INFINITY);
                        }
                    }
                }
            }
            try (Connection c = f.connect("simple")) {
                assertThat(JdbcRows.rows(c, "SELECT id, ts FROM dts ORDER BY ts")).isEqualTo(BY_TS);
                assertThat(JdbcRows.explain(c, "SELECT id FROM dts WHERE ts = 'infinity'")).contains("dts_ts");
            }
            f.restartCompute();
            try (Connection c = f.connect("simple")) {
                assertThat(JdbcRows.rows(c, "SELECT id, ts FROM dts ORDER BY ts")).isEqualTo(BY_TS);
                assertThat(JdbcRows.rows(c, "SELECT id, d FROM dts ORDER BY d DESC"))
                        .containsExactly("1|infinity", "3|2020-02-29", "2|-infinity");
                assertThat(JdbcRows.rows(c, "SELECT id FROM dts WHERE ts = 'infinity'")).containsExactly("1");
                assertThat(JdbcRows.rows(c, "SELECT id FROM dts WHERE ts < '1900-01-01'")).containsExactly("2");
                assertThat(JdbcRows.rows(c, "SELECT id FROM dts WHERE d = '-infinity'")).containsExactly("2");
            }
        }
    }
}
