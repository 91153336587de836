package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.borealis.sql.testutil.JdbcRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How LATERAL items are planned, which the PostgreSQL-oracle script ({@code sql/lateral.sql})
 * cannot show: a nested loop re-running the LATERAL item per row, whose scan of its own table
 * probes an index with the outer row's value, and the items before it filtered first.
 */
class LateralPlanTest {

    @TempDir
    Path dir;

    @Test
    void theLateralItemRunsPerRowAndProbesItsIndex() throws Exception {
        try (ComputeFixture fx = new ComputeFixture(dir.resolve("node"));
             Connection c = fx.connect("extended");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE lp_a (id int PRIMARY KEY, n int)");
            s.execute("CREATE TABLE lp_b (id int PRIMARY KEY, a_id int, v int)");
            s.execute("CREATE INDEX lp_b_a ON lp_b (a_id)");
            s.execute("INSERT INTO lp_a SELECT i, i % 5 FROM generate_series(1, 200) i");
            s.execute("INSERT INTO lp_b SELECT i, i % 200 + 1, i FROM generate_series(1, 2000) i");
            String q = "SELECT a.id, s.top FROM lp_a a, LATERAL (SELECT max(v) AS top FROM lp_b b WHERE b.a_id = a.id) s"
                    + " WHERE a.id = 7";
            String plan = JdbcRows.explain(c, q);
            assertThat(plan).startsWith("Nested Loop\n");
            assertThat(plan).contains("Index Only Scan using lp_a_pkey on lp_a"); // only a.id is read of lp_a
            assertThat(plan).contains("Index Scan using lp_b_a on lp_b");
            assertThat(JdbcRows.rows(c, q)).containsExactly("7|1806");
            assertThat(JdbcRows.rows(c, "SELECT count(*), sum(g) FROM lp_a a, generate_series(1, a.n) g")).containsExactly("400|800");
        }
    }
}
