package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.borealis.sql.testutil.JdbcRows;
import org.borealis.sql.testutil.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Seeded: a writer updates indexed and unindexed columns, deletes, inserts and rolls back while a
 * second session vacuums (setting visibility-map bits under the readers) and a third runs
 * index-only scans. Under REPEATABLE READ each index-only result equals a sequential scan's in
 * the same transaction; under READ COMMITTED both read one statement's snapshot (two subqueries
 * of one SELECT). Half the reads are a join whose inner side probes the covering index
 * index-only (an index nested loop on the join key). {@code -Dtest.seed=N} replays the writer's
 * and readers' choices.
 */
class IndexOnlyConcurrencyTest extends OneSession {

    private static final String IOS = "SELECT string_agg(k || ':' || name, ',' ORDER BY k, name) FROM ic "
            + "WHERE k BETWEEN %d AND %d";
    private static final String HEAP = "SELECT string_agg(k || ':' || name, ',' ORDER BY k, name) FROM ic "
            + "WHERE k + 0 BETWEEN %d AND %d";
    private static final String JOIN_IOS = "SELECT string_agg(ic.k || ':' || ic.name, ',' ORDER BY ic.k, ic.name) "
            + "FROM icg JOIN ic ON ic.k = icg.g WHERE icg.g BETWEEN %d AND %d";
    private static final String JOIN_HEAP = "SELECT string_agg(ic.k || ':' || ic.name, ',' ORDER BY ic.k, ic.name) "
            + "FROM icg JOIN ic ON ic.k + 0 = icg.g WHERE icg.g BETWEEN %d AND %d";

    @Test
    void indexOnlyScansSeeWhatTheHeapSeesInTheSameSnapshot() throws Exception {
        long seed = Seeds.seed("IndexOnlyConcurrencyTest");
        JdbcRows.exec(c, "CREATE TABLE ic (id int PRIMARY KEY, k int, name text, v int)");
        JdbcRows.exec(c, "CREATE INDEX ic_k_name ON ic (k, name)");
        JdbcRows.exec(c, "INSERT INTO ic SELECT i, i % 40, 'n' || i, 0 FROM generate_series(1, 1200) i");
        JdbcRows.exec(c, "VACUUM ic");
        assertThat(JdbcRows.explain(c, String.format(IOS, 1, 5))).contains("Index Only Scan using ic_k_name on ic");
        assertThat(JdbcRows.explain(c, String.format(HEAP, 1, 5))).contains("Seq Scan on ic");
        JdbcRows.exec(c, "CREATE TABLE icg (g int PRIMARY KEY)");
        JdbcRows.exec(c, "INSERT INTO icg SELECT i FROM generate_series(0, 39) i");
        assertThat(JdbcRows.explain(c, String.format(JOIN_IOS, 1, 5)))
                .contains("Nested Loop").contains("Index Only Scan using ic_k_name on ic");
        assertThat(JdbcRows.explain(c, String.format(JOIN_HEAP, 1, 5))).contains("Seq Scan on ic");

        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> guard(failure, () -> write(new Random(seed), done)), "ic-writer");
        Thread vacuum = new Thread(() -> guard(failure, () -> vacuum(done)), "ic-vacuum");
        writer.start();
        vacuum.start();
        Random rnd = new Random(seed ^ 0x5DEECE66DL);
        try (Connection r = node.connect("extended"); Statement s = r.createStatement()) {
            for (int i = 0; i < 250 && failure.get() == null; i++) {
                int lo = rnd.nextInt(40);
                int hi = lo + rnd.nextInt(8);
                boolean join = rnd.nextBoolean();
                String ios = join ? JOIN_IOS : IOS;
                String heap = join ? JOIN_HEAP : HEAP;
                if (rnd.nextBoolean()) {
                    r.setAutoCommit(false);
                    s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                    String first = one(s, String.format(ios, lo, hi));
                    String second = one(s, String.format(heap, lo, hi));
                    String again = one(s, String.format(ios, lo, hi));
                    r.commit();
                    r.setAutoCommit(true);
                    assertThat(first).as("seed %d: RR index-only vs heap, k in [%d, %d], join %s", seed, lo, hi, join)
                            .isEqualTo(second).isEqualTo(again);
                } else {
                    try (ResultSet rs = s.executeQuery("SELECT (" + String.format(ios, lo, hi) + "), ("
                            + String.format(heap, lo, hi) + ")")) {
                        rs.next();
                        assertThat(rs.getString(1)).as("seed %d: RC index-only vs heap, k in [%d, %d], join %s", seed, lo,
                                        hi, join)
                                .isEqualTo(rs.getString(2));
                    }
                }
            }
        } finally {
            done.set(true);
            writer.join();
            vacuum.join();
        }
        assertThat(failure.get()).isNull();
        JdbcRows.exec(c, "VACUUM ic");
        JdbcRows.exec(c, "VACUUM ic");
        String p = JdbcRows.explain(c, "ANALYZE " + String.format(IOS, 0, 39));
        assertThat(p).as("quiet and vacuumed twice: answered from the index").contains("Heap Fetches: 0");
        assertThat(JdbcRows.rows(c, String.format(IOS, 0, 39))).isEqualTo(JdbcRows.rows(c, String.format(HEAP, 0, 39)));
    }

    private static String one(Statement s, String q) throws SQLException {
        try (ResultSet rs = s.executeQuery(q)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private interface Body {
        void run() throws Exception;
    }

    private static void guard(AtomicReference<Throwable> failure, Body body) {
        try {
            body.run();
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
        }
    }

    private static void write(Random rnd, AtomicBoolean done) throws SQLException {
        int next = 1201;
        try (Connection w = node.connect("extended"); Statement s = w.createStatement()) {
            while (!done.get()) {
                boolean txn = rnd.nextInt(4) == 0;
                if (txn) {
                    w.setAutoCommit(false);
                }
                int n = 1 + rnd.nextInt(5);
                for (int i = 0; i < n; i++) {
                    int id = 1 + rnd.nextInt(next - 1);
                    switch (rnd.nextInt(6)) {
                        case 0 -> s.execute("UPDATE ic SET k = " + rnd.nextInt(40) + " WHERE id = " + id);
                        case 1 -> s.execute("UPDATE ic SET name = 'm" + rnd.nextInt(5000) + "' WHERE id = " + id);
                        case 2 -> s.execute("UPDATE ic SET v = v + 1 WHERE id = " + id);
                        case 3 -> s.execute("DELETE FROM ic WHERE id = " + id);
                        default -> s.execute("INSERT INTO ic VALUES (" + next++ + ", " + rnd.nextInt(40)
                                + ", 'i" + rnd.nextInt(5000) + "', 0)");
                    }
                }
                if (txn) {
                    if (rnd.nextInt(3) == 0) {
                        w.rollback();
                    } else {
                        w.commit();
                    }
                    w.setAutoCommit(true);
                }
            }
        }
    }

    private static void vacuum(AtomicBoolean done) throws SQLException {
        try (Connection v = node.connect("extended"); Statement s = v.createStatement()) {
            while (!done.get()) {
                s.execute("VACUUM ic");
            }
        }
    }
}
