package org.borealis.sql.exec.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.borealis.sql.node.ComputeConfig;
import org.borealis.sql.node.ComputeFixture;
import org.borealis.sql.testutil.JdbcRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background pass's ANALYZE ({@link AutoAnalyze}) called directly, on a node whose background
 * pass is off, so each step is deterministic: it stores statistics and counts itself; it skips,
 * without waiting, a table whose catalog a user transaction is changing, and a table dropped;
 * only committed changes count towards the next analyze.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class AutoAnalyzeTest {

    @TempDir
    static Path dir;
    static ComputeFixture node;
    static Connection c;
    static Connection other;
    static AutoAnalyze analyzer;

    @BeforeAll
    static void start() throws Exception {
        node = new ComputeFixture(dir.resolve("node"),
                new ComputeConfig.EngineSection(1024, "postgres", "postgres", "", Duration.ZERO));
        c = node.connect("extended");
        other = node.connect("extended");
        analyzer = new AutoAnalyze(new EngineStorage(node.compute.engine()), node.compute.engine());
    }

    @AfterAll
    static void stop() throws Exception {
        c.close();
        other.close();
        node.close();
    }

    private static int oid(String table) throws Exception {
        return Integer.parseInt(JdbcRows.rows(c, "SELECT '" + table + "'::regclass::oid").get(0));
    }

    private static String activity(String table) throws Exception {
        return JdbcRows.rows(c, "SELECT n_mod_since_analyze, analyze_count, autoanalyze_count,"
                + " last_autoanalyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = '" + table + "'").get(0);
    }

    @Test
    void analysesAndCountsOnlyCommittedChanges() throws Exception {
        JdbcRows.exec(c, "CREATE TABLE aa (id int PRIMARY KEY, v text)");
        JdbcRows.exec(c, "INSERT INTO aa SELECT i, 'v' || (i % 7) FROM generate_series(1, 300) i");
        assertThat(activity("aa")).isEqualTo("300|0|0|f");
        String done = analyzer.analyze(oid("aa"));
        assertThat(done).isEqualTo("\"postgres.public.aa\": 300 rows, 300 in the sample");
        assertThat(activity("aa")).isEqualTo("0|0|1|t");
        assertThat(JdbcRows.rows(c, "SELECT attname, n_distinct FROM pg_stats WHERE tablename = 'aa' ORDER BY attname"))
                .containsExactly("id|-1", "v|7");
        assertThat(JdbcRows.rows(c, "SELECT reltuples FROM pg_class WHERE relname = 'aa'")).containsExactly("300");

        other.setAutoCommit(false);
        JdbcRows.exec(other, "UPDATE aa SET v = 'x' WHERE id <= 40");
        JdbcRows.exec(other, "DELETE FROM aa WHERE id > 290");
        assertThat(activity("aa")).as("not committed yet").startsWith("0|");
        other.rollback();
        assertThat(activity("aa")).as("rolled back: no change").startsWith("0|");
        JdbcRows.exec(other, "UPDATE aa SET v = 'x' WHERE id <= 40");
        JdbcRows.exec(other, "DELETE FROM aa WHERE id > 290");
        other.commit();
        other.setAutoCommit(true);
        assertThat(activity("aa")).isEqualTo("50|0|1|t");
        JdbcRows.exec(c, "ANALYZE aa");
        assertThat(activity("aa")).isEqualTo("0|1|1|t");
    }

    @Test
    void skipsWithoutWaitingWhileTheCatalogIsBeingChanged() throws Exception {
        JdbcRows.exec(c, "CREATE TABLE ab (id int, v int)");
        JdbcRows.exec(c, "INSERT INTO ab SELECT i, i FROM generate_series(1, 100) i");
        int ab = oid("ab");
        other.setAutoCommit(false);
        JdbcRows.exec(other, "CREATE TABLE ab_ddl (x int)");
        assertThat(analyzer.analyze(ab)).as("DDL in progress elsewhere: skipped, not waited for").isNull();
        assertThat(activity("ab")).isEqualTo("100|0|0|f");
        // a writer of the table is not held up while the catalog is free either
        JdbcRows.exec(other, "INSERT INTO ab VALUES (101, 101)");
        other.rollback();
        other.setAutoCommit(true);
        assertThat(analyzer.analyze(ab)).isNotNull();
        assertThat(activity("ab")).isEqualTo("0|0|1|t");
    }

    @Test
    void aDroppedTableIsSkipped() throws Exception {
        JdbcRows.exec(c, "CREATE TABLE ac (id int, v int)");
        JdbcRows.exec(c, "INSERT INTO ac SELECT i, i FROM generate_series(1, 100) i");
        int ac = oid("ac");
        other.setAutoCommit(false);
        JdbcRows.exec(other, "DROP TABLE ac");
        assertThat(analyzer.analyze(ac)).isNull();
        other.commit();
        other.setAutoCommit(true);
        assertThat(analyzer.analyze(ac)).isNull();
        assertThat(node.compute.engine().activity(ac)).isEqualTo(org.borealis.sql.engine.TableActivity.NONE);
    }
}
