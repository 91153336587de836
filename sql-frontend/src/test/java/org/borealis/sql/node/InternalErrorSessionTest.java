package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.exec.FaultPoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unexpected Java exception inside the executor (injected through {@link FaultPoint}) answers
 * XX000 with the exception's message, rolls the transaction back like any error, and leaves the
 * session serving the next query: simple and extended protocol, before the first row and while rows
 * stream.
 */
class InternalErrorSessionTest {

    @TempDir
    static Path dir;
    static ComputeFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = new ComputeFixture(dir);
        try (Connection c = fx.connect("simple"); Statement s = c.createStatement()) {
            s.execute("create table t (id int primary key, v int)");
            s.execute("insert into t select g, g * 10 from generate_series(1, 10) as g");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (fx != null) {
            fx.close();
        }
    }

    private static AutoCloseable npeOnRow(int nth) {
        return FaultPoint.PROJECT_ROW.arm(nth, () -> new NullPointerException("injected fault on row " + nth));
    }

    private static long count(Connection c, String where) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from t where " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void simpleQueryAnswersXx000AndTheSessionServesTheNextQuery() throws Exception {
        try (Connection c = fx.connect("simple"); Statement s = c.createStatement()) {
            try (AutoCloseable armed = npeOnRow(1)) {
                assertThatThrownBy(() -> s.executeQuery("select id + 1 from t"))
                        .isInstanceOfSatisfying(SQLException.class, e -> {
                            assertThat(e.getSQLState()).isEqualTo("XX000");
                            assertThat(e.getMessage()).contains("injected fault on row 1");
                        });
            }
            assertThat(c.isValid(5)).isTrue();
            try (ResultSet rs = s.executeQuery("select sum(v) from t")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(550);
            }
        }
    }

    @Test
    void errorWhileStreamingRowsRollsBackTheImplicitTransaction() throws Exception {
        try (Connection c = fx.connect("simple"); Statement s = c.createStatement()) {
            // One Query message, one implicit transaction: the insert goes with the failed select.
            try (AutoCloseable armed = npeOnRow(4)) {
                assertThatThrownBy(() -> s.execute("insert into t values (100, 0); select id * 2 from t order by id"))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("XX000"));
            }
            assertThat(count(c, "id = 100")).isZero();
            assertThat(count(c, "true")).isEqualTo(10);
        }
    }

    @Test
    void errorInsideABlockFailsTheBlockUntilRollback() throws Exception {
        try (Connection c = fx.connect("simple"); Statement s = c.createStatement()) {
            s.execute("begin");
            s.execute("insert into t values (200, 0)");
            try (AutoCloseable armed = npeOnRow(1)) {
                assertThatThrownBy(() -> s.executeQuery("select id + 1 from t"))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("XX000"));
            }
            assertThatThrownBy(() -> s.executeQuery("select 1"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("25P02"));
            s.execute("rollback");
            assertThat(count(c, "id = 200")).isZero();
        }
    }

    @Test
    void extendedProtocolErrorWhileFetchingAPortal() throws Exception {
        try (Connection c = fx.connect("extended")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("insert into t values (300, 0)");
            }
            List<Integer> seen = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select id from t where id < ? order by id")) {
                ps.setFetchSize(2); // Execute with maxRows 2: the third row comes from a second Execute
                ps.setInt(1, 1000);
                try (AutoCloseable armed = npeOnRow(3)) {
                    assertThatThrownBy(() -> {
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                seen.add(rs.getInt(1));
                            }
                        }
                    }).isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("XX000");
                        assertThat(e.getMessage()).contains("injected fault on row 3");
                    });
                }
            }
            assertThat(seen).containsExactly(1, 2);
            c.rollback();
            c.setAutoCommit(true);
            assertThat(count(c, "id = 300")).isZero();
            try (PreparedStatement ps = c.prepareStatement("select v from t where id = ?")) {
                ps.setInt(1, 7);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(70);
                }
            }
        }
    }

    @Test
    void otherSessionsAreUnaffected() throws Exception {
        try (Connection a = fx.connect("extended"); Connection b = fx.connect("simple")) {
            try (AutoCloseable armed = npeOnRow(1); Statement s = a.createStatement()) {
                assertThatThrownBy(() -> s.executeQuery("select id + 1 from t"))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("XX000"));
            }
            assertThat(count(b, "true")).isEqualTo(10);
            assertThat(count(a, "true")).isEqualTo(10);
        }
    }
}
