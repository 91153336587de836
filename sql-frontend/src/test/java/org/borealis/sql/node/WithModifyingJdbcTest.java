package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borealis.sql.testutil.JdbcRows.rows;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Data-modifying WITH queries through pgjdbc's extended protocol (single-session results are
 * checked against PostgreSQL in {@code sql/with_dml_modifying.sql}): parameters in the
 * sub-statements and the main statement of a server-prepared statement run many times, the
 * RETURNING columns' types in the RowDescription, a failing main statement leaving nothing
 * changed, another session seeing nothing before commit, a portal read one row at a time still
 * running the WITH query to completion, COPY and EXPLAIN, and committed moves after a compute
 * restart.
 */
class WithModifyingJdbcTest extends TwoSessions {

    private static final String MOVE = "WITH d AS (DELETE FROM wj WHERE id = ? RETURNING *) "
            + "INSERT INTO wj_arch SELECT id, v || ?, n FROM d RETURNING id, v";

    @Override
    void prepare() throws SQLException {
        run(a, "DROP TABLE IF EXISTS wj, wj_arch");
        run(a, "CREATE TABLE wj (id int PRIMARY KEY, v text, n numeric(6,2))");
        run(a, "CREATE TABLE wj_arch (id int PRIMARY KEY, v text, n numeric(6,2))");
        run(a, "INSERT INTO wj SELECT i, 'v' || i, i * 1.25 FROM generate_series(1, 10) i");
    }

