package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which ORDER BYs the planner answers from an index's order (no Sort in EXPLAIN) and which it
 * must still sort; {@code sql/order-index.sql} checks the same queries' rows against PostgreSQL.
 */
class IndexOrderPlanTest extends OneSession {

    @BeforeAll
    static void start() throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ev (id int PRIMARY KEY, grp int, seq bigint, tag text)");
            s.execute("CREATE INDEX ev_grp_seq ON ev (grp, seq)");
            s.execute("CREATE INDEX ev_tag ON ev (tag)");
            s.execute("INSERT INTO ev SELECT i, i % 4, i * 7 % 23, 't' || i FROM generate_series(1, 200) i");
        }
    }

    @Test
    void indexOrderReplacesTheSort() throws Exception {
        // the primary key covers these queries: index-only, as PostgreSQL plans them
        assertThat(plan("SELECT id FROM ev ORDER BY id LIMIT 5"))
                .doesNotContain("Sort").contains("Index Only Scan using ev_pkey");
        assertThat(plan("SELECT id FROM ev ORDER BY id DESC LIMIT 5"))
                .doesNotContain("Sort").contains("Index Only Scan Backward using ev_pkey");
        assertThat(plan("SELECT id FROM ev WHERE id >= 17 ORDER BY id LIMIT 6"))
                .doesNotContain("Sort").contains("Index Only Scan using ev_pkey");
        assertThat(plan("SELECT id FROM ev WHERE id < 50 ORDER BY id DESC"))
                .doesNotContain("Sort").contains("Index Only Scan Backward using ev_pkey");
        assertThat(plan("SELECT id, tag FROM ev ORDER BY id LIMIT 5"))
                .doesNotContain("Sort").contains("Index Scan using ev_pkey");
        assertThat(plan("SELECT id FROM ev WHERE grp = 2 ORDER BY seq DESC LIMIT 3"))
                .doesNotContain("Sort").contains("Index Scan Backward using ev_grp_seq");
        assertThat(plan("SELECT id FROM ev ORDER BY grp, seq LIMIT 3"))
                .doesNotContain("Sort").contains("Index Scan using ev_grp_seq");
        assertThat(plan("SELECT id FROM ev WHERE tag = 't3' ORDER BY id DESC LIMIT 3"))
                .as("an index chosen for the WHERE whose order does not fit keeps the sort")
                .contains("Sort").contains("ev_tag");
    }

    @Test
    void ordersAnIndexCannotGiveStillSort() throws Exception {
        assertThat(plan("SELECT id FROM ev ORDER BY grp, seq DESC LIMIT 3")).contains("Sort");
        assertThat(plan("SELECT id FROM ev ORDER BY grp NULLS FIRST LIMIT 3")).contains("Sort");
        assertThat(plan("SELECT id FROM ev ORDER BY seq LIMIT 3")).contains("Sort");
        assertThat(plan("SELECT id FROM ev ORDER BY id")).as("no LIMIT: scan and sort").contains("Sort");
        assertThat(plan("SELECT tag FROM ev ORDER BY tag LIMIT 3")).as("text keeps its sort").contains("Sort");
        assertThat(plan("SELECT grp, count(*) FROM ev GROUP BY grp ORDER BY grp")).contains("Sort");
        assertThat(plan("SELECT seq AS id FROM ev ORDER BY id LIMIT 3"))
                .as("ORDER BY names the output column, not the table's id").contains("Sort");
    }
}
