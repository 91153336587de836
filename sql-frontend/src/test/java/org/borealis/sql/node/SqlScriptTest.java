package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays every {@code sql/*.sql} script ({@link SqlScript}) against Borealis and against a
 * private PostgreSQL 15 (when its server binaries are installed, as in CI): both must give exactly
 * the results written in the script, so an expected result cannot drift from PostgreSQL's. With
 * {@code -Dsqlscript.rewrite=true} the scripts under {@code src/test/resources/sql} are rewritten
 * with PostgreSQL's results instead (for writing new scripts; review the diff).
 */
class SqlScriptTest {

    @TempDir
    static Path dir;

    private static ComputeFixture borealis;
    private static PostgresOracle postgres;

    @BeforeAll
    static void start() throws Exception {
        borealis = new ComputeFixture(dir.resolve("node"));
        if (PostgresOracle.available()) {
            postgres = PostgresOracle.start();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
        if (borealis != null) {
            borealis.close();
        }
    }

    static List<SqlScript> scripts() throws IOException, URISyntaxException {
        Path root = Path.of(SqlScriptTest.class.getResource("/sql").toURI());
        List<SqlScript> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            // -Dsqlscript.only=NAME[,NAME...] runs only those scripts (NAME without .sql)
            String only = System.getProperty("sqlscript.only", "");
            List<String> names = only.isBlank() ? List.of() : List.of(only.split(","));
            for (Path p : files.filter(f -> f.toString().endsWith(".sql"))
                    .filter(f -> names.isEmpty() || names.contains(f.getFileName().toString().replace(".sql", "")))
                    .sorted().toList()) {
                out.add(SqlScript.parse(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    static Connection connect(int port) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("preferQueryMode", "simple");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", p);
    }

    @TestFactory
    Stream<DynamicTest> postgresGivesTheWrittenResults() throws Exception {
        boolean rewrite = Boolean.getBoolean("sqlscript.rewrite");
        return scripts().stream().map(s -> DynamicTest.dynamicTest(s.name, () -> {
            Assumptions.assumeTrue(postgres != null, "PostgreSQL 15 server binaries are not installed");
            String actual;
            try (Connection c = connect(postgres.port)) {
                actual = s.run(c);
            }
            if (rewrite) {
                Files.writeString(Path.of("src/test/resources/sql", s.name), actual, StandardCharsets.UTF_8);
            } else {
                assertThat(actual).as("PostgreSQL 15 vs " + s.name).isEqualTo(s.expected());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> borealisGivesTheWrittenResults() throws Exception {
        return scripts().stream().map(s -> DynamicTest.dynamicTest(s.name, () -> {
            String actual;
            try (Connection c = connect(borealis.compute.port())) {
                actual = s.run(c);
            }
            Path out = Path.of("target/sqlscript");
            Files.createDirectories(out);
            Files.writeString(out.resolve(s.name + ".expected"), s.expected(), StandardCharsets.UTF_8);
            Files.writeString(out.resolve(s.name + ".actual"), actual, StandardCharsets.UTF_8);
            assertThat(actual).as("Borealis vs " + s.name).isEqualTo(s.expected());
        }));
    }
}
