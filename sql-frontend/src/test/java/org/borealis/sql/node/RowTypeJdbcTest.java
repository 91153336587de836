package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PGobject;

/**
 * A table's whole row through pgjdbc, compared with PostgreSQL 15: the column's type (the
 * table's row type: pgjdbc's type name, {@code java.sql.Types} code and class name, which it
 * learns from {@code pg_type} by the RowDescription's OID), {@code getObject} (a {@code PGobject}
 * named as the table), {@code getString}, and the NULL whole row of an outer join's missing side;
 * in simple and extended (binary) query mode.
 */
class RowTypeJdbcTest {

    @TempDir
    Path dir;

    private static Connection connect(int port, boolean extended) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        if (extended) {
            p.setProperty("prepareThreshold", "1");
            p.setProperty("binaryTransfer", "true");
        } else {
            p.setProperty("preferQueryMode", "simple");
        }
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", p);
    }

    @Test
    void tableTypedColumnsReadAsPostgresReadsThem() throws Exception {
        Assumptions.assumeTrue(PostgresOracle.available(), "PostgreSQL 15 server binaries are not installed");
        try (PostgresOracle pg = PostgresOracle.start(); ComputeFixture b = new ComputeFixture(dir.resolve("node"))) {
            for (boolean extended : new boolean[] {false, true}) {
                try (Connection want = connect(pg.port, extended); Connection got = connect(b.compute.port(), extended)) {
                    List<String> expected = observe(want);
                    assertThat(observe(got)).as("extended=%s", extended).isEqualTo(expected);
                    assertThat(expected).contains("type=items/" + java.sql.Types.STRUCT + "/java.lang.String",
                            "object=PGobject items (1,x)", "object=null");
                }
            }
        }
    }

    /** What pgjdbc reports for whole-row columns, as lines. */
    private static List<String> observe(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS items, other");
            s.execute("CREATE TABLE items (id int PRIMARY KEY, name text)");
            s.execute("CREATE TABLE other (id int PRIMARY KEY)");
            s.execute("INSERT INTO items VALUES (1, 'x'), (2, 'a b'), (3, NULL)");
            s.execute("INSERT INTO other VALUES (1), (4)");
        }
        List<String> out = new ArrayList<>();
        String sql = "SELECT o.id, i, pg_typeof(i)::text FROM other o LEFT JOIN items i ON i.id = o.id WHERE o.id < ? ORDER BY o.id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, 10);
            for (int round = 0; round < 2; round++) {
                try (ResultSet rs = ps.executeQuery()) {
                    ResultSetMetaData md = rs.getMetaData();
                    out.add("type=" + md.getColumnTypeName(2) + "/" + md.getColumnType(2) + "/" + md.getColumnClassName(2));
                    out.add("label=" + md.getColumnLabel(2));
                    while (rs.next()) {
                        Object o = rs.getObject(2);
                        out.add("object=" + (o instanceof PGobject p ? "PGobject " + p.getType() + " " + p.getValue() : o));
                        out.add("string=" + rs.getString(2) + " typeof=" + rs.getString(3));
                    }
                }
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT array_agg(i ORDER BY id) FROM items i")) {
            out.add("array=" + rs.getMetaData().getColumnTypeName(1));
            assertThat(rs.next()).isTrue();
            out.add("array=" + rs.getString(1));
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE items, other");
        }
        return out;
    }
}
