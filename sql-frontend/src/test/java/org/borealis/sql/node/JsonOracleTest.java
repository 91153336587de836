package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Random;

import org.borealis.sql.testutil.JdbcRows;
import org.borealis.sql.testutil.JsonDocs;
import org.borealis.sql.testutil.Seeds;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random JSON documents through jsonb and json on Borealis and on the PostgreSQL 15 on the machine
 * (skipped where it is not installed): the printed jsonb, the operators and functions, and the
 * jsonb sort order must all be the same. Seeded; a failure prints the seed, -Dtest.seed=N replays.
 */
class JsonOracleTest {

    @TempDir
    Path dir;

    private static String values(Random r, int rows) {
        StringBuilder v = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            v.append(i == 0 ? "" : ",\n").append('(').append(i).append(", '").append(JsonDocs.random(r, 3))
                    .append("', '").append(JsonDocs.random(r, 2)).append("')");
        }
        return " FROM (VALUES " + v + ") v(i, d, e)";
    }

    private static List<String> run(Connection c, String sql) throws Exception {
        return JdbcRows.rows(c, sql);
    }

    @Test
    void randomDocumentsMatchPostgres() throws Exception {
        Assumptions.assumeTrue(PostgresOracle.available(), "PostgreSQL 15 server binaries are not installed");
        long seed = Seeds.seed("JsonOracleTest");
        Random r = new Random(seed);
        String from = values(r, 400);
        List<String> queries = List.of(
                "SELECT i, d::jsonb, d::json, e::jsonb, jsonb_typeof(d::jsonb), d::jsonb = e::jsonb, d::jsonb < e::jsonb,"
                        + " d::jsonb @> e::jsonb, e::jsonb <@ d::jsonb, d::jsonb -> 'a', d::jsonb ->> 'aa', d::json -> 'a',"
                        + " d::json ->> 'b', d::jsonb -> 0, d::json -> -1, d::jsonb #> '{a,0}', d::json #>> '{b,a}', d::jsonb ? 'a',"
                        + " d::jsonb ?| '{b,aa}', d::jsonb ?& '{a,b}', CASE WHEN jsonb_typeof(d::jsonb) IN ('object', 'array')"
                        + " AND jsonb_typeof(e::jsonb) IN ('object', 'array') THEN d::jsonb || e::jsonb END,"
                        + " CASE WHEN jsonb_typeof(d::jsonb) IN ('object', 'array') THEN d::jsonb - 'a' END,"
                        + " to_jsonb(d), jsonb_build_array(d::jsonb, e::json), d::jsonb::json::jsonb::text" + from + " ORDER BY i",
                "SELECT i, d::jsonb" + from + " ORDER BY d::jsonb, i",
                // which of equal values (0 and 0.0000) DISTINCT keeps is unspecified in both: compare
                // how many distinct values there are, and each one's smallest row number
                "SELECT count(*) FROM (SELECT DISTINCT d::jsonb" + from + ") x",
                "SELECT min(i) FROM (SELECT i, d::jsonb AS j" + from
                        + ") y GROUP BY j ORDER BY 1");
        try (PostgresOracle pg = PostgresOracle.start(); ComputeFixture b = new ComputeFixture(dir.resolve("node"))) {
            for (String sql : queries) {
                List<String> want;
                try (Connection c = SqlScriptTest.connect(pg.port)) {
                    want = run(c, sql);
                }
                try (Connection c = SqlScriptTest.connect(b.compute.port())) {
                    List<String> got = run(c, sql);
                    for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
                        assertThat(got.get(i)).as("seed %d, row %d of %s", seed, i, sql.substring(0, 40)).isEqualTo(want.get(i));
                    }
                    assertThat(got).hasSameSizeAs(want);
                }
            }
        }
    }
}
