package org.borealis.sql.node;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.borealis.sql.testutil.JdbcRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the plan tests: one compute node (with its storage node) and one pgjdbc session
 * {@link #c} shared by the class's tests, opened before the subclass's own {@code @BeforeAll}
 * creates its tables.
 */
abstract class OneSession {

    @TempDir
    static Path dir;

    static ComputeFixture node;
    static Connection c;

    @BeforeAll
    static void openSession() throws Exception {
        node = new ComputeFixture(dir.resolve("node"));
        c = node.connect("extended");
    }

    @AfterAll
    static void closeSession() throws Exception {
        if (c != null) {
            c.close();
            c = null;
        }
        if (node != null) {
            node.close();
            node = null;
        }
    }

    /** EXPLAIN's lines of {@code query}, one string. */
    static String plan(String query) throws Exception {
        return JdbcRows.explain(c, query);
    }

    static List<String> rows(String query) throws Exception {
        return JdbcRows.rows(c, query);
    }
}
