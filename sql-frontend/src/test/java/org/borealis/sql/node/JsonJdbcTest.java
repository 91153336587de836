package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.util.PGobject;

/**
 * json and jsonb through pgjdbc: parameters as {@link PGobject} and {@code setObject(.., Types.OTHER)},
 * results in text and (with binaryTransferEnable) binary format, errors, and a jsonb column and its
 * B-tree index surviving a compute restart.
 */
class JsonJdbcTest {

    @TempDir
    Path dir;

    private static Connection connect(ComputeFixture f, boolean binaryJson) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("prepareThreshold", "1");
        p.setProperty("binaryTransfer", "true");
        if (binaryJson) {
            p.setProperty("binaryTransferEnable", "3802,114");
        }
        return DriverManager.getConnection(f.url(), p);
    }

    private static PGobject jsonb(String text) throws SQLException {
        PGobject o = new PGobject();
        o.setType("jsonb");
        o.setValue(text);
        return o;
    }

    private static String plan(Statement s, String query) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (ResultSet rs = s.executeQuery("EXPLAIN " + query)) {
            while (rs.next()) {
                out.append(rs.getString(1).trim()).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void jsonbAndJsonThroughPgJdbcInTextAndBinary() throws Exception {
        try (ComputeFixture f = new ComputeFixture(dir.resolve("node")); Connection c = connect(f, false)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE docs (id int PRIMARY KEY, d jsonb, j json)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO docs VALUES (?, ?, ?)")) {
                for (int i = 0; i < 3; i++) {
                    ps.setInt(1, i);
                    ps.setObject(2, jsonb("{\"n\":" + i + ", \"a\": [1, 2], \"a\": \"é\"}"));
                    ps.setObject(3, "{\"n\":" + i + ",  \"a\": 1, \"a\": 2}", Types.OTHER);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT d, j, d -> 'a', d ->> 'n', j -> 'a' FROM docs WHERE d @> ? ORDER BY id")) {
                ps.setObject(1, "{\"n\": 1}", Types.OTHER);
                for (int round = 0; round < 2; round++) { // the second run is a named prepared statement
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        PGobject d = (PGobject) rs.getObject(1);
                        assertThat(d.getType()).isEqualTo("jsonb");
                        assertThat(d.getValue()).isEqualTo("{\"a\": \"é\", \"n\": 1}");
                        assertThat(rs.getString(2)).isEqualTo("{\"n\":1,  \"a\": 1, \"a\": 2}");
                        assertThat(rs.getString(3)).isEqualTo("\"é\"");
                        assertThat(rs.getInt(4)).isEqualTo(1);
                        assertThat(rs.getString(5)).isEqualTo("2");
                        assertThat(rs.next()).isFalse();
                    }
                }
            }
            assertThatThrownBy(() -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO docs (id, d) VALUES (9, ?)")) {
                    ps.setObject(1, jsonb("{\"a\": }"));
                    ps.executeUpdate();
                }
            }).isInstanceOf(SQLException.class).satisfies(e -> {
                assertThat(((SQLException) e).getSQLState()).isEqualTo("22P02");
                assertThat(e.getMessage()).contains("invalid input syntax for type json").contains("Expected JSON value, but found \"}\".");
            });
        }
    }

    @Test
    void copyInAndOutKeepsJsonAndJsonb() throws Exception {
        try (ComputeFixture f = new ComputeFixture(dir.resolve("node")); Connection c = connect(f, false)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE cp (id int, d jsonb, j json)");
            }
            CopyManager cm = ((PGConnection) c).getCopyAPI();
            String in = "1\t{\"b\": \"x\\\\ty\", \"a\": [1,2]}\t{\"b\" :  \"x\\\\ty\"}\n"
                    + "2\t{\"a\": \"l1\\\\nl2\"}\t\\N\n"
                    + "3,\"{\"\"k\"\": 1}\",\"[1,  2]\"\n";
            String[] parts = in.split("(?<=\\n)");
            assertThat(cm.copyIn("COPY cp FROM STDIN", new StringReader(parts[0] + parts[1]))).isEqualTo(2);
            assertThat(cm.copyIn("COPY cp FROM STDIN WITH (FORMAT csv)", new StringReader(parts[2]))).isEqualTo(1);
            StringWriter out = new StringWriter();
            cm.copyOut("COPY (SELECT id, d, j, d ->> 'b' FROM cp ORDER BY id) TO STDOUT", out);
            assertThat(out.toString()).isEqualTo(
                    "1\t{\"a\": [1, 2], \"b\": \"x\\\\ty\"}\t{\"b\" :  \"x\\\\ty\"}\tx\\ty\n"
                    + "2\t{\"a\": \"l1\\\\nl2\"}\t\\N\t\\N\n"
                    + "3\t{\"k\": 1}\t[1,  2]\t\\N\n");
            assertThatThrownBy(() -> cm.copyIn("COPY cp FROM STDIN", new StringReader("4\t{bad}\t\\N\n")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("invalid input syntax for type json");
        }
    }

    @Test
    void binaryResultFormatIsVersionOneThenText() throws Exception {
        try (ComputeFixture f = new ComputeFixture(dir.resolve("node")); Connection c = connect(f, true)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT ?::jsonb, ?::json")) {
                ps.setString(1, "{\"b\":1, \"a\":2}");
                ps.setString(2, "[1,  2]");
                try (ResultSet rs = ps.executeQuery()) { // pgjdbc asks for binary once it has described the statement
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("{\"a\": 2, \"b\": 1}");
                }
                for (int round = 0; round < 2; round++) {
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        byte[] b = rs.getBytes(1);
                        assertThat(b[0]).isEqualTo((byte) 1);
                        assertThat(new String(b, 1, b.length - 1, StandardCharsets.UTF_8)).isEqualTo("{\"a\": 2, \"b\": 1}");
                        assertThat(new String(rs.getBytes(2), StandardCharsets.UTF_8)).isEqualTo("[1,  2]");
                    }
                }
            }
        }
    }

    @Test
    void jsonbColumnAndIndexSurviveARestart() throws Exception {
        try (ComputeFixture f = new ComputeFixture(dir.resolve("node"))) {
            try (Connection c = connect(f, false); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (id int PRIMARY KEY, d jsonb)");
                s.execute("CREATE INDEX kept_d ON kept (d)");
                s.execute("INSERT INTO kept SELECT i, jsonb_build_object('i', i, 'tags', jsonb_build_array('t' || (i % 3), i * 1.5))"
                        + " FROM generate_series(1, 200) AS i");
            }
            f.restartCompute();
            try (Connection c = connect(f, false); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*), min(id), max(id) FROM kept WHERE d @> '{\"tags\": [\"t1\"]}'")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(67);
                }
                assertThat(plan(s, "SELECT id FROM kept WHERE d = '{\"i\": 5}'")).contains("Index Scan using kept_d");
                assertThat(plan(s, "SELECT id FROM kept ORDER BY d LIMIT 3")).doesNotContain("Sort").contains("Index Scan using kept_d");
                try (ResultSet rs = s.executeQuery("SELECT id FROM kept ORDER BY d LIMIT 3")) { // jsonb order: {"i": 1, ...} first
                    for (int want = 1; want <= 3; want++) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getInt(1)).isEqualTo(want);
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT id, d FROM kept WHERE d = '{\"tags\": [\"t2\", 7.5], \"i\": 5}'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(5);
                    assertThat(rs.getString(2)).isEqualTo("{\"i\": 5, \"tags\": [\"t2\", 7.5]}");
                    assertThat(rs.next()).isFalse();
                }
            }
        }
    }
}
