package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * psql (Debian's postgresql-client) runs {@code psql/basic.sql} against Borealis; its output must
 * equal {@code psql/basic.out}, which is PostgreSQL 15's output for the same script. Where the
 * PostgreSQL 15 server is installed, the test also re-runs the script against a private instance
 * and checks the golden file still is what PostgreSQL prints, so it cannot drift.
 */
class PsqlGoldenTest {

    @TempDir
    Path dir;

    static String psql(int port, Path script) throws Exception {
        Process p = new ProcessBuilder("psql", "-X", "-a", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres",
                "-d", "postgres", "-v", "ON_ERROR_STOP=0", "-f", script.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out.replace(script.toString(), "basic.sql");
    }

    @Test
    void psqlPrintsWhatPostgresPrints() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/psql")), "psql is not installed");
        Path script = dir.resolve("basic.sql");
        Files.copy(PsqlGoldenTest.class.getResourceAsStream("/psql/basic.sql"), script);
        String golden = new String(PsqlGoldenTest.class.getResourceAsStream("/psql/basic.out").readAllBytes());
        if (PostgresOracle.available()) {
            try (PostgresOracle pg = PostgresOracle.start()) {
                assertThat(psql(pg.port, script)).as("golden file vs PostgreSQL 15").isEqualTo(golden);
            }
        }
        try (ComputeFixture fx = new ComputeFixture(dir.resolve("node"))) {
            assertThat(psql(fx.compute.port(), script)).isEqualTo(golden);
        }
    }
}
