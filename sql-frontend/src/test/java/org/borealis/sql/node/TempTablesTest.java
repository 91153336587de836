package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.borealis.sql.exec.storage.EngineStorage;
import org.borealis.sql.testutil.JdbcRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Temporary tables belong to their session: another session does not see them (and may have its
 * own of the same name), and nothing is left of them once the session ends, whether it closed,
 * lost its socket, or the compute node restarted under it. Outcomes as PostgreSQL 15.
 */
class TempTablesTest {

    @TempDir
    Path dir;

    private static final String TEMP_RELS = "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relpersistence = 't' OR n.nspname LIKE 'pg_temp%' ORDER BY 1";

    @Test
    @Timeout(120)
    void sessionsDoNotSeeEachOthersTemporaryTables() throws Exception {
        try (ComputeFixture node = new ComputeFixture(dir.resolve("node"));
             Connection a = node.connect("extended"); Connection b = node.connect("simple")) {
            JdbcRows.exec(a, "CREATE TEMP TABLE scratch (x int PRIMARY KEY)");
            JdbcRows.exec(a, "INSERT INTO scratch VALUES (1)");
            assertThatThrownBy(() -> JdbcRows.rows(b, "SELECT x FROM scratch"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42P01"));
            JdbcRows.exec(b, "CREATE TEMP TABLE scratch (x int PRIMARY KEY)");
            JdbcRows.exec(b, "INSERT INTO scratch VALUES (2)");
            assertThat(JdbcRows.rows(a, "SELECT x FROM scratch")).containsExactly("1");
            assertThat(JdbcRows.rows(b, "SELECT x FROM scratch")).containsExactly("2");
            // both are in pg_class, each in its session's schema; each session sees only its own
            assertThat(JdbcRows.rows(b, "SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE c.relname = 'scratch' ORDER BY 1")).containsExactly("pg_temp_3", "pg_temp_4");
            assertThat(JdbcRows.rows(a, "SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE c.relname = 'scratch' AND pg_table_is_visible(c.oid)")).containsExactly("pg_temp_3");
            assertThat(JdbcRows.rows(b, "SELECT 'scratch'::regclass::text, 'pg_temp.scratch'::regclass::oid = 'pg_temp_4.scratch'::regclass::oid"))
                    .containsExactly("scratch|t");
            // a permanent table of the same name is shadowed, still reachable qualified
            JdbcRows.exec(a, "CREATE TABLE scratch (x int)");
            JdbcRows.exec(a, "INSERT INTO public.scratch VALUES (9)");
            assertThat(JdbcRows.rows(b, "SELECT x FROM scratch")).containsExactly("2");
            assertThat(JdbcRows.rows(b, "SELECT x FROM public.scratch")).containsExactly("9");
            a.close();
            while (JdbcRows.rows(b, TEMP_RELS).size() > 2) {
                Thread.sleep(20); // until the server has ended session a
            }
            assertThat(JdbcRows.rows(b, TEMP_RELS)).containsExactly("scratch", "scratch_pkey");
            JdbcRows.exec(b, "DROP TABLE public.scratch");
        }
    }

    private static void refused(Connection c, String sql, String state, String message) {
        assertThatThrownBy(() -> JdbcRows.exec(c, sql)).as(sql).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getSQLState()).isEqualTo(state);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    @Timeout(120)
    void anotherSessionsTemporaryTablesAreRefusedQualified() throws Exception {
        try (ComputeFixture node = new ComputeFixture(dir.resolve("node"));
             Connection a = node.connect("extended"); Connection b = node.connect("simple")) {
            JdbcRows.exec(a, "CREATE TEMP TABLE mine (x int PRIMARY KEY)");
            JdbcRows.exec(a, "INSERT INTO mine VALUES (1)");
            assertThat(JdbcRows.rows(a, "SELECT pg_my_temp_schema()::regnamespace::text, pg_my_temp_schema() = "
                    + "(SELECT oid FROM pg_namespace WHERE nspname = 'pg_temp_3')")).containsExactly("pg_temp_3|t");
            assertThat(JdbcRows.rows(b, "SELECT pg_my_temp_schema()")).containsExactly("0");
            String access = "cannot access temporary tables of other sessions";
            // as PostgreSQL 15: any read or write of the data, even one that reads no row, or EXPLAIN
            refused(b, "SELECT * FROM pg_temp_3.mine", "0A000", access);
            refused(b, "SELECT * FROM pg_temp_3.mine WHERE false", "0A000", access);
            refused(b, "EXPLAIN SELECT * FROM pg_temp_3.mine", "0A000", access);
            refused(b, "INSERT INTO pg_temp_3.mine VALUES (2)", "0A000", access);
            refused(b, "UPDATE pg_temp_3.mine SET x = 3", "0A000", access);
            refused(b, "DELETE FROM pg_temp_3.mine", "0A000", access);
            refused(b, "TRUNCATE pg_temp_3.mine", "0A000", "cannot truncate temporary tables of other sessions");
            refused(b, "ALTER TABLE pg_temp_3.mine ADD COLUMN y int", "0A000", "cannot alter temporary tables of other sessions");
            refused(b, "CREATE INDEX ON pg_temp_3.mine (x)", "0A000", "cannot create indexes on temporary tables of other sessions");
            refused(b, "CREATE TABLE pg_temp_3.other (x int)", "42P16", "cannot create relations in temporary schemas of other sessions");
            // the catalog still describes it, and the owner is unaffected
            assertThat(JdbcRows.rows(b, "SELECT 'pg_temp_3.mine'::regclass::text")).containsExactly("pg_temp_3.mine");
            assertThat(JdbcRows.rows(a, "SELECT x FROM pg_temp_3.mine")).containsExactly("1");
            // DISCARD TEMP drops the session's temporary tables (undone by ROLLBACK in a block)
            a.setAutoCommit(false);
            JdbcRows.exec(a, "DISCARD TEMP");
            a.rollback();
            a.setAutoCommit(true);
            assertThat(JdbcRows.rows(a, "SELECT x FROM mine")).containsExactly("1");
            JdbcRows.exec(a, "DISCARD TEMP");
            assertThat(JdbcRows.rows(b, TEMP_RELS)).isEmpty();
            refused(a, "SELECT x FROM mine", "42P01", "mine");
            // temporary sequences and views, and a view made temporary by its query, go when the session ends
            JdbcRows.exec(a, "CREATE TEMP SEQUENCE mine_seq");
            JdbcRows.exec(a, "CREATE TEMP VIEW mine_view AS SELECT nextval('mine_seq') AS n");
            JdbcRows.exec(a, "CREATE TEMP TABLE mine2 (x int)");
            try (java.sql.Statement st = a.createStatement()) {
                st.execute("CREATE VIEW mine_auto AS SELECT x FROM mine2");
                java.sql.SQLWarning w = st.getWarnings();
                assertThat(w != null).isTrue();
                assertThat(w.getMessage()).isEqualTo("view \"mine_auto\" will be a temporary view");
            }
            assertThat(JdbcRows.rows(a, "SELECT n FROM mine_view")).containsExactly("1");
            assertThat(JdbcRows.rows(b, TEMP_RELS)).containsExactly("mine2", "mine_auto", "mine_seq", "mine_view");
            refused(b, "SELECT nextval('pg_temp_3.mine_seq')", "0A000", access);
            a.close();
            while (!JdbcRows.rows(b, TEMP_RELS).isEmpty()) {
                Thread.sleep(20); // until the server has ended session a
            }
            assertThat(JdbcRows.rows(b, "SELECT count(*) FROM pg_class WHERE relname LIKE 'mine%'")).containsExactly("0");
        }
    }

    @Test
    @Timeout(120)
    void aSessionWhoseSocketDiesLeavesNothing() throws Exception {
        try (ComputeFixture node = new ComputeFixture(dir.resolve("node"))) {
            RawClient raw = new RawClient(node.compute.port());
            raw.send(RawClient.startup("postgres"));
            assertThat(raw.readUntilReady()).isNull();
            raw.send(RawClient.query("CREATE TEMP TABLE lost (id serial PRIMARY KEY, v text);"
                    + " CREATE INDEX lost_v ON lost (v); INSERT INTO lost (v) VALUES ('a')"));
            assertThat(raw.readUntilReady()).isNull();
            try (Connection c = node.connect("extended")) {
                assertThat(JdbcRows.rows(c, TEMP_RELS)).containsExactly("lost", "lost_id_seq", "lost_pkey", "lost_v");
                raw.socket.setSoLinger(true, 0); // reset, no goodbye
                raw.close();
                while (!JdbcRows.rows(c, TEMP_RELS).isEmpty()) {
                    Thread.sleep(20); // until the server has noticed the reset and ended the session
                }
                assertThat(JdbcRows.rows(c, "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'pg_temp%'"))
                        .containsExactly("1"); // the schema stays, empty, as PostgreSQL's does
            }
        }
    }

    @Test
    void nothingSurvivesARestart() throws Exception {
        try (ComputeFixture node = new ComputeFixture(dir.resolve("node"))) {
            Connection open = node.connect("extended");
            JdbcRows.exec(open, "CREATE TEMP TABLE kept_open (x int)");
            JdbcRows.exec(open, "INSERT INTO kept_open VALUES (1)");
            // a node starting on a catalog that still lists a session's temporary tables drops them
            // (here the session is still open on the old layer: as after a crash, nobody ended it)
            new EngineStorage(node.compute.engine());
            try (Connection c = node.connect("extended")) {
                assertThat(JdbcRows.rows(c, TEMP_RELS)).isEmpty();
            }
            JdbcRows.exec(open, "CREATE TEMP TABLE again (x int)");
            node.restartCompute();
            try (Connection c = node.connect("extended")) {
                assertThat(JdbcRows.rows(c, TEMP_RELS)).isEmpty();
                assertThatThrownBy(() -> JdbcRows.rows(c, "SELECT * FROM again"))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42P01"));
                List<String> tables = JdbcRows.rows(c, "SELECT count(*) FROM pg_class WHERE relname IN ('kept_open', 'again')");
                assertThat(tables).containsExactly("0");
            }
            try {
                open.close();
            } catch (SQLException gone) {
                // the old node closed it
            }
        }
    }
}
