package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.borealis.sql.testutil.JdbcRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expression and partial indexes are planned when the query's predicate matches the indexed
 * expression and implies the index predicate (and only then), and they come back from the catalog
 * after a compute restart: the stored texts are bound again, the entries are where they were, and
 * uniqueness still holds only among the rows the predicate admits.
 */
class IndexExprRestartTest {

    @TempDir
    Path dir;

    @Test
    void plannedWhenMatchedAndKeptAcrossARestart() throws Exception {
        try (ComputeFixture node = new ComputeFixture(dir.resolve("node"))) {
            try (Connection c = node.connect("extended")) {
                JdbcRows.exec(c, "CREATE TABLE users (id int PRIMARY KEY, email text, a int, b int, deleted_at date)");
                JdbcRows.exec(c, "INSERT INTO users SELECT i, 'User' || i || '@X.org', i, i * 2,"
                        + " CASE WHEN i % 10 = 0 THEN date '2024-01-01' END FROM generate_series(1, 2000) i");
                JdbcRows.exec(c, "CREATE INDEX users_lower ON users (lower(email))");
                JdbcRows.exec(c, "CREATE INDEX users_sum ON users ((a + b))");
                JdbcRows.exec(c, "CREATE UNIQUE INDEX users_live ON users (b) WHERE deleted_at IS NULL");
                JdbcRows.exec(c, "ANALYZE users");
                checkPlans(c);
            }
            node.restartCompute();
            try (Connection c = node.connect("extended")) {
                checkPlans(c);
                // uniqueness among live rows only, as before the restart
                JdbcRows.exec(c, "INSERT INTO users VALUES (3001, 'dup@x.org', 0, 20, date '2024-05-05')");
                assertThatThrownBy(() -> JdbcRows.exec(c, "INSERT INTO users VALUES (3002, 'dup2@x.org', 0, 42, NULL)"))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
                // an update changing the indexed expression moves the row's entry
                JdbcRows.exec(c, "UPDATE users SET email = 'Moved@X.org' WHERE id = 7");
                assertThat(JdbcRows.rows(c, "SELECT id FROM users WHERE lower(email) = 'moved@x.org'")).containsExactly("7");
                assertThat(JdbcRows.rows(c, "SELECT id FROM users WHERE lower(email) = 'user7@x.org'")).isEmpty();
                JdbcRows.exec(c, "UPDATE users SET deleted_at = NULL WHERE id = 10");
                assertThat(JdbcRows.rows(c, "SELECT id FROM users WHERE b = 20 AND deleted_at IS NULL")).containsExactly("10");
            }
        }
    }

    private static void checkPlans(Connection c) throws SQLException {
        assertThat(JdbcRows.explain(c, "SELECT id FROM users WHERE lower(email) = 'user5@x.org'"))
                .contains("Index Scan using users_lower on users");
        assertThat(JdbcRows.rows(c, "SELECT id FROM users WHERE lower(email) = 'user5@x.org'")).containsExactly("5");
        assertThat(JdbcRows.explain(c, "SELECT id FROM users WHERE a + b = 30")).contains("Index Scan using users_sum on users");
        assertThat(JdbcRows.rows(c, "SELECT id FROM users WHERE a + b = 30")).containsExactly("10");
        assertThat(JdbcRows.explain(c, "SELECT id FROM users WHERE b = 40 AND deleted_at IS NULL"))
                .contains("Index Scan using users_live on users");
        assertThat(JdbcRows.rows(c, "SELECT id FROM users WHERE b = 40 AND deleted_at IS NULL")).isEmpty();
        // without the index predicate the partial index lacks rows the query wants: not used
        assertThat(JdbcRows.explain(c, "SELECT id FROM users WHERE b = 40")).doesNotContain("users_live");
        assertThat(JdbcRows.rows(c, "SELECT id FROM users WHERE b = 40")).containsExactly("20");
        // an expression the index does not hold
        assertThat(JdbcRows.explain(c, "SELECT id FROM users WHERE upper(email) = 'X'")).doesNotContain("users_lower");
    }
}
