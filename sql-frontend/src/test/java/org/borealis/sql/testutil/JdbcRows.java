package org.borealis.sql.testutil;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain-JDBC helpers for tests that talk to a server through pgjdbc. */
public final class JdbcRows {

    private JdbcRows() {
    }

    /** The rows of {@code sql}, each as its columns' text joined by {@code |} (NULL as "null"). */
    public static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    /** Runs one statement. */
    public static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** EXPLAIN's lines for {@code query}, each trimmed, one per line. */
    public static String explain(Connection c, String query) throws SQLException {
        StringBuilder out = new StringBuilder();
        for (String line : rows(c, "EXPLAIN " + query)) {
            out.append(line.trim()).append('\n');
        }
        return out.toString();
    }
}
