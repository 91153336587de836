package org.borealis.sql.node;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the tests that play two pgjdbc sessions, {@link #a} and {@link #b}, against one compute
 * node (with its storage node) shared by the class's tests; {@link #prepare} sets up each test's
 * tables through {@code a}.
 */
abstract class TwoSessions {

    @TempDir
    static Path dir;

    static ComputeFixture node;
    Connection a;
    Connection b;

    @BeforeAll
    static void start() throws Exception {
        node = new ComputeFixture(dir.resolve("node"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.close();
            node = null;
        }
    }

    @BeforeEach
    void connect() throws Exception {
        a = node.connect("extended");
        b = node.connect("extended");
        prepare();
    }

    @AfterEach
    void disconnect() throws Exception {
        a.close();
        b.close();
    }

    /** Creates the test's tables (through {@link #a}, autocommit). */
    abstract void prepare() throws SQLException;

    static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Runs {@code sql} on {@code c} on a thread of its own (for a statement that must wait). */
    static CompletableFuture<Void> async(Connection c, String sql) {
        return CompletableFuture.runAsync(() -> {
            try {
                run(c, sql);
            } catch (SQLException e) {
                throw new RuntimeException(e);
            }
        }, r -> Thread.ofPlatform().start(r));
    }
}
