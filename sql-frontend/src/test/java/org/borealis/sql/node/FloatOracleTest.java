package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.borealis.sql.testutil.JdbcRows;
import org.borealis.sql.testutil.Seeds;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * float4 and float8 input and output on random values, Borealis against the PostgreSQL 15 on the
 * machine (skipped where it is not installed): random bit patterns (subnormals included), integers
 * scaled by powers of ten, and decimal texts of 1 to 20 digits, read as float4 and float8, cast
 * between the two and from numeric, and printed with extra_float_digits 3 (shortest, as pgjdbc
 * asks), 0 and -4 (%g). Every row must be the same text. Seeded; a failure prints the seed and
 * -Dtest.seed=N replays it.
 */
class FloatOracleTest {

    @TempDir
    Path dir;

    private static String value(Random r) {
        switch (r.nextInt(5)) {
            case 0: {
                float f;
                do {
                    f = Float.intBitsToFloat(r.nextInt());
                } while (Float.isNaN(f) || Float.isInfinite(f));
                return new BigDecimal(f).toString();
            }
            case 1: {
                double d;
                do {
                    d = Double.longBitsToDouble(r.nextLong());
                } while (Double.isNaN(d) || Double.isInfinite(d));
                return new BigDecimal(d).toString();
            }
            case 2:
                return (r.nextBoolean() ? "-" : "") + r.nextLong(1L << (1 + r.nextInt(62))) + "e" + (r.nextInt(41) - 20);
            default: {
                StringBuilder sb = new StringBuilder(r.nextBoolean() ? "-" : "");
                int digits = 1 + r.nextInt(20);
                for (int i = 0; i < digits; i++) {
                    sb.append((char) ('0' + r.nextInt(10)));
                    if (i == 0 && digits > 1) {
                        sb.append('.');
                    }
                }
                return sb.append('e').append(r.nextInt(80) - 40).toString();
            }
        }
    }

    /** Whether {@code v} is inside float4's range (else float4 input is 22003, as the oracle agrees). */
    private static boolean float4Range(String v) {
        double d = Double.parseDouble(v);
        float f = Float.parseFloat(v);
        return !Float.isInfinite(f) && (f != 0 || d == 0);
    }

    /** One statement over {@code values}: every cast and output of each, in the values' order. */
    private static String query(List<String> values) {
        StringBuilder sb = new StringBuilder("SELECT s, s::float8, s::numeric::float8, -s::float8, s::float8 / 3, "
                + "CASE WHEN f4 THEN s::float4 END, CASE WHEN f4 THEN s::float8::float4 END, "
                + "CASE WHEN f4 THEN s::numeric::float4 END, CASE WHEN f4 THEN s::float4::float8 END, "
                + "CASE WHEN f4 THEN -s::float4 END FROM (VALUES ");
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            sb.append(i == 0 ? "" : ", ").append("(").append(i).append(", '").append(v).append("', ")
                    .append(float4Range(v)).append(")");
        }
        return sb.append(") v(i, s, f4) ORDER BY i").toString();
    }

    private static List<String> answer(Connection c, String efd, String q) {
        try (Statement s = c.createStatement()) {
            s.execute("SET extra_float_digits = " + efd);
            return JdbcRows.rows(c, q);
        } catch (SQLException e) {
            return List.of("ERROR " + e.getSQLState() + " " + e.getMessage());
        }
    }

    @Test
    void randomFloatsReadAndPrintAsPostgresDoes() throws Exception {
        Assumptions.assumeTrue(PostgresOracle.available(), "PostgreSQL 15 server binaries are not installed");
        long seed = Seeds.seed("FloatOracleTest");
        Random r = new Random(seed);
        List<String> queries = new ArrayList<>();
        for (int batch = 0; batch < 8; batch++) {
            List<String> values = new ArrayList<>();
            while (values.size() < 250) {
                values.add(value(r));
            }
            queries.add(query(values));
        }
        queries.add(query(List.of("15000000512", "-1.5e10", "1e-45", "4.9e-324", "5e-324", "1.7976931348623157e308",
                "3.4028235e38", "1.17549435e-38", "9007199254740993", "0.1", "1e23", "100", "-0", "0.000123", "123456.7")));
        try (PostgresOracle pg = PostgresOracle.start(); ComputeFixture b = new ComputeFixture(dir.resolve("node"));
             Connection pc = SqlScriptTest.connect(pg.port); Connection bc = SqlScriptTest.connect(b.compute.port())) {
            List<String> mismatches = new ArrayList<>();
            for (String efd : new String[] {"3", "0", "-4"}) {
                for (String q : queries) {
                    List<String> want = answer(pc, efd, q);
                    List<String> got = answer(bc, efd, q);
                    assertThat(got).as("seed %d: row count", seed).hasSameSizeAs(want);
                    for (int i = 0; i < want.size(); i++) {
                        if (!want.get(i).equals(got.get(i))) {
                            mismatches.add("extra_float_digits " + efd + ": PostgreSQL " + want.get(i) + ", Borealis " + got.get(i));
                        }
                    }
                }
            }
            assertThat(mismatches).as("seed %d", seed).isEmpty();
        }
    }
}
