package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.borealis.sql.testutil.JdbcRows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Index-only scans: which queries the planner answers from a covering index, the heap fetches
 * EXPLAIN ANALYZE counts before and after VACUUM and after updates, and results equal to those of
 * the same queries read through the heap. {@code sql/index_only.sql} checks rows against
 * PostgreSQL.
 */
class IndexOnlyScanTest extends OneSession {

    @BeforeAll
    static void start() throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE io (id int PRIMARY KEY, k int, name text, score numeric, note text)");
            s.execute("CREATE INDEX io_k ON io (k)");
            s.execute("CREATE INDEX io_k_name ON io (k, name)");
            s.execute("CREATE INDEX io_score ON io (score)");
            s.execute("INSERT INTO io SELECT i, i % 50, 'n' || i, i / 7.0, repeat('x', 100) "
                    + "FROM generate_series(1, 3000) i");
        }
    }

    private static long heapFetches(String query) throws Exception {
        String p = JdbcRows.explain(c, "ANALYZE " + query);
        Matcher m = Pattern.compile("Heap Fetches: (\\d+)").matcher(p);
        assertThat(m.find()).as(p).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void coveringQueriesUseAnIndexOnlyScan() throws Exception {
        assertThat(plan("SELECT id FROM io WHERE id BETWEEN 10 AND 20"))
                .contains("Index Only Scan using io_pkey on io");
        assertThat(plan("SELECT count(*) FROM io WHERE k = 5")).contains("Index Only Scan using io_k");
        assertThat(plan("SELECT name FROM io WHERE k = 5 AND name > 'n2'"))
                .contains("Index Only Scan using io_k_name on io");
        assertThat(plan("SELECT id FROM io WHERE id < 100 ORDER BY id DESC LIMIT 5"))
                .contains("Index Only Scan Backward using io_pkey on io").doesNotContain("Sort");
        assertThat(plan("SELECT k, count(*) FROM io WHERE k < 3 GROUP BY k"))
                .contains("Index Only Scan using io_k");
    }

    @Test
    void dateTimeUuidAndByteaKeysAnswerFromTheIndex() throws Exception {
        JdbcRows.exec(c, "CREATE TABLE kt (id int PRIMARY KEY, d date, ts timestamptz, t time, u uuid, b bytea, "
                + "f float8, iv interval, nm numeric(8,2), ch char(6))");
        for (String col : new String[] {"d", "ts", "t", "u", "b", "f", "iv", "nm", "ch"}) {
            JdbcRows.exec(c, "CREATE INDEX kt_" + col + " ON kt (" + col + ")");
        }
        JdbcRows.exec(c, "INSERT INTO kt SELECT i, DATE '2020-01-01' + i, TIMESTAMPTZ '2020-01-01 00:00:00+00' + i * "
                + "INTERVAL '1 hour', TIME '00:00' + i * INTERVAL '1 minute', ('00000000-0000-0000-0000-' || "
                + "lpad(i::text, 12, '0'))::uuid, ('\\x' || lpad(i::text, 4, '0'))::bytea, i / 2.0, i * INTERVAL '1 day', "
                + "(i - 250) / 4.0, 'c' || i FROM generate_series(1, 500) i");
        JdbcRows.exec(c, "VACUUM kt");
        String[][] cases = {
            {"SELECT d FROM kt WHERE d < '2020-01-05' ORDER BY d", "kt_d"},
            {"SELECT ts FROM kt WHERE ts > '2020-01-21 16:30:00+00' ORDER BY ts", "kt_ts"},
            {"SELECT t FROM kt WHERE t BETWEEN '08:15' AND '08:18' ORDER BY t", "kt_t"},
            {"SELECT u FROM kt WHERE u > '00000000-0000-0000-0000-000000000497' ORDER BY u", "kt_u"},
            {"SELECT b FROM kt WHERE b < '\\x0004' ORDER BY b", "kt_b"},
            {"SELECT nm FROM kt WHERE nm BETWEEN -0.5 AND 0.25 ORDER BY nm", "kt_nm"},
            {"SELECT ch FROM kt WHERE ch < 'c101' ORDER BY ch", "kt_ch"},
        };
        for (String[] q : cases) {
            String p = JdbcRows.explain(c, "ANALYZE " + q[0]);
            assertThat(p).contains("Index Only Scan using " + q[1] + " on kt").contains("Heap Fetches: 0");
            String heap = q[0].replace(" WHERE " + q[1].substring(3), " WHERE " + q[1].substring(3) + " IS NOT NULL AND id > 0 AND "
                    + q[1].substring(3));
            assertThat(plan(heap)).as(heap).doesNotContain("Only");
            assertThat(rows(q[0])).as(q[0]).isEqualTo(rows(heap)).hasSizeBetween(3, 4);
        }
        JdbcRows.exec(c, "INSERT INTO kt (id, f) VALUES (1001, '-0'), (1002, 0), (1003, -1.5)");
        JdbcRows.exec(c, "VACUUM kt");
        String floats = "SELECT f FROM kt WHERE f < 2 ORDER BY f";
        String p = JdbcRows.explain(c, "ANALYZE " + floats);
        assertThat(p).as("float keys answer, zero's sign read from the row").contains("Index Only Scan using kt_f on kt")
                .contains("Heap Fetches: 2");
        // -0 and 0 are equal: their order between themselves is either
        assertThat(rows(floats)).containsExactlyInAnyOrderElementsOf(
                rows("SELECT f FROM kt WHERE f IS NOT NULL AND id > 0 AND f < 2 ORDER BY f"))
                .containsExactlyInAnyOrder("-1.5", "-0", "0", "0.5", "1", "1.5").startsWith("-1.5").endsWith("0.5", "1", "1.5");
        assertThat(plan("SELECT iv FROM kt WHERE iv < '3 days'")).as("1 mon and 30 days share a key")
                .doesNotContain("Only");
    }

    @Test
    void queriesReadingOtherColumnsFetchTheRow() throws Exception {
        assertThat(plan("SELECT id, note FROM io WHERE id BETWEEN 10 AND 20"))
                .contains("Index Scan using io_pkey on io").doesNotContain("Only");
        assertThat(plan("SELECT * FROM io WHERE k = 5")).doesNotContain("Only");
        assertThat(plan("SELECT id FROM io WHERE k = 5")).as("id is not in io_k").doesNotContain("Only");
        assertThat(plan("SELECT score FROM io WHERE score > 400"))
                .as("numeric keys do not keep the value's scale").doesNotContain("Only");
        assertThat(plan("SELECT id FROM io WHERE id < 10 FOR UPDATE")).doesNotContain("Only");
        assertThat(plan("SELECT id FROM io WHERE id < 10 AND EXISTS (SELECT 1 FROM io j WHERE j.id = io.id + 1)"))
                .as("a subquery may read the row").contains("Index Scan using io_pkey on io");
    }

    @Test
    void heapFetchesFollowTheVisibilityMap() throws Exception {
        JdbcRows.exec(c, "CREATE TABLE hf (id int PRIMARY KEY, v int)");
        JdbcRows.exec(c, "INSERT INTO hf SELECT i, 0 FROM generate_series(1, 2000) i");
        String q = "SELECT id FROM hf WHERE id BETWEEN 1 AND 2000";
        assertThat(plan(q)).contains("Index Only Scan using hf_pkey on hf");
        assertThat(heapFetches(q)).as("never vacuumed: every entry is fetched").isEqualTo(2000);
        List<String> before = rows(q);

        JdbcRows.exec(c, "VACUUM hf");
        assertThat(heapFetches(q)).isZero();
        assertThat(rows("SELECT relallvisible > 0, relallvisible <= relpages FROM pg_class WHERE relname = 'hf'"))
                .containsExactly("t|t");
        assertThat(rows(q)).isEqualTo(before);

        long pages = Long.parseLong(rows("SELECT relpages FROM pg_class WHERE relname = 'hf'").get(0));
        long perPage = (2000 + pages - 1) / pages;
        JdbcRows.exec(c, "UPDATE hf SET v = 1 WHERE id IN (5, 6, 1500)");
        long fetched = heapFetches(q);
        assertThat(fetched).as("the entries on the updated rows' pages (two, or four if the new versions moved)")
                .isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(4 * perPage);
        assertThat(rows(q)).isEqualTo(before);
        assertThat(rows("SELECT count(*) FROM hf WHERE id BETWEEN 1 AND 2000")).containsExactly("2000");

        JdbcRows.exec(c, "DELETE FROM hf WHERE id % 100 = 0");
        assertThat(rows("SELECT count(*) FROM hf WHERE id BETWEEN 1 AND 2000")).containsExactly("1980");
        JdbcRows.exec(c, "VACUUM hf");
        JdbcRows.exec(c, "VACUUM hf");
        assertThat(heapFetches(q)).as("two vacuums: the deleted rows' slots are gone").isZero();
        assertThat(rows("SELECT count(*) FROM hf WHERE id BETWEEN 1 AND 2000")).containsExactly("1980");
    }

    @Test
    void anAllVisibleTableMakesACoveringIndexCheaperThanTheTable() throws Exception {
        JdbcRows.exec(c, "CREATE TABLE av (id int PRIMARY KEY, k int, pad text)");
        JdbcRows.exec(c, "INSERT INTO av SELECT i, i % 50, repeat('x', 200) FROM generate_series(1, 3000) i");
        JdbcRows.exec(c, "CREATE INDEX av_k ON av (k)");
        JdbcRows.exec(c, "ANALYZE av");
        String q = "SELECT count(*) FROM av WHERE k < 40";
        assertThat(plan(q)).as("80 % of the rows, every one a heap read").contains("Seq Scan on av");
        JdbcRows.exec(c, "VACUUM av");
        assertThat(plan(q)).as("all-visible: no heap reads").contains("Index Only Scan using av_k on av");
        assertThat(heapFetches(q)).isZero();
        assertThat(rows(q)).containsExactly("2400");
        assertThat(plan("SELECT count(pad) FROM av WHERE k < 40")).contains("Seq Scan on av");
    }

    @Test
    void resultsEqualTheHeapsAnswers() throws Exception {
        JdbcRows.exec(c, "VACUUM io");
        JdbcRows.exec(c, "UPDATE io SET k = k + 1 WHERE id % 13 = 0");
        JdbcRows.exec(c, "DELETE FROM io WHERE id % 17 = 0");
        String[][] pairs = {
            {"SELECT id FROM io WHERE id BETWEEN 100 AND 900 ORDER BY id",
             "SELECT id FROM io WHERE id + 0 BETWEEN 100 AND 900 ORDER BY id"},
            {"SELECT count(*) FROM io WHERE k = 7", "SELECT count(*) FROM io WHERE k + 0 = 7"},
            {"SELECT k, name FROM io WHERE k = 3 ORDER BY name", "SELECT k, name FROM io WHERE k + 0 = 3 ORDER BY name"},
            {"SELECT k, count(*) FROM io WHERE k < 10 GROUP BY k ORDER BY k",
             "SELECT k, count(*) FROM io WHERE k + 0 < 10 GROUP BY k ORDER BY k"},
        };
        for (String[] p : pairs) {
            assertThat(plan(p[0])).contains("Index Only Scan");
            assertThat(plan(p[1])).contains("Seq Scan");
            assertThat(rows(p[0])).as(p[0]).isEqualTo(rows(p[1])).isNotEmpty();
        }
    }
}
