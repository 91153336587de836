package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.borealis.sql.testutil.JdbcRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background analyze on a running node (pass every 50 ms, PostgreSQL's threshold 50 and scale
 * factor 0.1): a loaded table gets statistics without ANALYZE and its plan changes once they
 * arrive; a table with fewer changed rows than the threshold is left alone. Waits poll the
 * catalogs with a generous deadline; nothing is timed. "Not analysed" is judged after a later
 * table, loaded after the changes in question, was analysed: the pass that analysed it looked at
 * every table.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class AutoAnalyzePlanTest {

    @TempDir
    static Path dir;
    static ComputeFixture node;
    static Connection c;

    @BeforeAll
    static void start() throws Exception {
        node = new ComputeFixture(dir.resolve("node"),
                new ComputeConfig.EngineSection(2048, "postgres", "postgres", "", Duration.ofMillis(50)));
        c = node.connect("extended");
    }

    @AfterAll
    static void stop() throws Exception {
        c.close();
        node.close();
    }

    /** Polls until the background pass has analysed {@code table} {@code times} times (3 minutes at most). */
    private static void awaitAutoAnalyze(String table, int times) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        String q = "SELECT autoanalyze_count FROM pg_stat_user_tables WHERE relname = '" + table + "'";
        while (Integer.parseInt(JdbcRows.rows(c, q).get(0)) < times) {
            assertThat(System.nanoTime()).as("%s analysed %d times in the background", table, times).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static List<String> activity(String table) throws Exception {
        return JdbcRows.rows(c, "SELECT n_mod_since_analyze, analyze_count, autoanalyze_count"
                + " FROM pg_stat_user_tables WHERE relname = '" + table + "'");
    }

    @Test
    void aLoadedTableGetsStatisticsAndItsPlanChanges() throws Exception {
        JdbcRows.exec(c, "CREATE TABLE ev (id int PRIMARY KEY, status text)");
        JdbcRows.exec(c, "CREATE INDEX ev_status ON ev (status)");
        String common = "SELECT count(*) FROM ev WHERE status = 'done'";
        c.setAutoCommit(false);
        JdbcRows.exec(c, "INSERT INTO ev SELECT i, CASE WHEN i % 10 = 1 THEN 'open' ELSE 'done' END"
                + " FROM generate_series(1, 5000) i");
        // uncommitted rows are no changes yet: without statistics equality is guessed at 0.5 %, so the
        // index (covering the query: an index-only scan)
        String before = JdbcRows.explain(c, common);
        c.commit();
        assertThat(before).contains("Index Only Scan using ev_status on ev");
        c.setAutoCommit(true);
        awaitAutoAnalyze("ev", 1);
        assertThat(JdbcRows.rows(c, "SELECT attname, null_frac, n_distinct, most_common_vals FROM pg_stats"
                + " WHERE tablename = 'ev' ORDER BY attname")).containsExactly("id|0|-1|null", "status|0|2|{done,open}");
        assertThat(JdbcRows.rows(c, "SELECT reltuples FROM pg_class WHERE relname = 'ev'")).containsExactly("5000");
        assertThat(activity("ev")).containsExactly("0|0|1");
        // 90 % of the rows: read in sequence now
        assertThat(JdbcRows.explain(c, common)).contains("Seq Scan on ev").doesNotContain("ev_status");
        assertThat(JdbcRows.rows(c, common)).containsExactly("4500");
    }

    @Test
    void changesBelowTheThresholdAreNotAnalysed() throws Exception {
        JdbcRows.exec(c, "CREATE TABLE few (id int, v int)");
        JdbcRows.exec(c, "INSERT INTO few SELECT i, i FROM generate_series(1, 50) i");
        JdbcRows.exec(c, "CREATE TABLE big (id int, v int)");
        JdbcRows.exec(c, "INSERT INTO big SELECT i, i FROM generate_series(1, 1000) i");
        awaitAutoAnalyze("big", 1);
        // 50 changes are not more than 50 + 0.1 × 0
        assertThat(activity("few")).containsExactly("50|0|0");
        assertThat(JdbcRows.rows(c, "SELECT count(*) FROM pg_stats WHERE tablename = 'few'")).containsExactly("0");
        JdbcRows.exec(c, "INSERT INTO few VALUES (51, 51)");
        awaitAutoAnalyze("few", 1);
        assertThat(JdbcRows.rows(c, "SELECT count(*) FROM pg_stats WHERE tablename = 'few'")).containsExactly("2");

        // big was analysed at 1000 rows: 50 + 0.1 × 1000 = 150 changes are needed
        JdbcRows.exec(c, "UPDATE big SET v = v + 1 WHERE id <= 150");
        JdbcRows.exec(c, "CREATE TABLE marker (id int)");
        JdbcRows.exec(c, "INSERT INTO marker SELECT generate_series(1, 60)");
        awaitAutoAnalyze("marker", 1);
        assertThat(activity("big")).containsExactly("150|0|1");
        JdbcRows.exec(c, "DELETE FROM big WHERE id = 1000");
        awaitAutoAnalyze("big", 2);
        assertThat(JdbcRows.rows(c, "SELECT reltuples FROM pg_class WHERE relname = 'big'")).containsExactly("999");
    }
}
