package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.borealis.sql.testutil.JdbcRows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Index-only scans as join inputs: each side of a join, the inner side of an index nested loop
 * (probed on the join key) and joins inside WITH queries and subqueries read a covering index
 * alone; a relation whose other columns the query reads (select list, a {@code *}, a whole-row
 * reference, an outer reference from a subquery) reads the heap. Results equal those of the same
 * queries made to read the tables; {@code sql/index_only_joins.sql} checks rows against PostgreSQL.
 */
class IndexOnlyJoinTest extends OneSession {

    @BeforeAll
    static void start() throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ja (id int PRIMARY KEY, k int, v text, pad text)");
            s.execute("CREATE INDEX ja_k_v ON ja (k, v)");
            s.execute("CREATE TABLE jb (id int PRIMARY KEY, a_id int, w int, pad text)");
            s.execute("CREATE INDEX jb_a_w ON jb (a_id, w)");
            s.execute("INSERT INTO ja SELECT i, i % 20, 'v' || i, repeat('p', 50) FROM generate_series(1, 2000) i");
            s.execute("INSERT INTO jb SELECT i, i % 1000 + 1, i * 3, repeat('q', 50) FROM generate_series(1, 3000) i");
            s.execute("ANALYZE ja");
            s.execute("ANALYZE jb");
        }
    }

    private static long heapFetches(String plan, int nth) {
        Matcher m = Pattern.compile("Heap Fetches: (\\d+)").matcher(plan);
        for (int i = 0; i <= nth; i++) {
            assertThat(m.find()).as(plan).isTrue();
        }
        return Long.parseLong(m.group(1));
    }

    @Test
    void bothSidesOfAJoinAreIndexOnly() throws Exception {
        String q = "SELECT a.id, b.id FROM ja a JOIN jb b ON b.id = a.id WHERE a.id < 40 AND b.id < 60";
        assertThat(plan(q)).contains("Index Only Scan using ja_pkey on ja a")
                .contains("Index Only Scan using jb_pkey on jb b").doesNotContain("Index Scan using");
        assertThat(rows(q)).hasSize(39);
    }

    @Test
    void theInnerSideOfAnIndexNestedLoopIsIndexOnly() throws Exception {
        String q = "SELECT a.id, b.w FROM ja a JOIN jb b ON b.a_id = a.id WHERE a.id < 5";
        assertThat(plan(q)).containsSubsequence("Nested Loop", "Index Only Scan using ja_pkey on ja a",
                "Index Only Scan using jb_a_w on jb b", "Index Cond: (a_id = a.id)");
        assertThat(plan("SELECT a.id, b.pad FROM ja a JOIN jb b ON b.a_id = a.id WHERE a.id < 5"))
                .contains("Index Scan using jb_a_w on jb b");
    }

    @Test
    void relationsReadBeyondTheIndexReadTheHeap() throws Exception {
        assertThat(plan("SELECT * FROM ja a JOIN jb b ON b.id = a.id WHERE a.id < 3")).doesNotContain("Only");
        assertThat(plan("SELECT a.id, b.id FROM ja a JOIN jb b ON b.id = a.id WHERE a.id < 3 AND b.id < 3 AND b.w > 0"))
                .contains("Index Only Scan using ja_pkey on ja a").contains("Index Scan using jb_pkey on jb b");
        assertThat(plan("SELECT a.id FROM ja a JOIN jb b ON b.id = a.id WHERE a.id < 3 AND w > 0"))
                .as("an unqualified name counts for every relation").contains("Index Only Scan using ja_pkey on ja a")
                .contains("Index Scan using jb_pkey on jb b");
        assertThat(plan("SELECT a.id FROM ja a JOIN jb b ON b.id = a.id WHERE a.id < 3 "
                + "AND EXISTS (SELECT 1 FROM jb c WHERE c.id = a.k)")).contains("Index Scan using ja_pkey on ja a");
        assertThat(plan("SELECT a.id, b.id FROM ja a JOIN jb b ON b.id = a.id WHERE a.id < 3 ORDER BY a.pad"))
                .contains("Index Scan using ja_pkey on ja a").contains("Index Only Scan using jb_pkey on jb b");
    }

    @Test
    void joinsInsideWithQueriesAndSubqueries() throws Exception {
        String q = "WITH x AS (SELECT a.k, b.w FROM ja a JOIN jb b ON b.a_id = a.id WHERE a.id < 10) "
                + "SELECT k, sum(w) FROM x GROUP BY k ORDER BY k";
        assertThat(plan(q)).contains("Index Only Scan using jb_a_w on jb b");
        assertThat(rows(q)).isEqualTo(rows(q.replace("a.id < 10", "a.id + 0 < 10")));
        String s = "SELECT count(*) FROM (SELECT a.id FROM ja a JOIN jb b ON b.id = a.id WHERE a.id BETWEEN 100 AND 400) t";
        assertThat(plan(s)).contains("Index Only Scan using ja_pkey on ja a");
        assertThat(rows(s)).containsExactly("301");
    }

    @Test
    void heapFetchesAndResultsFollowTheVisibilityMap() throws Exception {
        JdbcRows.exec(c, "CREATE TABLE jc (id int PRIMARY KEY, g int, pad text)");
        JdbcRows.exec(c, "INSERT INTO jc SELECT i, i % 7, repeat('z', 80) FROM generate_series(1, 500) i");
        String q = "SELECT a.id, c.id FROM ja a JOIN jc c ON c.id = a.id WHERE a.id < 30 AND c.id < 30 ORDER BY a.id";
        String heap = "SELECT a.id, c.id FROM ja a JOIN jc c ON c.id + 0 = a.id + 0 WHERE a.id + 0 < 30 AND c.id + 0 < 30 "
                + "ORDER BY a.id";
        String p = JdbcRows.explain(c, "ANALYZE " + q);
        assertThat(p).contains("Index Only Scan using jc_pkey on jc c");
        long before = heapFetches(p, 0) + heapFetches(p, 1);
        assertThat(rows(q)).isEqualTo(rows(heap)).hasSize(29);
        JdbcRows.exec(c, "VACUUM ja");
        JdbcRows.exec(c, "VACUUM jc");
        p = JdbcRows.explain(c, "ANALYZE " + q);
        assertThat(heapFetches(p, 0) + heapFetches(p, 1)).as(p).isZero().isLessThan(before);
        JdbcRows.exec(c, "DELETE FROM jc WHERE id % 5 = 0");
        JdbcRows.exec(c, "UPDATE ja SET pad = 'changed' WHERE id % 3 = 0");
        assertThat(rows(q)).isEqualTo(rows(heap)).hasSize(24);
        p = JdbcRows.explain(c, "ANALYZE " + q);
        assertThat(heapFetches(p, 0) + heapFetches(p, 1)).as(p).isPositive();
    }
}
