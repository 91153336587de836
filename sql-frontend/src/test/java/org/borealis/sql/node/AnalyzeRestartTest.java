package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.borealis.sql.testutil.JdbcRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ANALYZE's statistics are catalog rows written through the log: a compute node restarted on the
 * same storage reads them back, and statistics larger than a heap page (long text values) are
 * stored in chunks and read back whole.
 */
class AnalyzeRestartTest {

    @TempDir
    Path dir;

    private static final String STATS = "SELECT attname, null_frac, avg_width, n_distinct, most_common_vals, most_common_freqs,"
            + " histogram_bounds, correlation FROM pg_stats WHERE tablename = 'kept' ORDER BY attname";

    @Test
    void statisticsSurviveAComputeRestart() throws Exception {
        try (ComputeFixture node = new ComputeFixture(dir.resolve("node"))) {
            List<String> before;
            try (Connection c = node.connect("extended")) {
                JdbcRows.exec(c, "CREATE TABLE kept (id int PRIMARY KEY, kind text, note text)");
                JdbcRows.exec(c, "INSERT INTO kept SELECT i, 'k' || (i % 9), repeat('n', 300) || (i % 150)"
                        + " FROM generate_series(1, 1200) i");
                JdbcRows.exec(c, "ANALYZE kept");
                before = JdbcRows.rows(c, STATS);
            }
            assertThat(before).hasSize(3);
            assertThat(String.join("\n", before).length()).as("statistics bigger than a page").isGreaterThan(9000);
            node.restartCompute();
            try (Connection c = node.connect("extended")) {
                assertThat(JdbcRows.rows(c, STATS)).isEqualTo(before);
                assertThat(JdbcRows.rows(c, "SELECT reltuples FROM pg_class WHERE relname = 'kept'")).containsExactly("1200");
                JdbcRows.exec(c, "DROP TABLE kept");
            }
            node.restartCompute();
            try (Connection c = node.connect("extended")) {
                assertThat(JdbcRows.rows(c, STATS)).isEmpty();
            }
        }
    }
}
