package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.borealis.sql.testutil.JdbcRows;
import org.borealis.sql.testutil.Seeds;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * numeric operators, functions and casts on random operands drawn with NaN, Infinity and
 * -Infinity among decimals, zeros and integers, Borealis against the PostgreSQL 15 on the
 * machine (skipped where it is not installed): each expression runs as its own statement and
 * must give the same text, or the same SQLSTATE. Seeded; a failure prints the seed and
 * -Dtest.seed=N replays it.
 */
class NumericOracleTest {

    @TempDir
    Path dir;

    private static final String[] SPECIALS = {"'NaN'", "'Infinity'", "'-Infinity'", "'inf'", "'-inf'", "'nan'"};

    private static String operand(Random r) {
        return switch (r.nextInt(6)) {
            case 0, 1 -> SPECIALS[r.nextInt(SPECIALS.length)] + "::numeric";
            case 2 -> r.nextInt(5) == 0 ? "0::numeric" : (r.nextInt(7) - 3) + "::numeric";
            case 3 -> String.format(Locale.ROOT, "%d.%02d::numeric", r.nextInt(2001) - 1000, r.nextInt(100));
            case 4 -> String.format(Locale.ROOT, "'%se%d'::numeric", r.nextBoolean() ? "-1.5" : "2.25", r.nextInt(41) - 20);
            default -> r.nextBoolean() ? "'NaN'::float8" : r.nextBoolean() ? "'-Infinity'::float4" : "1.5::float8";
        };
    }

    private static boolean special(String operand) {
        return operand.matches(".*'-?[A-Za-z]+'.*");
    }

    private static List<String> expressions(Random r, int pairs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            String a = operand(r);
            String b = operand(r);
            if (a.endsWith("float8") || a.endsWith("float4")) {
                a = "(" + a + ")::numeric";
            }
            String small = Integer.toString(r.nextInt(7) - 3);
            for (String e : new String[] {a + " + " + b, a + " - " + b, a + " * " + b, a + " / " + b, a + " % " + b,
                a + " < " + b, a + " = " + b, a + " >= " + b, "-" + a,
                a + " ^ " + small, "power(" + a + ", " + small + "::numeric)", "div(" + a + ", " + b + ")",
                "mod(" + a + ", " + b + ")", "abs(" + a + ")", "sign(" + a + ")", "round(" + a + ", " + (r.nextInt(4)) + ")",
                "trunc(" + a + ")", "ceil(" + a + ")", "floor(" + a + ")", a + "::float8", special(a) ? a + "::float4" : a + "::float8 * 2", a + "::int",
                a + "::bigint", a + "::numeric(8,3)", a + "::text", "scale(" + a + ")", "to_jsonb(" + a + ")"}) {
                out.add(e);
            }
            out.add("greatest(" + a + ", " + b + ")");
            out.add("pg_typeof(least(" + a + ", " + b + "))");
            out.add("pg_typeof(coalesce(" + a + ", " + b + "))");
            if (!b.contains("float")) {
                out.add("power(" + a + ", " + b + ")");
                out.add("log(" + a + ", " + b + ")");
            }
            for (String f : new String[] {"sqrt", "exp", "ln", "log", "log10"}) {
                out.add(f + "(" + a + ")");
            }
        }
        return out;
    }

    private static String answer(Connection c, String expr) {
        try {
            List<String> rows = JdbcRows.rows(c, "SELECT " + expr);
            return rows.toString();
        } catch (SQLException e) {
            return "ERROR " + e.getSQLState();
        }
    }

    @Test
    void randomOperandsWithNaNAndInfinityMatchPostgres() throws Exception {
        Assumptions.assumeTrue(PostgresOracle.available(), "PostgreSQL 15 server binaries are not installed");
        long seed = Seeds.seed("NumericOracleTest");
        Random r = new Random(seed);
        List<String> exprs = expressions(r, 80);
        try (PostgresOracle pg = PostgresOracle.start(); ComputeFixture b = new ComputeFixture(dir.resolve("node"))) {
            List<String> want = new ArrayList<>();
            try (Connection c = SqlScriptTest.connect(pg.port)) {
                for (String e : exprs) {
                    want.add(answer(c, e));
                }
            }
            List<String> mismatches = new ArrayList<>();
            try (Connection c = SqlScriptTest.connect(b.compute.port())) {
                for (int i = 0; i < exprs.size(); i++) {
                    String got = answer(c, exprs.get(i));
                    if (!got.equals(want.get(i))) {
                        mismatches.add("SELECT " + exprs.get(i) + ": PostgreSQL " + want.get(i) + ", Borealis " + got);
                    }
                }
            }
            assertThat(mismatches).as("seed %d", seed).isEmpty();
        }
    }
}
