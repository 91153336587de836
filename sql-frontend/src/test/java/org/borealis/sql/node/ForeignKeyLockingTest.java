package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borealis.sql.testutil.JdbcRows.rows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Foreign keys between two pgjdbc sessions, with PostgreSQL 15's outcomes (checked against it by
 * hand for each case): a new referencing row locks its parent FOR KEY SHARE, so the parent cannot
 * be deleted under it (the delete waits, then fails 23503), while updates of its other columns go
 * on; a referencing row inserted while its parent's delete is in progress waits and fails when the
 * delete commits. Without these locks both races leave a child without a parent. Where a session
 * must wait, the test shows it by NOWAIT or a statement_timeout, or by an outcome that only a wait
 * can give.
 */
class ForeignKeyLockingTest extends TwoSessions {

    @Override
    void prepare() throws SQLException {
        run(a, "DROP TABLE IF EXISTS child");
        run(a, "DROP TABLE IF EXISTS parent");
        run(a, "CREATE TABLE parent (id int PRIMARY KEY, note text)");
        run(a, "CREATE TABLE child (id int PRIMARY KEY, pid int REFERENCES parent)");
        run(a, "INSERT INTO parent SELECT g, 'n' FROM generate_series(1, 10) g");
    }

    private static String sqlState(CompletableFuture<?> f) throws Exception {
        try {
            f.get(60, TimeUnit.SECONDS);
            return "00000";
        } catch (ExecutionException e) {
            return ((SQLException) e.getCause().getCause()).getSQLState();
        }
    }

    @Test
    void aNewChildHoldsItsParentForKeyShare() throws Exception {
        a.setAutoCommit(false);
        run(a, "INSERT INTO child VALUES (11, 1)");
        b.setAutoCommit(false);
        assertThatThrownBy(() -> rows(b, "SELECT id FROM parent WHERE id = 1 FOR UPDATE NOWAIT"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("55P03"));
        b.rollback();
        assertThat(rows(b, "SELECT id FROM parent WHERE id = 1 FOR NO KEY UPDATE NOWAIT")).containsExactly("1");
        assertThat(rows(b, "SELECT id FROM parent WHERE id = 1 FOR SHARE NOWAIT")).containsExactly("1");
        b.rollback();
        b.setAutoCommit(true);
        run(b, "UPDATE parent SET note = 'x' WHERE id = 1"); // another column: no wait
        run(b, "SET statement_timeout = 300");
        assertThatThrownBy(() -> run(b, "DELETE FROM parent WHERE id = 1"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("57014"));
        assertThatThrownBy(() -> run(b, "UPDATE parent SET id = 100 WHERE id = 1"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("57014"));
        run(b, "SET statement_timeout = 0");
        a.commit();
        assertThat(rows(b, "SELECT c.id, p.note FROM child c JOIN parent p ON p.id = c.pid")).containsExactly("11|x");
    }

    @Test
    void aParentDeleteWaitsForTheNewChildAndThenRefuses() throws Exception {
        a.setAutoCommit(false);
        run(a, "INSERT INTO child VALUES (70, 7)");
        CompletableFuture<Void> delete = async(b, "DELETE FROM parent WHERE id = 7");
        a.commit();
        assertThat(sqlState(delete)).isEqualTo("23503");
        assertThat(rows(a, "SELECT p.id FROM child c JOIN parent p ON p.id = c.pid")).containsExactly("7");
    }

    @Test
    void aChildOfAParentBeingDeletedWaitsAndFailsOrGoesOnAsTheDeleteEnds() throws Exception {
        a.setAutoCommit(false);
        run(a, "DELETE FROM parent WHERE id = 6");
        CompletableFuture<Void> insert = async(b, "INSERT INTO child VALUES (60, 6)");
        a.commit();
        assertThat(sqlState(insert)).isEqualTo("23503");

        run(a, "DELETE FROM parent WHERE id = 5");
        a.rollback();
        run(a, "DELETE FROM parent WHERE id = 4");
        CompletableFuture<Void> survives = async(b, "INSERT INTO child VALUES (40, 4)");
        a.rollback();
        assertThat(sqlState(survives)).isEqualTo("00000");
        a.setAutoCommit(true);
        assertThat(rows(a, "SELECT id, pid FROM child ORDER BY id")).containsExactly("40|4");
        assertThat(rows(a, "SELECT count(*) FROM child c WHERE NOT EXISTS (SELECT 1 FROM parent p WHERE p.id = c.pid)"))
                .containsExactly("0");
    }

    @Test
    void repeatableReadSeesNewChildrenAndRefusesAParentDeletedSinceItsSnapshot() throws Exception {
        a.setAutoCommit(false);
        run(a, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        rows(a, "SELECT 1");
        run(b, "INSERT INTO child VALUES (40, 4)");
        assertThatThrownBy(() -> run(a, "DELETE FROM parent WHERE id = 4"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23503"));
        a.rollback();

        run(a, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        rows(a, "SELECT 1");
        run(b, "DELETE FROM parent WHERE id = 5");
        assertThatThrownBy(() -> run(a, "INSERT INTO child VALUES (50, 5)"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("40001"));
        a.rollback();
    }
}
