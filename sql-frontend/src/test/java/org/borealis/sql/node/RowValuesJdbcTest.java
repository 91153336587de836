package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PGobject;

/**
 * Row values through pgjdbc with the extended protocol (so the RowDescription comes from a
 * Describe): an anonymous record column is type {@code record} (OID 2249) and reads as its text
 * form, a table's whole row reads as {@code (1,x)}, and {@code json_agg(t)} over a subquery (the
 * ORM/API pattern) is a {@code json} column.
 */
class RowValuesJdbcTest {

    @TempDir
    Path dir;

    private static Connection connect(ComputeFixture f) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("prepareThreshold", "1");
        p.setProperty("binaryTransfer", "true");
        return DriverManager.getConnection(f.url(), p);
    }

    @Test
    void recordAndJsonAggColumnsReadThroughPgJdbc() throws Exception {
        try (ComputeFixture f = new ComputeFixture(dir.resolve("node")); Connection c = connect(f)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE items (id int PRIMARY KEY, name text)");
                s.execute("INSERT INTO items VALUES (1, 'x'), (2, 'a b'), (3, NULL)");
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT ROW(id, name), items FROM items WHERE id <= ? ORDER BY id")) {
                ps.setInt(1, 3);
                for (int round = 0; round < 2; round++) { // the second run is a named prepared statement
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("record");
                        assertThat(rs.getMetaData().getColumnType(1)).isEqualTo(java.sql.Types.OTHER);
                        assertThat(rs.getMetaData().getColumnLabel(1)).isEqualTo("row");
                        assertThat(rs.getMetaData().getColumnLabel(2)).isEqualTo("items");
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString(1)).isEqualTo("(1,x)");
                        assertThat(rs.getObject(1)).isInstanceOf(PGobject.class);
                        assertThat(((PGobject) rs.getObject(1)).getType()).isEqualTo("record");
                        assertThat(((PGobject) rs.getObject(1)).getValue()).isEqualTo("(1,x)");
                        assertThat(rs.getString(2)).isEqualTo("(1,x)");
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString(1)).isEqualTo("(2,\"a b\")");
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString(2)).isEqualTo("(3,)");
                        assertThat(rs.next()).isFalse();
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT json_agg(t), jsonb_agg(t) FROM (SELECT id, name FROM items WHERE id > ? ORDER BY id) t")) {
                ps.setInt(1, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("json");
                    assertThat(rs.getMetaData().getColumnTypeName(2)).isEqualTo("jsonb");
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("[{\"id\":2,\"name\":\"a b\"}, \n {\"id\":3,\"name\":null}]");
                    assertThat(rs.getString(2)).isEqualTo("[{\"id\": 2, \"name\": \"a b\"}, {\"id\": 3, \"name\": null}]");
                }
                ps.setInt(1, 10);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isNull();
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT row_to_json(i) FROM items i WHERE (i.id, i.name) = (1, 'x')")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("{\"id\":1,\"name\":\"x\"}");
            }
        }
    }
}
