package org.borealis.sql.node;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A SQL script with its expected results inline, and the runner that replays it over JDBC.
 *
 * <p>Format: a statement is one or more lines, the last ending in {@code ;}. The lines after it
 * say what it must give: {@code : a|b} the column names of a result, {@code > 1|x} one row each
 * (values in PostgreSQL's text form separated by {@code |}, SQL NULL as {@code NULL}),
 * {@code ! 23505} the SQLSTATE of an expected error. A statement followed by none of these must
 * succeed and return no rows. Lines starting with {@code --} between statements are comments. Rows
 * are compared in order when the statement says {@code ORDER BY}, as sorted lists otherwise.
 *
 * <p>{@link #render} prints a script back with the results a server actually gave, so a mismatch
 * is a plain text diff and expected results can be regenerated from PostgreSQL.
 */
final class SqlScript {

    /** One statement and its expectation lines. */
    record Step(List<String> comments, String sql, List<String> expected) {
        boolean ordered() {
            String lower = sql.toLowerCase(Locale.ROOT);
            return lower.contains("order by") || lower.startsWith("explain"); // plan lines are in tree order
        }
    }

    final String name;
    final List<Step> steps;
    final List<String> trailer;

    private SqlScript(String name, List<Step> steps, List<String> trailer) {
        this.name = name;
        this.steps = steps;
        this.trailer = trailer;
    }

    static SqlScript parse(String name, String text) {
        List<Step> steps = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        StringBuilder sql = null;
        List<String> expected = null;
        String[] lines = text.split("\n", -1);
        for (String line : lines) {
            boolean expectation = line.startsWith(": ") || line.startsWith("> ") || line.equals(">")
                    || line.startsWith("! ");
            if (sql == null && expected != null && expectation) {
                expected.add(line);
                continue;
            }
            if (sql == null && (line.startsWith("--") || line.isBlank())) {
                expected = null;
                comments.add(line);
                continue;
            }
            if (sql == null) {
                sql = new StringBuilder();
            } else {
                sql.append('\n');
            }
            sql.append(line);
            if (line.stripTrailing().endsWith(";")) {
                expected = new ArrayList<>();
                steps.add(new Step(comments, sql.toString(), expected));
                comments = new ArrayList<>();
                sql = null;
            }
        }
        if (sql != null) {
            throw new IllegalArgumentException(name + ": the last statement has no terminating ';'");
        }
        while (!comments.isEmpty() && comments.get(comments.size() - 1).isEmpty()) {
            comments.remove(comments.size() - 1);
        }
        return new SqlScript(name, steps, comments);
    }

    /** Runs every step on {@code c} and returns the script with the results actually seen. */
    String run(Connection c) {
        StringBuilder out = new StringBuilder();
        for (Step s : steps) {
            for (String line : s.comments) {
                out.append(line).append('\n');
            }
            out.append(s.sql).append('\n');
            for (String line : outcome(c, s)) {
                out.append(line).append('\n');
            }
        }
        for (String line : trailer) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The expected text as written, rows of unordered results sorted. */
    String expected() {
        StringBuilder out = new StringBuilder();
        for (Step s : steps) {
            for (String line : s.comments) {
                out.append(line).append('\n');
            }
            out.append(s.sql).append('\n');
            for (String line : normalise(s, s.expected)) {
                out.append(line).append('\n');
            }
        }
        for (String line : trailer) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static List<String> normalise(Step s, List<String> lines) {
        if (s.ordered()) {
            return lines;
        }
        List<String> head = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (String l : lines) {
            (l.startsWith(">") ? rows : head).add(l);
        }
        Collections.sort(rows);
        head.addAll(rows);
        return head;
    }

    private static List<String> outcome(Connection c, Step s) {
        List<String> out = new ArrayList<>();
        String sql = s.sql.stripTrailing();
        sql = sql.substring(0, sql.length() - 1);
        try (Statement st = c.createStatement()) {
            boolean rs = st.execute(sql);
            while (true) {
                if (rs) {
                    try (ResultSet r = st.getResultSet()) {
                        result(r, out);
                    }
                } else if (st.getUpdateCount() == -1) {
                    break;
                }
                rs = st.getMoreResults();
            }
        } catch (SQLException e) {
            out.clear();
            out.add("! " + e.getSQLState() + (Boolean.getBoolean("sqlscript.messages") ? " " + e.getMessage() : ""));
        }
        return normalise(s, out);
    }

    private static void result(ResultSet r, List<String> out) throws SQLException {
        ResultSetMetaData md = r.getMetaData();
        StringBuilder head = new StringBuilder(":");
        for (int i = 1; i <= md.getColumnCount(); i++) {
            head.append(i == 1 ? " " : "|").append(md.getColumnLabel(i));
        }
        out.add(head.toString());
        while (r.next()) {
            StringBuilder row = new StringBuilder(">");
            for (int i = 1; i <= md.getColumnCount(); i++) {
                String v = r.getString(i);
                row.append(i == 1 ? " " : "|").append(v == null ? "NULL" : v.replace("\n", "\\n"));
            }
            out.add(row.toString());
        }
    }
}
