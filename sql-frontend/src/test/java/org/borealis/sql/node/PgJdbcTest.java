package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalTime;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.util.PGInterval;

/**
 * pgjdbc against a compute node on a real storage node, in simple and extended query mode with
 * binary transfer on: types, prepared statements, batches, transactions, errors and the aborted
 * state, COPY, cancel, statement_timeout, SCRAM login and TLS.
 */
class PgJdbcTest {

    @TempDir
    static Path dir;
    static ComputeFixture fx;

    @BeforeAll
    static void start() throws Exception {
        Path cert = dir.resolve("server.crt");
        Path key = dir.resolve("server.key");
        Process p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=localhost", "-keyout", key.toString(), "-out", cert.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.exists(key)).isTrue();
        fx = new ComputeFixture(dir, ComputeConfig.WireSection.defaults().withPort(0)
                .withTls(cert.toString(), key.toString())
                .withAccess(List.of("host all postgres 127.0.0.1/32 trust", "host all md5user 127.0.0.1/32 md5",
                        "host all pwuser 127.0.0.1/32 password", "host all all 127.0.0.1/32 scram-sha-256")));
        try (Connection c = fx.connect("simple"); Statement s = c.createStatement()) {
            s.execute("create table kinds (id int primary key, i2 smallint, i8 bigint, f4 real, f8 double precision,"
                    + " n numeric(12,3), b boolean, t text, vc varchar(10), bp char(5), by bytea, d date,"
                    + " ts timestamp, tz timestamptz, u uuid)");
            s.execute("create table acct (id int primary key, bal int not null)");
            s.execute("insert into acct select g, 0 from generate_series(1, 10) as g");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple", "extended"})
    void everyTypeRoundTrips(String mode) throws Exception {
        int base = mode.equals("simple") ? 100 : 200;
        UUID u = UUID.randomUUID();
        Timestamp ts = Timestamp.valueOf("2024-02-29 13:14:15.123456");
        try (Connection c = fx.connect(mode)) {
            try (PreparedStatement ps = c.prepareStatement("insert into kinds values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < 3; i++) {
                    ps.setInt(1, base + i);
                    ps.setShort(2, (short) -7);
                    ps.setLong(3, 9_000_000_000L);
                    ps.setFloat(4, 1.5f);
                    ps.setDouble(5, 0.1);
                    ps.setBigDecimal(6, new BigDecimal("-12345.678"));
                    ps.setBoolean(7, true);
                    ps.setString(8, "héllo ☃");
                    ps.setString(9, "short");
                    ps.setString(10, "ab");
                    ps.setBytes(11, new byte[] {0, 1, (byte) 0xFF});
                    ps.setDate(12, Date.valueOf("1999-12-31"));
                    ps.setTimestamp(13, ts);
                    ps.setTimestamp(14, ts);
                    ps.setObject(15, u);
                    ps.addBatch();
                }
                assertThat(ps.executeBatch()).containsExactly(1, 1, 1);
            }
            try (PreparedStatement ps = c.prepareStatement("select * from kinds where id = ?")) {
                for (int rep = 0; rep < 3; rep++) {
                    ps.setInt(1, base + 1);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getShort("i2")).isEqualTo((short) -7);
                        assertThat(rs.getLong("i8")).isEqualTo(9_000_000_000L);
                        assertThat(rs.getFloat("f4")).isEqualTo(1.5f);
                        assertThat(rs.getDouble("f8")).isEqualTo(0.1);
                        assertThat(rs.getBigDecimal("n")).isEqualByComparingTo("-12345.678");
                        assertThat(rs.getBoolean("b")).isTrue();
                        assertThat(rs.getString("t")).isEqualTo("héllo ☃");
                        assertThat(rs.getString("vc")).isEqualTo("short");
                        assertThat(rs.getString("bp")).isEqualTo("ab   ");
                        assertThat(rs.getBytes("by")).containsExactly(0, 1, (byte) 0xFF);
                        assertThat(rs.getDate("d")).isEqualTo(Date.valueOf("1999-12-31"));
                        assertThat(rs.getTimestamp("ts")).isEqualTo(ts);
                        assertThat(rs.getTimestamp("tz")).isEqualTo(ts);
                        assertThat(rs.getObject("u")).isEqualTo(u);
                        assertThat(rs.next()).isFalse();
                    }
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select count(*), sum(i8), avg(f8), min(t), max(d) from kinds where id between " + base + " and " + (base + 9))) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(3);
                assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("27000000000");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple", "extended"})
    void timeAndIntervalRoundTrip(String mode) throws Exception {
        String table = "tiv_" + mode;
        PGInterval iv = new PGInterval(1, 2, 3, 4, 5, 6.5);
        try (Connection c = fx.connect(mode)) {
            try (Statement s = c.createStatement()) {
                s.execute("create table " + table + " (id int primary key, t time, iv interval)");
            }
            try (PreparedStatement ps = c.prepareStatement("insert into " + table + " values (?, ?, ?)")) {
                ps.setInt(1, 1);
                ps.setTime(2, Time.valueOf("13:14:15"));
                ps.setObject(3, iv);
                ps.executeUpdate();
                ps.setInt(1, 2);
                ps.setObject(2, LocalTime.of(1, 2, 3, 456_789_000));
                ps.setObject(3, new PGInterval("-1 days +02:00:00"));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("select t, iv, iv * 2 as twice, t + iv as later from " + table
                    + " where id = ?")) {
                for (int rep = 0; rep < 3; rep++) {
                    ps.setInt(1, 1);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getTime("t")).isEqualTo(Time.valueOf("13:14:15"));
                        assertThat(rs.getObject("t", LocalTime.class)).isEqualTo(LocalTime.of(13, 14, 15));
                        assertThat(rs.getObject("iv")).isEqualTo(iv);
                        assertThat(rs.getString("iv")).isEqualTo("1 year 2 mons 3 days 04:05:06.5");
                        assertThat(rs.getObject("twice")).isEqualTo(new PGInterval(2, 4, 6, 8, 10, 13));
                        assertThat(rs.getObject("later", LocalTime.class)).isEqualTo(LocalTime.of(17, 19, 21, 500_000_000));
                    }
                    ps.setInt(1, 2);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getObject("t", LocalTime.class)).isEqualTo(LocalTime.of(1, 2, 3, 456_789_000));
                        assertThat(rs.getString("iv")).isEqualTo("-1 days +02:00:00");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select t from " + table + " where t > ? order by t")) {
                ps.setObject(1, LocalTime.of(1, 2, 3));
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getObject(1, LocalTime.class)).isEqualTo(LocalTime.of(1, 2, 3, 456_789_000));
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.next()).isFalse();
                }
            }
        }
    }

    /** interval in binary result format: int64 microseconds, int32 days, int32 months, as PostgreSQL sends it. */
    @Test
    void intervalTravelsInBinary() throws Exception {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("prepareThreshold", "1");
        p.setProperty("binaryTransfer", "true");
        p.setProperty("binaryTransferEnable", "1186");
        try (Connection c = DriverManager.getConnection(fx.url(), p);
             PreparedStatement ps = c.prepareStatement("select interval '1 year 2 mons 3 days 04:05:06.5' - ?::interval")) {
            byte[] last = null;
            for (int rep = 0; rep < 3; rep++) {
                ps.setString(1, "1 day");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    last = rs.getBytes(1);
                }
            }
            java.nio.ByteBuffer want = java.nio.ByteBuffer.allocate(16).putLong(14_706_500_000L).putInt(2).putInt(14);
            assertThat(last).containsExactly(want.array());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple", "extended"})
    void errorsAbortTheTransactionUntilRollback(String mode) throws Exception {
        try (Connection c = fx.connect(mode); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("update acct set bal = bal + 5 where id = 1");
            assertThatThrownBy(() -> s.executeQuery("select * from no_such_table")).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("42P01"));
            assertThatThrownBy(() -> s.executeQuery("select 1")).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("25P02"));
            c.rollback();
            try (ResultSet rs = s.executeQuery("select bal from acct where id = 1")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
            s.executeUpdate("update acct set bal = bal + 5 where id = 2");
            c.commit();
            c.setAutoCommit(true);
            try (ResultSet rs = s.executeQuery("select bal from acct where id = 2")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(5);
            }
            s.executeUpdate("update acct set bal = 0 where id = 2");
        }
    }

    @Test
    void fetchSizeSuspendsThePortalAndNoticesArriveAsWarnings() throws Exception {
        try (Connection c = fx.connect("extended")) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("select g from generate_series(1, 1000) as g where g > ?")) {
                ps.setFetchSize(7);
                ps.setInt(1, 10);
                long sum = 0;
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sum += rs.getInt(1);
                        n++;
                    }
                }
                assertThat(n).isEqualTo(990);
                assertThat(sum).isEqualTo(500500 - 55);
            }
            try (Statement s = c.createStatement()) {
                s.execute("begin");
                assertThat((Object) s.getWarnings()).isNotNull();
                assertThat(s.getWarnings().getMessage()).contains("there is already a transaction in progress");
            }
            c.rollback();
        }
    }

    @Test
    void repeatableReadKeepsItsSnapshot() throws Exception {
        try (Connection a = fx.connect("extended"); Connection b = fx.connect("extended")) {
            a.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            a.setAutoCommit(false);
            int before;
            try (Statement s = a.createStatement(); ResultSet rs = s.executeQuery("select bal from acct where id = 3")) {
                rs.next();
                before = rs.getInt(1);
            }
            try (Statement s = b.createStatement()) {
                s.executeUpdate("update acct set bal = bal + 1 where id = 3");
            }
            try (Statement s = a.createStatement(); ResultSet rs = s.executeQuery("select bal from acct where id = 3")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(before);
            }
            a.commit();
        }
    }

    @Test
    void copyInAndOutThroughCopyManager() throws Exception {
        try (Connection c = fx.connect("extended"); Statement s = c.createStatement()) {
            s.execute("create table cp (a int primary key, b text, c numeric)");
            CopyManager cm = ((PGConnection) c).getCopyAPI();
            StringBuilder data = new StringBuilder();
            for (int i = 1; i <= 2000; i++) {
                data.append(i).append('\t').append(i % 7 == 0 ? "\\N" : "row\\t" + i).append('\t').append(i).append(".5\n");
            }
            assertThat(cm.copyIn("copy cp from stdin", new StringReader(data.toString()))).isEqualTo(2000);
            assertThat(cm.copyIn("copy cp (a, b) from stdin with (format csv)", new StringReader("3001,\"x,y\"\n3002,\n"))).isEqualTo(2);
            StringWriter out = new StringWriter();
            assertThat(cm.copyOut("copy (select a, b from cp where a in (14, 15, 3001, 3002) order by a) to stdout with (format csv)", out))
                    .isEqualTo(4);
            assertThat(out.toString()).isEqualTo("14,\n15,row\t15\n3001,\"x,y\"\n3002,\n");
            assertThatThrownBy(() -> cm.copyIn("copy cp from stdin", new StringReader("9999\tbad\tnot-a-number\n")))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22P02"));
            try (ResultSet rs = s.executeQuery("select count(*), sum(c) from cp")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(2002);
            }
        }
    }

    @Test
    void copyIntoASerialTableDrawsTheSequenceOnlyForColumnsNotGiven() throws Exception {
        try (Connection c = fx.connect("extended"); Statement s = c.createStatement()) {
            s.execute("create table cps (id serial primary key, v text)");
            CopyManager cm = ((PGConnection) c).getCopyAPI();
            assertThat(cm.copyIn("copy cps (v) from stdin", new StringReader("a\nb\n"))).isEqualTo(2);
            assertThat(cm.copyIn("copy cps from stdin", new StringReader("10\tc\n"))).isEqualTo(1);
            assertThat(cm.copyIn("copy cps (v) from stdin", new StringReader("d\n"))).isEqualTo(1);
            StringWriter out = new StringWriter();
            cm.copyOut("copy (select id, v from cps order by id) to stdout", out);
            assertThat(out.toString()).isEqualTo("1\ta\n2\tb\n3\td\n10\tc\n");
        }
    }

    @Test
    void cancelAndStatementTimeoutStopALongQuery() throws Exception {
        try (Connection c = fx.connect("extended"); Statement s = c.createStatement()) {
            CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(500);
                    s.cancel();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThatThrownBy(() -> s.executeQuery("select count(*) from generate_series(1, 2000000000) as g"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("57014"));
            canceller.get();
            s.execute("set statement_timeout = 200");
            assertThatThrownBy(() -> s.executeQuery("select count(*) from generate_series(1, 2000000000) as g"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("57014");
                        assertThat(e.getMessage()).contains("statement timeout");
                    });
            s.execute("reset statement_timeout");
            try (ResultSet rs = s.executeQuery("select 1")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    @Test
    void md5AndCleartextPasswordLogins() throws Exception {
        String md5 = "md5" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                .digest("secretmd5user".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try (Connection c = fx.connect("simple"); Statement s = c.createStatement()) {
            s.execute("create role md5user login password '" + md5 + "'");
            s.execute("create role pwuser login password 'plain'");
        }
        for (String[] up : new String[][] {{"md5user", "secret"}, {"pwuser", "plain"}}) {
            Properties p = new Properties();
            p.setProperty("user", up[0]);
            p.setProperty("password", up[1]);
            try (Connection c = DriverManager.getConnection(fx.url(), p)) {
                assertThat(c.isValid(5)).isTrue();
            }
            p.setProperty("password", "nope");
            assertThatThrownBy(() -> DriverManager.getConnection(fx.url(), p)).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
        }
    }

    @Test
    void idleInTransactionTimeoutEndsTheSession() throws Exception {
        try (Connection c = fx.connect("extended"); Statement s = c.createStatement()) {
            s.execute("set idle_in_transaction_session_timeout = '300ms'");
            c.setAutoCommit(false);
            s.execute("select 1");
            Thread.sleep(1500);
            assertThatThrownBy(() -> s.execute("select 1")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void scramLoginOverTls() throws Exception {
        try (Connection c = fx.connect("simple"); Statement s = c.createStatement()) {
            s.execute("create role alice login password 'wonderland'");
            s.execute("create role bob login password 'builder'");
            s.execute("alter role bob password 'changed'");
        }
        Properties p = new Properties();
        p.setProperty("user", "alice");
        p.setProperty("password", "wonderland");
        p.setProperty("sslmode", "require");
        try (Connection c = DriverManager.getConnection(fx.url(), p); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_user, 1 + 1")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("alice");
        }
        p.setProperty("password", "wrong");
        assertThatThrownBy(() -> DriverManager.getConnection(fx.url(), p)).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
        Properties bob = new Properties();
        bob.setProperty("user", "bob");
        bob.setProperty("password", "changed");
        try (Connection c = DriverManager.getConnection(fx.url(), bob)) {
            assertThat(c.isValid(5)).isTrue();
        }
        bob.setProperty("user", "nobody");
        assertThatThrownBy(() -> DriverManager.getConnection(fx.url(), bob)).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
    }
}
