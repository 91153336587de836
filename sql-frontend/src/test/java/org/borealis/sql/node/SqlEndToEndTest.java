package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables, DML, indexes and transactions through pgjdbc against a compute node on a real storage node. */
class SqlEndToEndTest {

    @TempDir
    static Path dir;
    static ComputeFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = new ComputeFixture(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    @Test
    void createInsertSelectUpdateDelete() throws Exception {
        try (Connection c = fx.connect("extended"); Statement s = c.createStatement()) {
            s.execute("create table t1 (id int primary key, name varchar(20) not null, v numeric(10,2) default 1.5)");
            s.execute("insert into t1 (id, name) values (1, 'a'), (2, 'b'), (3, 'c')");
            try (PreparedStatement ps = c.prepareStatement("insert into t1 values (?, ?, ?)")) {
                for (int i = 4; i <= 50; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, "n" + i);
                    ps.setBigDecimal(3, new java.math.BigDecimal(i + ".25"));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (ResultSet rs = s.executeQuery("select count(*), sum(id), min(name), max(v) from t1")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(50);
                assertThat(rs.getLong(2)).isEqualTo(1275);
                assertThat(rs.getString(3)).isEqualTo("a");
                assertThat(rs.getBigDecimal(4)).isEqualByComparingTo("50.25");
            }
            try (ResultSet rs = s.executeQuery("select id, v from t1 where id = 2")) {
                rs.next();
                assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("1.50");
            }
            assertThat(s.executeUpdate("update t1 set v = v + 1 where id between 10 and 19")).isEqualTo(10);
            try (ResultSet rs = s.executeQuery("select v from t1 where id = 15")) {
                rs.next();
                assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("16.25");
            }
            try (ResultSet rs = s.executeQuery("delete from t1 where id > 45 returning id")) {
                int n = 0;
                while (rs.next()) {
                    n++;
                }
                assertThat(n).isEqualTo(5);
            }
            try (ResultSet rs = s.executeQuery("select id from t1 order by id desc limit 3")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(45);
            }
            assertThatThrownBy(() -> s.execute("insert into t1 values (1, 'dup')")).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("23505"));
            assertThatThrownBy(() -> s.execute("insert into t1 (id) values (99)")).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("23502"));
        }
    }

    @Test
    void transactionsCommitAndRollBack() throws Exception {
        try (Connection c = fx.connect("extended"); Statement s = c.createStatement()) {
            s.execute("create table t2 (id int primary key, v int)");
            c.setAutoCommit(false);
            s.execute("insert into t2 values (1, 10)");
            c.rollback();
            s.execute("insert into t2 values (2, 20)");
            c.commit();
            c.setAutoCommit(true);
            try (ResultSet rs = s.executeQuery("select id from t2")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(2);
                assertThat(rs.next()).isFalse();
            }
        }
    }
}
