package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nested-loop joins that probe an expression index ({@code lower(u.email) = lower(a.x)} over an
 * index on {@code lower(email)}) or a partial index whose predicate the query implies, and the
 * joins that must not; {@code sql/index_expr_join.sql} checks the same joins' rows against
 * PostgreSQL.
 */
class IndexExprJoinPlanTest extends OneSession {

    @BeforeAll
    static void start() throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ju (id int PRIMARY KEY, email text, active boolean, n int)");
            s.execute("CREATE INDEX ju_lower ON ju (lower(email))");
            s.execute("CREATE INDEX ju_n2_live ON ju ((n * 2)) WHERE active");
            s.execute("INSERT INTO ju SELECT i, 'User' || i || '@x.org', i % 3 <> 0, i FROM generate_series(1, 3000) i");
            s.execute("CREATE TABLE ja (id int PRIMARY KEY, x text, m int)");
            s.execute("INSERT INTO ja VALUES (1, 'user7@x.org', 7), (2, 'USER8@X.ORG', 8)");
            s.execute("ANALYZE ju");
            s.execute("ANALYZE ja");
        }
    }

    @Test
    void anExpressionEqualityProbesTheExpressionIndex() throws Exception {
        assertThat(plan("SELECT a.id, u.id FROM ja a JOIN ju u ON lower(u.email) = lower(a.x)"))
                .contains("Nested Loop").contains("Index Scan using ju_lower on ju");
        assertThat(plan("SELECT a.id, u.id FROM ja a JOIN ju u ON lower(a.x) = lower(u.email)"))
                .contains("Nested Loop").contains("Index Scan using ju_lower on ju");
        assertThat(rows("SELECT a.id, u.id FROM ja a JOIN ju u ON lower(u.email) = lower(a.x) ORDER BY a.id"))
                .containsExactly("1|7", "2|8");
        assertThat(plan("SELECT a.id, u.id FROM ja a JOIN ju u ON u.n * 2 = a.m * 2 AND u.active"))
                .contains("Nested Loop").contains("Index Scan using ju_n2_live on ju");
    }

    @Test
    void otherJoinsDoNotProbeIt() throws Exception {
        assertThat(plan("SELECT a.id, u.id FROM ja a JOIN ju u ON upper(u.email) = upper(a.x)"))
                .doesNotContain("ju_lower");
        assertThat(plan("SELECT a.id, u.id FROM ja a JOIN ju u ON u.n * 2 = a.m * 2"))
                .as("the partial index lacks the inactive rows").doesNotContain("ju_n2_live");
    }
}
