package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.borealis.sql.testutil.JdbcRows;
import org.borealis.sql.testutil.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The planner with ANALYZE's statistics: an indexed predicate that selects much of the table is
 * answered by a sequential scan, a rare value still by the index; join order and join method follow
 * the estimated sizes. Each query's rows are also computed by a form the planner cannot answer
 * through an index (the column wrapped in an expression), and must be equal.
 */
class AnalyzePlanTest extends OneSession {

    @BeforeAll
    static void start() throws Exception {
        JdbcRows.exec(c, "CREATE TABLE ev (id int PRIMARY KEY, status text, grp int, at date)");
        JdbcRows.exec(c, "CREATE INDEX ev_status ON ev (status)");
        JdbcRows.exec(c, "CREATE INDEX ev_grp ON ev (grp)");
        JdbcRows.exec(c, "CREATE INDEX ev_at ON ev (at)");
        JdbcRows.exec(c, "INSERT INTO ev SELECT i, CASE WHEN i % 1000 = 0 THEN 'rare' WHEN i % 10 = 1 THEN 'open'"
                + " ELSE 'done' END, i % 500, DATE '2026-01-01' + i / 100 FROM generate_series(1, 20000) i");
        JdbcRows.exec(c, "CREATE TABLE team (id int PRIMARY KEY, name text)");
        JdbcRows.exec(c, "INSERT INTO team SELECT i, 't' || i FROM generate_series(0, 499) i");
    }

    @Test
    void statisticsChooseBetweenIndexAndSequentialScan() throws Exception {
        String common = "SELECT count(*), min(id), max(id) FROM ev WHERE status = 'done'";
        String rare = "SELECT id FROM ev WHERE status = 'rare' ORDER BY id";
        String wide = "SELECT count(*) FROM ev WHERE grp < 400";
        String narrow = "SELECT id FROM ev WHERE grp < 2 ORDER BY id";
        String days = "SELECT count(*) FROM ev WHERE at >= DATE '2026-01-03' AND at < DATE '2026-01-05'";
        JdbcRows.exec(c, "ANALYZE ev");
        assertThat(plan(common)).contains("Seq Scan on ev").doesNotContain("Index Scan");
        assertThat(plan(rare)).contains("Index Scan using ev_status on ev");
        assertThat(plan(wide)).contains("Seq Scan on ev").doesNotContain("Index Scan");
        assertThat(plan(narrow)).contains("Index Scan using ev_grp on ev");
        assertThat(plan(days)).contains("Index Only Scan using ev_at on ev"); // date keys decode
        assertThat(JdbcRows.rows(c, common)).containsExactly("17980|2|19999")
                .isEqualTo(JdbcRows.rows(c, common.replace("status =", "status || '' =")));
        assertThat(JdbcRows.rows(c, rare)).hasSize(20).isEqualTo(JdbcRows.rows(c, rare.replace("status =", "status || '' =")));
        assertThat(JdbcRows.rows(c, wide)).containsExactly("16000").isEqualTo(JdbcRows.rows(c, wide.replace("grp <", "grp + 0 <")));
        assertThat(JdbcRows.rows(c, narrow)).hasSize(80).isEqualTo(JdbcRows.rows(c, narrow.replace("grp <", "grp + 0 <")));
        assertThat(JdbcRows.rows(c, days)).containsExactly("200");
    }

