package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borealis.sql.testutil.JdbcRows.rows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * SELECT ... FOR UPDATE / FOR SHARE between two pgjdbc sessions: locks are taken, held to the end
 * of the transaction, conflict as they should (NOWAIT fails with 55P03 at once, SKIP LOCKED passes
 * over held rows, a waiting UPDATE is stopped by statement_timeout), a row updated meanwhile is
 * re-checked (READ COMMITTED) or refused (REPEATABLE READ, 40001), and only the rows LIMIT returns
 * are locked. Nothing here depends on timing: where one session must wait, the test shows it by
 * the other session's NOWAIT or by a statement_timeout that can only fire while waiting.
 */
class RowLockingTest extends TwoSessions {

    @Override
    void prepare() throws SQLException {
        run(a, "DROP TABLE IF EXISTS jobs");
        run(a, "CREATE TABLE jobs (id int PRIMARY KEY, state text NOT NULL, n int NOT NULL)");
        run(a, "INSERT INTO jobs SELECT i, 'new', 0 FROM generate_series(1, 5) i");
    }

    private static String state(SQLException e) {
        return e.getSQLState();
    }

    @Test
    void forUpdateHoldsTheRowUntilCommitAndNowaitSaysSo() throws Exception {
        a.setAutoCommit(false);
        assertThat(rows(a, "SELECT id, state FROM jobs WHERE id = 2 FOR UPDATE")).containsExactly("2|new");
        assertThatThrownBy(() -> rows(b, "SELECT * FROM jobs WHERE id = 2 FOR UPDATE NOWAIT"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(state(e)).isEqualTo("55P03"));
        assertThatThrownBy(() -> rows(b, "SELECT * FROM jobs WHERE id = 2 FOR SHARE NOWAIT"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(state(e)).isEqualTo("55P03"));
        // other rows are free
        assertThat(rows(b, "SELECT id FROM jobs WHERE id = 3 FOR UPDATE NOWAIT")).containsExactly("3");
        // an UPDATE of the held row waits: only a timeout gets it out before a commits
        run(b, "SET statement_timeout = 300");
        assertThatThrownBy(() -> run(b, "UPDATE jobs SET n = n + 1 WHERE id = 2"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(state(e)).isEqualTo("57014"));
        run(b, "SET statement_timeout = 0");
        a.commit();
        assertThat(rows(b, "SELECT id FROM jobs WHERE id = 2 FOR UPDATE NOWAIT")).containsExactly("2");
    }

    @Test
    void rollbackReleasesTheLocks() throws Exception {
        a.setAutoCommit(false);
        rows(a, "SELECT * FROM jobs FOR UPDATE");
        assertThatThrownBy(() -> rows(b, "SELECT * FROM jobs WHERE id = 5 FOR UPDATE NOWAIT"))
                .isInstanceOf(SQLException.class);
        a.rollback();
        assertThat(rows(b, "SELECT id FROM jobs WHERE id = 5 FOR UPDATE NOWAIT")).containsExactly("5");
    }

    @Test
    void sharedLocksShareAndExcludeWriters() throws Exception {
        a.setAutoCommit(false);
        b.setAutoCommit(false);
        assertThat(rows(a, "SELECT id FROM jobs WHERE id = 1 FOR SHARE")).containsExactly("1");
        assertThat(rows(b, "SELECT id FROM jobs WHERE id = 1 FOR SHARE NOWAIT")).containsExactly("1");
        b.rollback();
        assertThatThrownBy(() -> rows(b, "SELECT id FROM jobs WHERE id = 1 FOR UPDATE NOWAIT"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(state(e)).isEqualTo("55P03"));
        b.rollback();
        a.rollback();
    }

    @Test
    void skipLockedHandsEachWorkerItsOwnJob() throws Exception {
        a.setAutoCommit(false);
        b.setAutoCommit(false);
        String take = "SELECT id FROM jobs WHERE state = 'new' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED";
        assertThat(rows(a, take)).containsExactly("1");
        assertThat(rows(b, take)).as("the row a holds is passed over, and only one row was locked by a")
                .containsExactly("2");
        Connection c = node.connect("simple");
        try {
            c.setAutoCommit(false);
            assertThat(rows(c, take)).containsExactly("3");
            assertThat(rows(c, "SELECT id FROM jobs ORDER BY id FOR UPDATE SKIP LOCKED"))
                    .containsExactly("3", "4", "5");
            c.rollback();
        } finally {
            c.close();
        }
        run(a, "UPDATE jobs SET state = 'done' WHERE id = 1");
        a.commit();
        b.rollback();
        assertThat(rows(b, take)).containsExactly("2");
        b.rollback();
    }

    @Test
    void aWaitingLockerSeesTheNewVersionAndRechecksItsWhere() throws Exception {
        a.setAutoCommit(false);
        b.setAutoCommit(false);
        rows(a, "SELECT * FROM jobs WHERE id IN (1, 2) FOR UPDATE");
        CompletableFuture<List<String>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return rows(b, "SELECT id, n FROM jobs WHERE n = 0 AND id <= 3 ORDER BY id FOR UPDATE");
            } catch (SQLException e) {
                throw new RuntimeException(e);
            }
        });
        run(a, "UPDATE jobs SET n = 1 WHERE id = 1"); // no longer matches b's WHERE
        run(a, "UPDATE jobs SET state = 'x' WHERE id = 2"); // still matches, with a new version
        a.commit();
        // whether b waited or started late, it returns rows as of the newest versions that match
        assertThat(waiting.get(60, TimeUnit.SECONDS)).containsExactly("2|0", "3|0");
        assertThat(rows(b, "SELECT state FROM jobs WHERE id = 2")).containsExactly("x");
        b.rollback();
    }

    @Test
    void repeatableReadRefusesToLockARowChangedSinceItsSnapshot() throws Exception {
        b.setAutoCommit(false);
        run(b, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        assertThat(rows(b, "SELECT n FROM jobs WHERE id = 4")).containsExactly("0");
        run(a, "UPDATE jobs SET n = 7 WHERE id = 4");
        assertThatThrownBy(() -> rows(b, "SELECT n FROM jobs WHERE id = 4 FOR UPDATE"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(state(e)).isEqualTo("40001"));
        b.rollback();
    }

    @Test
    void joinsLockEveryTableOrOnlyTheOnesNamed() throws Exception {
        run(a, "DROP TABLE IF EXISTS owners");
        run(a, "CREATE TABLE owners (job int PRIMARY KEY, who text)");
        run(a, "INSERT INTO owners VALUES (1, 'ann'), (2, 'bob')");
        a.setAutoCommit(false);
        assertThat(rows(a, "SELECT j.id, o.who FROM jobs j JOIN owners o ON o.job = j.id WHERE j.id = 1 FOR UPDATE OF j"))
                .containsExactly("1|ann");
        assertThat(rows(b, "SELECT * FROM owners WHERE job = 1 FOR UPDATE NOWAIT")).hasSize(1);
        assertThatThrownBy(() -> rows(b, "SELECT * FROM jobs WHERE id = 1 FOR UPDATE NOWAIT"))
                .isInstanceOf(SQLException.class);
        assertThat(rows(a, "SELECT j.id, o.who FROM jobs j, owners o WHERE o.job = j.id AND j.id = 2 FOR SHARE"))
                .containsExactly("2|bob");
        assertThatThrownBy(() -> rows(b, "SELECT * FROM owners WHERE job = 2 FOR UPDATE NOWAIT"))
                .isInstanceOf(SQLException.class);
        a.rollback();
    }

    @Test
    void lockingThroughAViewLocksItsTablesRows() throws Exception {
        run(a, "DROP VIEW IF EXISTS fresh");
        run(a, "CREATE VIEW fresh AS SELECT id, n FROM jobs WHERE state = 'new'");
        a.setAutoCommit(false);
        assertThat(rows(a, "SELECT id FROM fresh WHERE id = 4 FOR UPDATE")).containsExactly("4");
        assertThatThrownBy(() -> rows(b, "SELECT * FROM jobs WHERE id = 4 FOR UPDATE NOWAIT"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(state(e)).isEqualTo("55P03"));
        a.rollback();
        a.setAutoCommit(true);
        run(a, "DROP VIEW fresh");
    }

    @Test
    void explainShowsLockRowsBelowLimit() throws Exception {
        List<String> plan = rows(a, "EXPLAIN SELECT * FROM jobs ORDER BY id LIMIT 1 FOR UPDATE");
        assertThat(plan.get(0).trim()).startsWith("Limit");
        assertThat(plan.get(1).trim()).startsWith("->  LockRows");
    }
}
