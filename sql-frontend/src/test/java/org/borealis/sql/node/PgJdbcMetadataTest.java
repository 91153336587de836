package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pgjdbc's {@link DatabaseMetaData} against Borealis and against a private PostgreSQL 15 on the same
 * schema ({@code psql/catalog-schema.sql}): every call's result set (column labels, column types and
 * every value as text) must be the same, in simple and in extended query mode. pgjdbc builds these
 * answers from its own catalog queries (pg_class, pg_attribute, pg_index, pg_constraint,
 * pg_description, format_type, {@code information_schema._pg_expandarray}, ...), so this checks
 * them end to end. {@code getTypeInfo} lists every type of pg_type on PostgreSQL; Borealis lists the
 * types it has, each of which must be reported exactly as PostgreSQL reports it. {@code getUDTs}
 * is asked for the user schemas (the row types of tables and views); PostgreSQL's
 * information_schema domains have no counterpart here. {@code getFunctions} and
 * {@code getFunctionColumns} are asked for built-in functions Borealis has with every overload
 * PostgreSQL has ({@link #FUNCTIONS}); the procedure calls ask for schemas holding none on either
 * server.
 */
class PgJdbcMetadataTest {

    @TempDir
    Path dir;

    interface Call {
        ResultSet run(DatabaseMetaData md) throws SQLException;
    }

    /** Built-in functions Borealis has with every overload PostgreSQL has (their types all exist here). */
    static final List<String> FUNCTIONS = List.of("md5", "replace", "split_part", "initcap", "starts_with", "to_hex", "sqrt",
            "round", "now", "date_trunc", "jsonb_typeof", "jsonb_set", "generate_series", "version", "left", "strpos");

    static Map<String, Call> calls() {
        Map<String, Call> m = new LinkedHashMap<>();
        m.put("getTables(public, %, null)", md -> md.getTables(null, "public", "%", null));
        m.put("getTables(app, %, null)", md -> md.getTables(null, "app", "%", null));
        m.put("getTables(null, %, TABLE)", md -> md.getTables(null, null, "%", new String[] {"TABLE"}));
        m.put("getTables(null, acc%, TABLE INDEX)", md -> md.getTables(null, null, "acc%", new String[] {"TABLE", "INDEX"}));
        m.put("getTables(null, %, VIEW)", md -> md.getTables(null, "public", "%", new String[] {"VIEW"}));
        m.put("getTables(null, %, SEQUENCE)", md -> md.getTables(null, null, "%", new String[] {"SEQUENCE"}));
        m.put("getTables(null, Mixed Case)", md -> md.getTables(null, null, "Mixed Case", null));
        for (String t : List.of("accounts", "orders", "Mixed Case")) {
            m.put("getColumns(public, " + t + ")", md -> md.getColumns(null, "public", t, null));
            m.put("getPrimaryKeys(public, " + t + ")", md -> md.getPrimaryKeys(null, "public", t));
            m.put("getIndexInfo(public, " + t + ", all)", md -> md.getIndexInfo(null, "public", t, false, true));
            m.put("getIndexInfo(public, " + t + ", unique)", md -> md.getIndexInfo(null, "public", t, true, true));
            m.put("getImportedKeys(public, " + t + ")", md -> md.getImportedKeys(null, "public", t));
            m.put("getExportedKeys(public, " + t + ")", md -> md.getExportedKeys(null, "public", t));
        }
        for (String t : List.of("items", "links")) {
            m.put("getColumns(app, " + t + ")", md -> md.getColumns(null, "app", t, "%"));
            m.put("getPrimaryKeys(app, " + t + ")", md -> md.getPrimaryKeys(null, "app", t));
            m.put("getIndexInfo(app, " + t + ")", md -> md.getIndexInfo(null, "app", t, false, true));
            m.put("getImportedKeys(app, " + t + ")", md -> md.getImportedKeys(null, "app", t));
            m.put("getExportedKeys(app, " + t + ")", md -> md.getExportedKeys(null, "app", t));
        }
        m.put("getColumns(app, trimmed)", md -> md.getColumns(null, "app", "trimmed", "%")); // two columns dropped
        m.put("getColumns(null, %, id)", md -> md.getColumns(null, null, "%", "id"));
        m.put("getColumns(app, %, %)", md -> md.getColumns(null, "app", "%", "%"));
        m.put("getColumns(null, nosuch)", md -> md.getColumns(null, null, "nosuch", null));
        m.put("getPrimaryKeys(null, null, links)", md -> md.getPrimaryKeys(null, null, "links"));
        m.put("getCrossReference(accounts, orders)", md -> md.getCrossReference(null, "public", "accounts", null, "public", "orders"));
        m.put("getTablePrivileges(public, accounts)", md -> md.getTablePrivileges(null, "public", "accounts"));
        m.put("getColumnPrivileges(public, orders)", md -> md.getColumnPrivileges(null, "public", "orders", "%"));
        m.put("getBestRowIdentifier(public, accounts)",
                md -> md.getBestRowIdentifier(null, "public", "accounts", DatabaseMetaData.bestRowSession, true));
        m.put("getBestRowIdentifier(app, links)",
                md -> md.getBestRowIdentifier(null, "app", "links", DatabaseMetaData.bestRowTransaction, false));
        m.put("getVersionColumns(public, orders)", md -> md.getVersionColumns(null, "public", "orders"));
        m.put("getSuperTables()", md -> md.getSuperTables(null, "public", "orders"));
        m.put("getPseudoColumns()", md -> md.getPseudoColumns(null, "public", "orders", "%"));
        m.put("getProcedures(public)", md -> md.getProcedures(null, "public", "%"));
        m.put("getProcedureColumns(public)", md -> md.getProcedureColumns(null, "public", "%", "%"));
        m.put("getFunctionColumns(public)", md -> md.getFunctionColumns(null, "public", "%", "%"));
        for (String f : FUNCTIONS) {
            m.put("getFunctions(pg_catalog, " + f + ")", md -> md.getFunctions(null, "pg_catalog", f));
            m.put("getFunctionColumns(pg_catalog, " + f + ")", md -> md.getFunctionColumns(null, "pg_catalog", f, "%"));
        }
        m.put("getUDTs(public)", md -> md.getUDTs(null, "public", "%", null));
        m.put("getUDTs(app, STRUCT)", md -> md.getUDTs(null, "app", "%", new int[] {java.sql.Types.STRUCT}));
        m.put("getProcedures(pg_catalog)", md -> md.getProcedures(null, "pg_catalog", "%"));
        m.put("getSchemas()", DatabaseMetaData::getSchemas);
        m.put("getSchemas(null, a%)", md -> md.getSchemas(null, "a%"));
        m.put("getCatalogs()", DatabaseMetaData::getCatalogs);
        m.put("getTableTypes()", DatabaseMetaData::getTableTypes);
        return m;
    }

    static Connection connect(int port, String mode) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("preferQueryMode", mode);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", p);
    }

    /** The result set as text: one line of column labels and types, then one line per row. */
    static String dump(ResultSet rs) throws SQLException {
        try (rs) {
            ResultSetMetaData md = rs.getMetaData();
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                b.append(i > 1 ? " | " : "").append(md.getColumnLabel(i)).append(' ').append(md.getColumnTypeName(i));
            }
            b.append('\n');
            while (rs.next()) {
                b.append(row(rs)).append('\n');
            }
            return b.toString();
        }
    }

    /** The call's result set as text, or its error (a failed call must fail on both servers alike). */
    static String answer(Connection c, Call call) throws SQLException {
        try {
            return dump(call.run(c.getMetaData()));
        } catch (SQLException e) {
            return "ERROR " + e.getSQLState() + ": " + e.getMessage() + "\n";
        }
    }

    static String row(ResultSet rs) throws SQLException {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            // getIndexInfo's PAGES is the index's relpages, the engine's own page count: an empty
            // B-tree here holds a metapage and an empty root leaf, PostgreSQL's only a metapage.
            boolean pages = rs.getMetaData().getColumnLabel(i).equals("PAGES");
            b.append(i > 1 ? " | " : "").append(pages ? "<pages>" : rs.getString(i));
        }
        return b.toString();
    }

    /** getTypeInfo's rows by type name. */
    static Map<String, String> typeInfo(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ResultSet rs = c.getMetaData().getTypeInfo()) {
            while (rs.next()) {
                out.put(rs.getString("TYPE_NAME"), row(rs));
            }
        }
        return out;
    }

    @Test
    void metadataAnswersAsPostgresAnswers() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/psql")), "psql is not installed");
        Assumptions.assumeTrue(PostgresOracle.available(), "PostgreSQL 15 is not installed");
        Path schema = dir.resolve("schema.sql");
        Files.copy(PgJdbcMetadataTest.class.getResourceAsStream("/psql/catalog-schema.sql"), schema);
        Map<String, Call> calls = calls();
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> expectedTypes;
        try (PostgresOracle pg = PostgresOracle.start()) {
            // Borealis serves one database: template1 is made unconnectable so that getCatalogs
            // (pg_database rows with datallowconn) lists the same one database on PostgreSQL.
            String setup = PsqlCatalogTest.psql(pg.port, "-v", "ON_ERROR_STOP=1", "-q", "-f",
                    schema.toString(), "-c", "ALTER DATABASE template1 ALLOW_CONNECTIONS false");
            assertThat(setup).as("schema on PostgreSQL").isEmpty();
            try (Connection c = connect(pg.port, "extended")) {
                for (Map.Entry<String, Call> e : calls.entrySet()) {
                    expected.put(e.getKey(), answer(c, e.getValue()));
                }
                expectedTypes = typeInfo(c);
            }
        }
        try (ComputeFixture fx = new ComputeFixture(dir.resolve("node"))) {
            int port = fx.compute.port();
            assertThat(PsqlCatalogTest.psql(port, "-v", "ON_ERROR_STOP=1", "-q", "-f", schema.toString()))
                    .as("schema on Borealis").isEmpty();
            SoftAssertions soft = new SoftAssertions();
            for (String mode : List.of("extended", "simple")) {
                try (Connection c = connect(port, mode)) {
                    for (Map.Entry<String, Call> e : calls.entrySet()) {
                        soft.assertThat(answer(c, e.getValue())).as(mode + " " + e.getKey())
                                .isEqualTo(expected.get(e.getKey()));
                    }
                    Map<String, String> types = typeInfo(c);
                    soft.assertThat(types.keySet()).as("getTypeInfo").contains("int2", "int4", "int8", "float4", "float8", "numeric",
                            "bool", "text", "varchar", "bpchar", "bytea", "date", "timestamp", "timestamptz", "uuid", "oid", "name",
                            "regclass", "_int4", "_text", "serial", "bigserial");
                    for (Map.Entry<String, String> t : types.entrySet()) {
                        assertThat(t.getValue()).as(mode + " getTypeInfo " + t.getKey()).isEqualTo(expectedTypes.get(t.getKey()));
                    }
                }
            }
            soft.assertAll();
        }
    }
}
