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
 * jsonb sort order must all be the same; random subscripted assignments ({@code SET doc[...] = ...})
 * must succeed or fail alike and leave the same documents. Seeded; a failure prints the seed,
 * -Dtest.seed=N replays.
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

    private static final String[] STEPS = {"'a'", "'b'", "'aa'", "'key'", "0", "1", "2", "-1", "-3", "5", "'1'", "'x'"};

    /** One random subscripted assignment to row {@code k}: one to three steps, a random document as the value. */
    private static String assignment(Random r, int k) {
        StringBuilder path = new StringBuilder();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            path.append('[').append(STEPS[r.nextInt(STEPS.length)]).append(']');
        }
        String value = r.nextInt(10) == 0 ? "NULL" : "'" + JsonDocs.random(r, 1).replace("'", "''") + "'";
        return "UPDATE jsa SET doc" + path + " = " + value + " WHERE i = " + k;
    }

    /** What a statement did: ok, or its SQLSTATE. */
    private static String outcome(Connection c, String sql) {
        try {
            JdbcRows.exec(c, sql);
            return "ok";
        } catch (java.sql.SQLException e) {
            return e.getSQLState();
        }
    }

    @Test
    void randomSubscriptAssignmentsMatchPostgres() throws Exception {
        Assumptions.assumeTrue(PostgresOracle.available(), "PostgreSQL 15 server binaries are not installed");
        long seed = Seeds.seed("JsonOracleTest.assign");
        Random r = new Random(seed);
        int rows = 60;
        StringBuilder v = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            String d = i % 10 == 0 ? "NULL" : "'" + JsonDocs.random(r, 3).replace("'", "''") + "'";
            v.append(i == 0 ? "" : ", ").append('(').append(i).append(", ").append(d).append(')');
        }
        List<String> statements = new java.util.ArrayList<>();
        statements.add("CREATE TABLE jsa (i int PRIMARY KEY, doc jsonb)");
        statements.add("INSERT INTO jsa VALUES " + v);
        for (int k = 0; k < 300; k++) {
            statements.add(assignment(r, r.nextInt(rows)));
        }
        String check = "SELECT i, doc FROM jsa ORDER BY i";
        try (PostgresOracle pg = PostgresOracle.start(); ComputeFixture b = new ComputeFixture(dir.resolve("node"));
             Connection want = SqlScriptTest.connect(pg.port); Connection got = SqlScriptTest.connect(b.compute.port())) {
            for (String sql : statements) {
                assertThat(outcome(got, sql)).as("seed %d: %s", seed, sql).isEqualTo(outcome(want, sql));
            }
            assertThat(run(got, check)).as("seed %d", seed).isEqualTo(run(want, check));
        }
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
