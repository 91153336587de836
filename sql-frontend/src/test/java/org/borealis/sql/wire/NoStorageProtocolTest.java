package org.borealis.sql.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The protocol, types and expressions through pgjdbc against a server with no storage attached. */
class NoStorageProtocolTest {

    static PgServer server;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        server = new PgServer(WireConfig.loopback("test"), null);
        port = server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Connection connect(String mode) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("preferQueryMode", mode);
        p.setProperty("prepareThreshold", "1");
        p.setProperty("binaryTransfer", "true");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", p);
    }

    @Test
    void selectsExpressionsInBothModes() throws Exception {
        for (String mode : new String[] {"simple", "extended"}) {
            try (Connection c = connect(mode); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select 1 + 2 as x, 'a' || 'b', 7 / 2.0, 1.5::float8 * 2, now() is not null")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt("x")).isEqualTo(3);
                    assertThat(rs.getString(2)).isEqualTo("ab");
                    assertThat(rs.getBigDecimal(3)).isEqualByComparingTo(new BigDecimal("3.5"));
                    assertThat(rs.getDouble(4)).isEqualTo(3.0);
                    assertThat(rs.getBoolean(5)).isTrue();
                }
                for (int i = 0; i < 3; i++) {
                    try (PreparedStatement ps = c.prepareStatement("select ?::int8 * 2, ? || 'x', ?::numeric + 1")) {
                        ps.setLong(1, 21);
                        ps.setString(2, "y");
                        ps.setBigDecimal(3, new BigDecimal("1.25"));
                        try (ResultSet rs = ps.executeQuery()) {
                            assertThat(rs.next()).isTrue();
                            assertThat(rs.getLong(1)).isEqualTo(42);
                            assertThat(rs.getString(2)).isEqualTo("yx");
                            assertThat(rs.getBigDecimal(3)).isEqualByComparingTo(new BigDecimal("2.25"));
                        }
                    }
                }
            }
        }
    }

    @Test
    void errorsCarrySqlStateAndAbortTheBlock() throws Exception {
        try (Connection c = connect("extended"); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select 1");
            assertThatThrownBy(() -> s.execute("select 1/0")).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("22012"));
            assertThatThrownBy(() -> s.execute("select 1")).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("25P02"));
            c.rollback();
            try (ResultSet rs = s.executeQuery("select 2")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    @Test
    void setShowAndGenerateSeries() throws Exception {
        try (Connection c = connect("simple"); Statement s = c.createStatement()) {
            s.execute("set extra_float_digits = 2");
            try (ResultSet rs = s.executeQuery("show extra_float_digits")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("2");
            }
            try (ResultSet rs = s.executeQuery("select sum(g), count(*), avg(g), max(g) from generate_series(1, 100) as g where g % 2 = 0")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(2550);
                assertThat(rs.getLong(2)).isEqualTo(50);
                assertThat(rs.getString(3)).isEqualTo("51.0000000000000000");
                assertThat(rs.getInt(4)).isEqualTo(100);
            }
        }
    }
}
