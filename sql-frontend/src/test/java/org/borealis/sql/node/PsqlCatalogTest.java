package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * psql's {@code \d} family against Borealis and against a private PostgreSQL 15, on the same schema
 * ({@code psql/catalog-schema.sql}): each command's output must be byte for byte the same. psql
 * sends its catalog queries (pg_class, pg_attribute, pg_index, pg_constraint, regclass casts,
 * format_type, pg_get_indexdef, ...), so this checks them end to end. {@code \l} is asked for the
 * one database Borealis serves ({@code \l postgres}), as PostgreSQL also lists its templates.
 */
class PsqlCatalogTest {

    static final List<String> COMMANDS = List.of("\\d", "\\dt", "\\dt app.*", "\\di", "\\dn", "\\du", "\\dv", "\\ds",
            "\\l postgres", "\\d accounts", "\\d orders", "\\d \"Mixed Case\"", "\\d app.items", "\\d app.links", "\\d tickets",
            "\\d app.\"Tick Log\"", "\\d accounts_pkey", "\\d accounts_name_idx", "\\d app.items_pkey", "\\d nosuch", "\\dt acc*",
            "\\di orders*", "\\d+ accounts", "\\d+ app.links", "\\d+ orders_account_idx", "\\du+", "\\dg", "\\dtS pg_class", "\\dT",
            "\\d big_accounts", "\\d app.item_names", "\\dv app.*", "\\d app.trimmed", "\\d+ app.trimmed", "\\d app.precise",
            "\\dn+", "\\dn+ app");

    @TempDir
    Path dir;

    static String psql(int port, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("psql", "-X", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres",
                "-d", "postgres"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    @Test
    void describeCommandsPrintWhatPostgresPrints() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/psql")), "psql is not installed");
        Assumptions.assumeTrue(PostgresOracle.available(), "PostgreSQL 15 is not installed");
        Path schema = dir.resolve("schema.sql");
        Files.copy(PsqlCatalogTest.class.getResourceAsStream("/psql/catalog-schema.sql"), schema);
        List<String> expected = new ArrayList<>();
        try (PostgresOracle pg = PostgresOracle.start()) {
            String setup = psql(pg.port, "-v", "ON_ERROR_STOP=1", "-q", "-f", schema.toString());
            assertThat(setup).as("schema on PostgreSQL").isEmpty();
            for (String c : COMMANDS) {
                expected.add(psql(pg.port, "-c", c));
            }
        }
        try (ComputeFixture fx = new ComputeFixture(dir.resolve("node"))) {
            int port = fx.compute.port();
            assertThat(psql(port, "-v", "ON_ERROR_STOP=1", "-q", "-f", schema.toString())).as("schema on Borealis").isEmpty();
            SoftAssertions soft = new SoftAssertions();
            for (int i = 0; i < COMMANDS.size(); i++) {
                soft.assertThat(psql(port, "-c", COMMANDS.get(i))).as(COMMANDS.get(i)).isEqualTo(expected.get(i));
            }
            soft.assertAll();
        }
    }
}