    @Test
    void parametersInTheWithQueryAndTheMainStatementOfAPreparedStatement() throws Exception {
        try (PreparedStatement ps = a.prepareStatement(MOVE)) {
            ParameterMetaData pm = ps.getParameterMetaData();
            assertThat(pm.getParameterTypeName(1)).isEqualTo("int4");
            assertThat(pm.getParameterTypeName(2)).isEqualTo("text");
            for (int id = 1; id <= 6; id++) { // past pgjdbc's switch to a named server statement
                ps.setInt(1, id);
                ps.setString(2, "-moved");
                List<String> got = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        got.add(rs.getInt(1) + "|" + rs.getString(2));
                    }
                }
                assertThat(got).containsExactly(id + "|v" + id + "-moved");
            }
            ps.setInt(1, 3); // gone already: moves nothing
            ps.setString(2, "-again");
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isFalse();
            }
        }
        assertThat(rows(a, "SELECT count(*) FROM wj")).containsExactly("4");
        assertThat(rows(a, "SELECT id FROM wj_arch ORDER BY id")).containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void returningColumnsKeepTheirTypesInTheRowDescription() throws Exception {
        String sql = "WITH u AS (UPDATE wj SET n = n + ? WHERE id <= ? RETURNING id, n, n * 2 AS twice, v::varchar(5) AS short) "
                + "SELECT * FROM u ORDER BY id";
        try (PreparedStatement ps = a.prepareStatement(sql)) {
            ps.setBigDecimal(1, new java.math.BigDecimal("0.5"));
            ps.setInt(2, 2);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                assertThat(md.getColumnLabel(1)).isEqualTo("id");
                assertThat(md.getColumnType(1)).isEqualTo(Types.INTEGER);
                assertThat(md.getColumnTypeName(2)).isEqualTo("numeric");
                assertThat(md.getPrecision(2)).isEqualTo(6);
                assertThat(md.getScale(2)).isEqualTo(2);
                assertThat(md.getColumnTypeName(3)).isEqualTo("numeric");
                assertThat(md.getColumnTypeName(4)).isEqualTo("varchar");
                assertThat(md.getPrecision(4)).isEqualTo(5);
                List<String> got = new ArrayList<>();
                while (rs.next()) {
                    got.add(rs.getInt(1) + "|" + rs.getBigDecimal(2) + "|" + rs.getBigDecimal(3) + "|" + rs.getString(4));
                }
                assertThat(got).containsExactly("1|1.75|3.50|v1", "2|3.00|6.00|v2");
            }
        }
    }

    @Test
    void aFailingMainStatementLeavesNothingChanged() throws Exception {
        try (PreparedStatement ps = a.prepareStatement(
                "WITH d AS (DELETE FROM wj RETURNING *), u AS (UPDATE wj_arch SET n = 0 RETURNING id) "
                        + "INSERT INTO wj_arch SELECT id, v, n / (id - ?) FROM d")) {
            ps.setInt(1, 7);
            assertThatThrownBy(ps::executeUpdate)
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22012"));
        }
        assertThat(rows(a, "SELECT count(*) FROM wj")).containsExactly("10");
        assertThat(rows(a, "SELECT count(*) FROM wj_arch")).containsExactly("0");
        // the same in an explicit transaction: the statement's writes go, the transaction is aborted
        a.setAutoCommit(false);
        run(a, "INSERT INTO wj_arch VALUES (100, 'kept until rollback', 0)");
        assertThatThrownBy(() -> run(a, "WITH d AS (DELETE FROM wj RETURNING *) INSERT INTO wj_arch SELECT * FROM d "
                + "UNION ALL SELECT 100, 'dup', 0"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
        a.rollback();
        a.setAutoCommit(true);
        assertThat(rows(a, "SELECT count(*) FROM wj")).containsExactly("10");
        assertThat(rows(a, "SELECT count(*) FROM wj_arch")).containsExactly("0");
    }

    @Test
    void anotherSessionSeesTheChangesOnlyAfterCommit() throws Exception {
        a.setAutoCommit(false);
        try (PreparedStatement ps = a.prepareStatement(MOVE)) {
            for (int id = 1; id <= 3; id++) {
                ps.setInt(1, id);
                ps.setString(2, "");
                ps.executeQuery().close();
            }
        }
        assertThat(rows(a, "SELECT count(*) FROM wj_arch")).as("its own transaction sees them").containsExactly("3");
        assertThat(rows(b, "SELECT count(*) FROM wj")).containsExactly("10");
        assertThat(rows(b, "SELECT count(*) FROM wj_arch")).containsExactly("0");
        a.commit();
        assertThat(rows(b, "SELECT count(*) FROM wj")).containsExactly("7");
        assertThat(rows(b, "SELECT id FROM wj_arch ORDER BY id")).containsExactly("1", "2", "3");
    }

    @Test
    void aPortalReadOneRowAtATimeStillRunsTheWithQueryToCompletion() throws Exception {
        a.setAutoCommit(false); // pgjdbc fetches by portal only inside a transaction
        try (PreparedStatement ps = a.prepareStatement("WITH u AS (UPDATE wj SET v = 'seen' RETURNING id) SELECT id FROM u ORDER BY id")) {
            ps.setFetchSize(1);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
        a.commit();
        assertThat(rows(b, "SELECT count(*) FROM wj WHERE v = 'seen'")).containsExactly("10");
    }

    @Test
    void copyOutOfADataModifyingWithQuery() throws Exception {
        CopyManager copy = new CopyManager(a.unwrap(BaseConnection.class));
        StringWriter out = new StringWriter();
        long n = copy.copyOut("COPY (WITH d AS (DELETE FROM wj WHERE id > 8 RETURNING id, v) SELECT * FROM d ORDER BY id) TO STDOUT", out);
        assertThat(n).isEqualTo(2);
        assertThat(out.toString()).isEqualTo("9\tv9\n10\tv10\n");
        assertThat(rows(b, "SELECT count(*) FROM wj")).containsExactly("8");
    }

    @Test
    void explainShowsTheWithQueryAndChangesNothingUnlessAnalyzed() throws Exception {
        String q = "WITH d AS (DELETE FROM wj WHERE id > 5 RETURNING *) SELECT count(*) FROM d";
        assertThat(rows(a, "EXPLAIN (COSTS OFF) " + q)).containsExactly(
                "Aggregate",
                "  CTE d",
                "    ->  Delete on wj",
                "  ->  CTE Scan on d");
        assertThat(rows(a, "SELECT count(*) FROM wj")).containsExactly("10");
        assertThat(rows(a, "EXPLAIN (COSTS OFF) WITH i AS (INSERT INTO wj_arch VALUES (1, 'x', 1)) DELETE FROM wj WHERE id = 1"))
                .containsExactly("Delete on wj", "  CTE i", "    ->  Insert on wj_arch");
        List<String> analyzed = rows(a, "EXPLAIN ANALYZE " + q);
        assertThat(analyzed.get(0)).startsWith("Aggregate (actual rows=1");
        assertThat(analyzed).contains("  CTE d", "    ->  Delete on wj");
        assertThat(rows(a, "SELECT count(*) FROM wj")).containsExactly("5");
    }

    @Test
    void committedMovesAreThereAfterARestartAndUncommittedOnesAreNot() throws Exception {
        run(a, "WITH d AS (DELETE FROM wj WHERE id <= 4 RETURNING *) INSERT INTO wj_arch SELECT * FROM d");
        Connection c = node.connect("extended");
        c.setAutoCommit(false);
        run(c, "WITH d AS (DELETE FROM wj WHERE id > 4 RETURNING *) INSERT INTO wj_arch SELECT * FROM d");
        node.restartCompute(); // the open transaction ends with its session
        c.close();
        try (Connection after = node.connect("extended")) {
            assertThat(rows(after, "SELECT id FROM wj ORDER BY id")).containsExactly("5", "6", "7", "8", "9", "10");
            assertThat(rows(after, "SELECT id || ':' || v || ':' || n FROM wj_arch ORDER BY id"))
                    .containsExactly("1:v1:1.25", "2:v2:2.50", "3:v3:3.75", "4:v4:5.00");
        }
        a.close();
        b.close();
        a = node.connect("extended");
        b = node.connect("extended");
    }
}
