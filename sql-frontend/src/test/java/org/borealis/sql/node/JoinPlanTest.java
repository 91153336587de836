package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which joins the planner answers by probing an index per outer row (Nested Loop over an Index
 * Scan) and which by a hash join, and that both give the same rows: each query is also run with
 * the rows computed by a plan that cannot probe (the join column wrapped in an expression).
 */
class JoinPlanTest extends OneSession {

    @BeforeAll
    static void start() throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE cust (id int PRIMARY KEY, name text)");
            s.execute("CREATE TABLE ord (id int PRIMARY KEY, cust int, total int)");
            s.execute("CREATE INDEX ord_cust ON ord (cust)");
            s.execute("CREATE TABLE line (ord int, n int, qty int, PRIMARY KEY (ord, n))");
            s.execute("INSERT INTO cust SELECT i, 'c' || i FROM generate_series(1, 300) i");
            s.execute("INSERT INTO ord SELECT i, i % 300 + 1, i * 3 % 101 FROM generate_series(1, 3000) i");
            s.execute("INSERT INTO line SELECT i / 4 + 1, i % 4, i % 7 FROM generate_series(0, 11999) i");
        }
    }

    @Test
    void aPointLookupJoinsByProbingTheOtherTablesIndex() throws Exception {
        String q = "SELECT c.name, o.id, o.total FROM ord o JOIN cust c ON c.id = o.cust WHERE c.id = 7 ORDER BY o.id";
        String p = plan(q);
        assertThat(p).contains("Nested Loop").contains("Index Scan using ord_cust on ord").doesNotContain("Hash Join");
        List<String> got = rows(q);
        assertThat(got).hasSize(10).first().isEqualTo("c7|6|18");
        assertThat(got).isEqualTo(rows("SELECT c.name, o.id, o.total FROM ord o JOIN cust c ON c.id + 0 = o.cust + 0"
                + " WHERE c.id = 7 ORDER BY o.id"));
    }

    @Test
    void aChainOfJoinsFromOneRowProbesEachTable() throws Exception {
        String q = "SELECT o.id, l.n, l.qty FROM cust c, ord o, line l WHERE l.ord = o.id AND o.cust = c.id"
                + " AND c.id = 11 ORDER BY o.id, l.n";
        String p = plan(q);
        assertThat(p).doesNotContain("Hash Join").contains("Index Scan using line_pkey on line");
        assertThat(rows(q)).hasSize(40).isEqualTo(rows("SELECT o.id, l.n, l.qty FROM cust c, ord o, line l"
                + " WHERE l.ord + 0 = o.id + 0 AND o.cust + 0 = c.id + 0 AND c.id = 11 ORDER BY o.id, l.n"));
    }

    @Test
    void joiningEverythingStaysAHashJoin() throws Exception {
        String q = "SELECT count(*), sum(o.total) FROM ord o JOIN cust c ON c.id = o.cust";
        assertThat(plan(q)).contains("Hash Join").doesNotContain("Nested Loop");
        assertThat(rows(q)).containsExactly(rows("SELECT count(*), sum(total) FROM ord WHERE cust IS NOT NULL").get(0));
    }

    @Test
    void aResidualConditionAndNullsOnTheJoinColumn() throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO ord VALUES (5001, NULL, 1), (5002, NULL, 2)");
        }
        String q = "SELECT o.id FROM cust c JOIN ord o ON o.cust = c.id AND o.total > c.id WHERE c.id BETWEEN 3 AND 4"
                + " ORDER BY o.id";
        assertThat(plan(q)).as(String.join("\n", rows("SELECT relname, reltuples FROM pg_class WHERE relname IN ('cust', 'ord')")))
                .contains("Nested Loop");
        assertThat(rows(q)).isEqualTo(rows("SELECT o.id FROM cust c JOIN ord o ON o.cust + 0 = c.id + 0"
                + " AND o.total > c.id WHERE c.id BETWEEN 3 AND 4 ORDER BY o.id"));
    }

    @Test
    void aCorrelatedSubqueryAroundAProbedJoinSeesItsOwnOuterRow() throws Exception {
        String q = "SELECT c.id, (SELECT count(*) FROM ord o JOIN line l ON l.ord = o.id WHERE o.id = c.id AND l.qty > 2)"
                + " FROM cust c WHERE c.id <= 20 ORDER BY c.id";
        assertThat(rows(q)).isEqualTo(rows("SELECT c.id, (SELECT count(*) FROM ord o JOIN line l ON l.ord + 0 = o.id + 0"
                + " WHERE o.id = c.id AND l.qty > 2) FROM cust c WHERE c.id <= 20 ORDER BY c.id"));
    }
}
