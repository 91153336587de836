package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.borealis.sql.testutil.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ORDER BY an indexed expression: which orders walk an expression index (no Sort in EXPLAIN) and
 * which still sort, and a seeded comparison of the rows the index walk gives with those a sort of
 * the same data in a table without indexes gives, over random data with NULLs, duplicates and
 * mixed case, forwards and backwards, with equality-pinned leading keys, ranges on the
 * expression and a partial index. {@code -Dtest.seed=N} replays; {@code sql/index_expr_order.sql}
 * checks plans and rows against PostgreSQL.
 */
class IndexExprOrderPlanTest extends OneSession {

    private static final String[] WORDS = {"a", "A", "ab", "aB", "AB", "b", "B", "ba", "", "é", "É", "z", "Zz", "~"};

    /** Of the data and the queries. */
    private static long seed;

    @BeforeAll
    static void start() throws Exception {
        try (Statement s = c.createStatement()) {
            for (String t : new String[] {"xo", "xo_plain"}) {
                s.execute("CREATE TABLE " + t + " (id int PRIMARY KEY, name text, grp int, n int)");
            }
            s.execute("CREATE INDEX xo_lower_id ON xo (lower(name), id)");
            s.execute("CREATE INDEX xo_grp_lower_id ON xo (grp, lower(name), id)");
            s.execute("CREATE INDEX xo_calc ON xo ((n * 2 + 1))");
            s.execute("CREATE INDEX xo_upper_hi ON xo (upper(name), id) WHERE grp > 2");
        }
        seed = Seeds.seed("IndexExprOrderPlanTest");
        Random rnd = new Random(seed);
        List<Object[]> data = new ArrayList<>();
        for (int i = 1; i <= 400; i++) {
            String name = rnd.nextInt(8) == 0 ? null
                    : WORDS[rnd.nextInt(WORDS.length)] + (rnd.nextBoolean() ? "" : WORDS[rnd.nextInt(WORDS.length)]);
            Integer grp = rnd.nextInt(10) == 0 ? null : rnd.nextInt(5);
            Integer n = rnd.nextInt(6) == 0 ? null : rnd.nextInt(41) - 20;
            data.add(new Object[] {i, name, grp, n});
        }
        for (String t : new String[] {"xo", "xo_plain"}) { // the same rows in both tables
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + t + " VALUES (?, ?, ?, ?)")) {
                for (Object[] row : data) {
                    p.setInt(1, (Integer) row[0]);
                    p.setString(2, (String) row[1]);
                    p.setObject(3, row[2], Types.INTEGER);
                    p.setObject(4, row[3], Types.INTEGER);
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
    }

    @Test
    void anIndexedExpressionsOrderReplacesTheSort() throws Exception {
        assertThat(plan("SELECT id, name FROM xo ORDER BY lower(name) LIMIT 5"))
                .doesNotContain("Sort").contains("Index Scan using xo_lower_id");
        assertThat(plan("SELECT id FROM xo ORDER BY lower(name) DESC, id DESC LIMIT 5"))
                .doesNotContain("Sort").contains("Index Scan Backward using xo_lower_id");
        assertThat(plan("SELECT id FROM xo WHERE grp = 2 ORDER BY lower(name), id LIMIT 5"))
                .doesNotContain("Sort").contains("Index Scan using xo_grp_lower_id");
        assertThat(plan("SELECT n * 2 + 1 FROM xo ORDER BY 1 DESC LIMIT 5"))
                .doesNotContain("Sort").contains("Index Scan Backward using xo_calc");
        assertThat(plan("SELECT id FROM xo WHERE grp > 2 ORDER BY upper(name), id LIMIT 5"))
                .doesNotContain("Sort").contains("Index Scan using xo_upper_hi");
        assertThat(plan("SELECT id FROM xo WHERE lower(name) > 'b' ORDER BY lower(name) LIMIT 5"))
                .as("the index the WHERE chose gives the order").doesNotContain("Sort").contains("xo_lower_id");
    }

    @Test
    void ordersTheIndexCannotGiveStillSort() throws Exception {
        assertThat(plan("SELECT id FROM xo ORDER BY lower(name) NULLS FIRST LIMIT 5")).contains("Sort");
        assertThat(plan("SELECT id FROM xo ORDER BY lower(name), id DESC LIMIT 5")).contains("Sort");
        assertThat(plan("SELECT id FROM xo ORDER BY upper(name) LIMIT 5")).as("the partial index lacks rows")
                .contains("Sort");
        assertThat(plan("SELECT id FROM xo WHERE grp > 1 ORDER BY upper(name), id LIMIT 5"))
                .as("grp > 1 does not imply grp > 2").contains("Sort");
        assertThat(plan("SELECT id FROM xo ORDER BY lower(name) || '' LIMIT 5")).contains("Sort");
        assertThat(plan("SELECT id FROM xo ORDER BY n * 2 LIMIT 5")).contains("Sort");
        assertThat(plan("SELECT id FROM xo ORDER BY lower(name)")).as("no LIMIT: scan and sort").contains("Sort");
        assertThat(plan("SELECT lower(name), count(*) FROM xo GROUP BY 1 ORDER BY 1 LIMIT 3")).contains("Sort");
        assertThat(plan("SELECT name FROM xo ORDER BY name LIMIT 3")).as("a text column keeps its sort").contains("Sort");
    }

    @Test
    void indexOrderGivesTheRowsASortGives() throws Exception {
        Random rnd = new Random(seed + 1); // the data took the seed's first values
        for (int i = 0; i < 150; i++) {
            boolean desc = rnd.nextBoolean();
            String dir = desc ? " DESC" : "";
            String where = "";
            String select = "id, name";
            String order;
            String index;
            switch (rnd.nextInt(5)) {
                case 0 -> {
                    order = "lower(name)" + dir + ", id" + dir;
                    index = "xo_lower_id";
                }
                case 1 -> {
                    where = " WHERE grp = " + rnd.nextInt(5);
                    order = "lower(name)" + dir + ", id" + dir;
                    index = "xo_grp_lower_id";
                }
                case 2 -> {
                    String bound = WORDS[rnd.nextInt(WORDS.length)].toLowerCase(java.util.Locale.ROOT);
                    where = " WHERE lower(name) " + (rnd.nextBoolean() ? ">= '" : "< '") + bound.replace("'", "''") + "'";
                    order = "lower(name)" + dir + ", id" + dir;
                    index = "xo_lower_id";
                }
                case 3 -> {
                    select = "n * 2 + 1";
                    order = "n * 2 + 1" + dir;
                    index = "xo_calc";
                }
                default -> {
                    where = " WHERE grp > 2";
                    order = "upper(name)" + dir + ", id" + dir;
                    index = "xo_upper_hi";
                }
            }
            String tail = " ORDER BY " + order + " LIMIT " + (1 + rnd.nextInt(60))
                    + (rnd.nextBoolean() ? " OFFSET " + rnd.nextInt(300) : "");
            String q = "SELECT " + select + " FROM xo" + where + tail;
            assertThat(rows(q)).as("seed %d: %s", seed, q)
                    .isEqualTo(rows("SELECT " + select + " FROM xo_plain" + where + tail));
            assertThat(plan(q)).as("seed %d: %s", seed, q).doesNotContain("Sort").contains(index);
        }
    }
}