    @Test
    void joinOrderFollowsTheStatistics() throws Exception {
        JdbcRows.exec(c, "CREATE TABLE j_big (id int PRIMARY KEY, kind text, team int)");
        JdbcRows.exec(c, "CREATE TABLE j_small (id int PRIMARY KEY, name text)");
        JdbcRows.exec(c, "CREATE INDEX j_big_kind ON j_big (kind)");
        JdbcRows.exec(c, "INSERT INTO j_big SELECT i, CASE WHEN i % 100 = 0 THEN 'x' ELSE 'y' END, i % 300"
                + " FROM generate_series(1, 20000) i");
        JdbcRows.exec(c, "INSERT INTO j_small SELECT i, 's' || i FROM generate_series(0, 299) i");
        String q = "SELECT s.name, count(*) FROM j_small s JOIN j_big b ON b.team = s.id WHERE b.kind = 'y'"
                + " GROUP BY s.name ORDER BY s.name LIMIT 5";
        String slow = "SELECT s.name, count(*) FROM j_small s JOIN j_big b ON b.team + 0 = s.id + 0"
                + " WHERE b.kind || '' = 'y' GROUP BY s.name ORDER BY s.name LIMIT 5";
        // Without statistics kind = 'y' is guessed at 0.5 % of j_big (100 rows), fewer than j_small's 300: j_big first.
        assertThat(startingSide(plan(q))).contains("j_big");
        List<String> expected = JdbcRows.rows(c, slow);
        assertThat(JdbcRows.rows(c, q)).isEqualTo(expected);
        JdbcRows.exec(c, "ANALYZE j_big");
        JdbcRows.exec(c, "ANALYZE j_small");
        // With them it keeps 99 % (19 800 rows): the join starts from j_small and reads j_big in sequence.
        assertThat(startingSide(plan(q))).contains("j_small");
        assertThat(plan(q)).contains("Seq Scan on j_big");
        assertThat(JdbcRows.rows(c, q)).isEqualTo(expected).hasSize(5);
        // and a rare kind makes j_big the smaller side again
        String rare = q.replace("'y'", "'x'");
        assertThat(startingSide(plan(rare))).contains("j_big");
        assertThat(JdbcRows.rows(c, rare)).isEqualTo(JdbcRows.rows(c, slow.replace("'y'", "'x'")));
    }

    /**
     * The input the join starts from: the one a hash join hashes (the scan under its {@code Hash}
     * node, the smaller side), else the first table read (a nested loop's outer input).
     */
    private static String startingSide(String plan) {
        int hash = plan.indexOf("->  Hash\n");
        return firstScan(hash < 0 ? plan : plan.substring(hash));
    }

    /** The first line of a plan that reads a table: the join's first input. */
    private static String firstScan(String plan) {
        for (String line : plan.split("\n")) {
            if (line.contains(" Scan ")) {
                return line;
            }
        }
        return "";
    }

    @Test
    void randomPredicatesGiveTheSameRowsWithAndWithoutStatistics() throws Exception {
        long seed = Seeds.seed("AnalyzePlanTest");
        Random r = new Random(seed);
        List<String> queries = new ArrayList<>();
        String[] statuses = {"done", "open", "rare", "none"};
        for (int i = 0; i < 40; i++) {
            List<String> conds = new ArrayList<>();
            int n = 1 + r.nextInt(3);
            for (int k = 0; k < n; k++) {
                switch (r.nextInt(6)) {
                    case 0 -> conds.add("status = '" + statuses[r.nextInt(statuses.length)] + "'");
                    case 1 -> conds.add("grp " + (r.nextBoolean() ? "<" : ">=") + " " + r.nextInt(520));
                    case 2 -> {
                        int lo = r.nextInt(500);
                        conds.add("grp > " + lo + " AND grp <= " + (lo + r.nextInt(60)));
                    }
                    case 3 -> conds.add("at " + (r.nextBoolean() ? "<=" : ">") + " DATE '2026-01-01' + " + r.nextInt(210));
                    case 4 -> conds.add("status IN ('" + statuses[r.nextInt(4)] + "', '" + statuses[r.nextInt(4)] + "')");
                    default -> conds.add("grp = " + r.nextInt(500));
                }
            }
            queries.add("SELECT count(*), sum(id) FROM ev WHERE " + String.join(" AND ", conds));
        }
        for (String q : queries) {
            String slow = q.replace("status ", "status || '' ").replace("grp ", "grp + 0 ").replace("at ", "at + 0 ");
            JdbcRows.exec(c, "ANALYZE ev");
            assertThat(JdbcRows.rows(c, q)).as("seed %d: %s", seed, q).isEqualTo(JdbcRows.rows(c, slow));
        }
    }
}
