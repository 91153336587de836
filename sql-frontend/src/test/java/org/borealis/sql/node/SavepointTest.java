package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borealis.sql.testutil.JdbcRows.rows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Savepoints seen from other sessions and across a restart (single-session behaviour, checked
 * against PostgreSQL: {@code sql/savepoints.sql}): a writer waiting for a row that a savepoint
 * changed goes on when the savepoint is rolled back, while the transaction is still open, as in
 * PostgreSQL, and so do row locks taken since the savepoint (outcomes checked with two psql
 * sessions on PostgreSQL 15); others see a savepoint's work only when the whole transaction commits; what a
 * commit kept and a ROLLBACK TO dropped stays so after the compute node restarts; pgjdbc's
 * {@code autosave=always} keeps a transaction alive across a failed statement.
 */
class SavepointTest extends TwoSessions {

    @Override
    void prepare() throws SQLException {
        run(a, "DROP TABLE IF EXISTS sp");
        run(a, "CREATE TABLE sp (id int PRIMARY KEY, v text)");
        run(a, "INSERT INTO sp VALUES (1, 'one')");
    }

    @Test
    void aWriterWaitingForARowOfARolledBackSavepointGoesOn() throws Exception {
        a.setAutoCommit(false);
        run(a, "SAVEPOINT s");
        run(a, "UPDATE sp SET v = 'a' WHERE id = 1");
        b.setAutoCommit(false);
        assertThatThrownBy(() -> rows(b, "SELECT id FROM sp WHERE id = 1 FOR UPDATE NOWAIT"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("55P03"));
        b.rollback();
        CompletableFuture<Void> update = async(b, "UPDATE sp SET v = 'b' WHERE id = 1");
        run(a, "ROLLBACK TO s");
        update.get(60, TimeUnit.SECONDS); // done while a's transaction is still open
        b.commit();
        assertThat(rows(a, "SELECT v FROM sp WHERE id = 1")).as("a's snapshot is new each statement").containsExactly("b");
        a.commit();
        assertThat(rows(b, "SELECT v FROM sp")).containsExactly("b");
    }

    @Test
    void rowLocksTakenInARolledBackSavepointGoWithIt() throws Exception {
        run(a, "INSERT INTO sp VALUES (2, 'two')");
        a.setAutoCommit(false);
        rows(a, "SELECT id FROM sp WHERE id = 2 FOR SHARE");
        run(a, "SAVEPOINT s");
        rows(a, "SELECT id FROM sp WHERE id = 1 FOR UPDATE");
        rows(a, "SELECT id FROM sp WHERE id = 2 FOR UPDATE");
        b.setAutoCommit(false);
        assertThatThrownBy(() -> rows(b, "SELECT id FROM sp WHERE id = 1 FOR UPDATE NOWAIT"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("55P03"));
        b.rollback();
        run(a, "ROLLBACK TO s");
        // as in PostgreSQL: the lock taken since the savepoint is gone, the one strengthened since is
        // back to FOR SHARE
        assertThat(rows(b, "SELECT id FROM sp WHERE id = 1 FOR UPDATE NOWAIT")).containsExactly("1");
        b.rollback();
        assertThat(rows(b, "SELECT id FROM sp WHERE id = 2 FOR SHARE NOWAIT")).containsExactly("2");
        b.rollback();
        assertThatThrownBy(() -> rows(b, "SELECT id FROM sp WHERE id = 2 FOR UPDATE NOWAIT"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("55P03"));
        b.rollback();
        a.commit();
    }

    @Test
    void othersSeeASavepointsWorkOnlyWhenTheTransactionCommits() throws Exception {
        a.setAutoCommit(false);
        run(a, "SAVEPOINT s");
        run(a, "INSERT INTO sp VALUES (2, 'two')");
        run(a, "RELEASE s");
        run(a, "SAVEPOINT t");
        run(a, "INSERT INTO sp VALUES (3, 'three')");
        run(a, "SAVEPOINT u");
        run(a, "INSERT INTO sp VALUES (4, 'four')");
        run(a, "ROLLBACK TO u");
        assertThat(rows(b, "SELECT id FROM sp ORDER BY id")).containsExactly("1");
        // a row of a live savepoint blocks a duplicate key until the transaction ends
        CompletableFuture<Void> dup = async(b, "INSERT INTO sp VALUES (3, 'b')");
        a.commit();
        assertThatThrownBy(() -> dup.get(60, TimeUnit.SECONDS)).hasRootCauseInstanceOf(SQLException.class)
                .rootCause().satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
        assertThat(rows(b, "SELECT id FROM sp ORDER BY id")).containsExactly("1", "2", "3");
        run(b, "INSERT INTO sp VALUES (4, 'b')"); // the rolled-back 4 holds nothing
    }

    @Test
    void whatACommitKeptAndARollbackToDroppedStaysSoAfterARestart() throws Exception {
        a.setAutoCommit(false);
        run(a, "INSERT INTO sp VALUES (10, 'top')");
        run(a, "SAVEPOINT s");
        run(a, "INSERT INTO sp VALUES (11, 'rolled back')");
        run(a, "UPDATE sp SET v = 'rolled back' WHERE id = 1");
        run(a, "ROLLBACK TO s");
        run(a, "SAVEPOINT t");
        run(a, "INSERT INTO sp VALUES (12, 'released')");
        run(a, "SAVEPOINT t2");
        run(a, "UPDATE sp SET v = 'inner' WHERE id = 1");
        run(a, "RELEASE t");
        run(a, "SAVEPOINT open");
        run(a, "INSERT INTO sp VALUES (13, 'open at commit')");
        a.commit();
        a.close();
        b.close();
        node.restartCompute();
        a = node.connect("extended");
        b = node.connect("extended");
        assertThat(rows(a, "SELECT id, v FROM sp ORDER BY id"))
                .containsExactly("1|inner", "10|top", "12|released", "13|open at commit");
    }

    @Test
    void pgjdbcAutosaveKeepsTheTransactionAcrossAFailedStatement() throws Exception {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("autosave", "always");
        try (Connection c = DriverManager.getConnection(node.url(), p)) {
            c.setAutoCommit(false);
            run(c, "INSERT INTO sp VALUES (20, 'kept')");
            assertThatThrownBy(() -> run(c, "INSERT INTO sp VALUES (1, 'duplicate')"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
            run(c, "INSERT INTO sp VALUES (21, 'after the error')");
            c.commit();
        }
        assertThat(rows(b, "SELECT id FROM sp ORDER BY id")).containsExactly("1", "20", "21");
    }
}
