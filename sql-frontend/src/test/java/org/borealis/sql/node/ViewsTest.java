package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borealis.sql.testutil.JdbcRows.exec;
import static org.borealis.sql.testutil.JdbcRows.rows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Views over a real storage node and pgjdbc, for what the PostgreSQL-oracle script
 * ({@code sql/views.sql}) cannot check: a view (and a dropped column) survives a compute restart (its definition is
 * catalog rows in pages, written through the log), a condition on a view reaching its table's
 * index, writes through a simple view, and what Borealis refuses where PostgreSQL would do more
 * (some writes through views; schema changes a view kept as text cannot follow).
 */
class ViewsTest {

    @TempDir
    Path dir;

    private static String stateOf(Throwable t) {
        return ((SQLException) t).getSQLState();
    }

    @Test
    void aViewSurvivesAComputeRestart() throws Exception {
        try (ComputeFixture fx = new ComputeFixture(dir.resolve("node"))) {
            try (Connection c = fx.connect("simple")) {
                exec(c, "CREATE TABLE r_t (id int PRIMARY KEY, v text)");
                exec(c, "INSERT INTO r_t VALUES (1, 'a'), (2, 'b'), (3, 'c')");
                exec(c, "CREATE VIEW r_v (ident, val) AS SELECT id, upper(v) FROM r_t WHERE id > 1");
                exec(c, "CREATE VIEW r_w AS SELECT count(*) AS n FROM r_v");
                exec(c, "CREATE TABLE r_d (id int PRIMARY KEY, gone text, keep text)");
                exec(c, "INSERT INTO r_d VALUES (1, 'g1', 'k1'), (2, 'g2', 'k2')");
                exec(c, "CREATE INDEX r_d_gone ON r_d (gone)");
                exec(c, "ALTER TABLE r_d DROP COLUMN gone");
                exec(c, "CREATE INDEX r_d_keep ON r_d (keep)");
                exec(c, "ALTER TABLE r_d ALTER COLUMN keep TYPE varchar(5)");
                exec(c, "BEGIN");
                exec(c, "CREATE VIEW r_gone AS SELECT 1 AS one");
                exec(c, "ROLLBACK");
            }
            fx.restartCompute();
            try (Connection c = fx.connect("extended")) {
                assertThat(rows(c, "SELECT ident, val FROM r_v ORDER BY ident")).containsExactly("2|B", "3|C");
                assertThat(rows(c, "SELECT n FROM r_w")).containsExactly("2");
                assertThat(rows(c, "SELECT viewname, definition FROM pg_views ORDER BY viewname"))
                        .containsExactly("r_v| SELECT id, upper(v) FROM r_t WHERE id > 1;", "r_w| SELECT count(*) AS n FROM r_v;");
                assertThat(rows(c, "SELECT count(*) FROM pg_class WHERE relname = 'r_gone'")).containsExactly("0");
                assertThatThrownBy(() -> exec(c, "DROP TABLE r_t"))
                        .satisfies(e -> assertThat(stateOf(e)).isEqualTo("2BP01"))
                        .hasMessageContaining("view r_v depends on table r_t");
                exec(c, "INSERT INTO r_t VALUES (4, 'd')");
                assertThat(rows(c, "SELECT n FROM r_w")).containsExactly("3");
                exec(c, "DROP VIEW r_v CASCADE");
                // A dropped column stays dropped: rows, catalogs and COPY skip it; later rows store NULL for it.
                assertThat(rows(c, "SELECT * FROM r_d ORDER BY id")).containsExactly("1|k1", "2|k2");
                assertThat(rows(c, "SELECT attnum, attname, atttypid, attisdropped FROM pg_attribute"
                        + " WHERE attrelid = 'r_d'::regclass AND attnum > 0 ORDER BY attnum"))
                        .containsExactly("1|id|23|f", "2|........pg.dropped.2........|0|t", "3|keep|1043|f");
                assertThat(rows(c, "SELECT count(*) FROM pg_class WHERE relname = 'r_d_gone'")).containsExactly("0");
                assertThat(rows(c, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                        + " WHERE attrelid = 'r_d'::regclass AND attname = 'keep'")).containsExactly("character varying(5)");
                assertThat(rows(c, "SELECT id FROM r_d WHERE keep = 'k2'")).containsExactly("2");
                assertThatThrownBy(() -> exec(c, "INSERT INTO r_d VALUES (4, 'too long')"))
                        .satisfies(e -> assertThat(stateOf(e)).isEqualTo("22001"));
                exec(c, "INSERT INTO r_d VALUES (3, 'k3')");
                java.io.StringWriter copied = new java.io.StringWriter();
                c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyOut("COPY r_d TO STDOUT", copied);
                assertThat(copied.toString()).isEqualTo("1\tk1\n2\tk2\n3\tk3\n");
                exec(c, "ALTER TABLE r_d ADD COLUMN later int DEFAULT 9");
            }
            fx.restartCompute();
            try (Connection c = fx.connect("simple")) {
                assertThat(rows(c, "SELECT viewname FROM pg_views ORDER BY viewname")).isEmpty();
                assertThat(rows(c, "SELECT * FROM r_d ORDER BY id")).containsExactly("1|k1|9", "2|k2|9", "3|k3|9");
                exec(c, "DROP TABLE r_d");
                exec(c, "DROP TABLE r_t");
            }
        }
    }

    @Test
    void conditionsOnAPlainViewReachTheIndexOfItsTable() throws Exception {
        try (ComputeFixture fx = new ComputeFixture(dir.resolve("node"));
             Connection c = fx.connect("extended")) {
            exec(c, "CREATE TABLE p_t (id int PRIMARY KEY, grp int, v text)");
            exec(c, "INSERT INTO p_t SELECT g, g % 3, 'v' || g FROM generate_series(1, 200) g");
            exec(c, "CREATE VIEW p_v AS SELECT id AS ident, v FROM p_t WHERE grp <> 1");
            exec(c, "CREATE VIEW p_agg AS SELECT grp, count(*) AS n, min(id) AS first FROM p_t GROUP BY grp");
            assertThat(String.join("\n", rows(c, "EXPLAIN SELECT v FROM p_v WHERE ident = 42")))
                    .contains("Index Scan using p_t_pkey on p_t");
            assertThat(rows(c, "SELECT v FROM p_v WHERE ident = 42")).containsExactly("v42");
            assertThat(rows(c, "SELECT v FROM p_v WHERE ident = 43")).as("filtered by the view").isEmpty();
            assertThat(rows(c, "SELECT v FROM p_v x WHERE x.ident BETWEEN 10 AND 12 ORDER BY 1")).containsExactly("v11", "v12");
            assertThat(String.join("\n", rows(c, "EXPLAIN SELECT n FROM p_agg WHERE first = 1")))
                    .doesNotContain("Index Scan");
            assertThat(rows(c, "SELECT grp, n FROM p_agg WHERE first = 1")).containsExactly("1|67");
        }
    }

    @Test
    void writesThroughASimpleViewReachItsTableAndTheRestAreRefused() throws Exception {
        try (ComputeFixture fx = new ComputeFixture(dir.resolve("node"));
             Connection c = fx.connect("extended")) {
            exec(c, "CREATE TABLE w_t (id int PRIMARY KEY, v text)");
            exec(c, "INSERT INTO w_t VALUES (1, 'a')");
            exec(c, "CREATE VIEW w_v AS SELECT id, v AS val FROM w_t WHERE id < 100");
            exec(c, "CREATE VIEW w_vv AS SELECT id FROM w_v");
            exec(c, "CREATE VIEW w_g AS SELECT v, count(*) AS n FROM w_t GROUP BY v");
            exec(c, "INSERT INTO w_v VALUES (2, 'b'), (200, 'far')");
            exec(c, "UPDATE w_v SET val = val || '!' WHERE id > 1");
            assertThat(rows(c, "SELECT id, v FROM w_t ORDER BY id")).containsExactly("1|a", "2|b!", "200|far");
            exec(c, "DELETE FROM w_v WHERE val = 'far'");
            assertThat(rows(c, "SELECT count(*) FROM w_t")).as("row 200 is outside the view").containsExactly("3");
            Map<String, String> refused = new LinkedHashMap<>();
            refused.put("INSERT INTO w_v VALUES (3, 'c') RETURNING id", "0A000");
            refused.put("UPDATE w_vv SET id = 5", "0A000");
            refused.put("DELETE FROM w_v WHERE id IN (SELECT id FROM w_t)", "0A000");
            refused.put("INSERT INTO w_g VALUES ('x', 1)", "55000");
            refused.put("DELETE FROM w_g", "55000");
            for (Map.Entry<String, String> e : refused.entrySet()) {
                assertThatThrownBy(() -> exec(c, e.getKey())).as(e.getKey())
                        .satisfies(x -> assertThat(stateOf(x)).isEqualTo(e.getValue()))
                        .hasMessageContaining("view \"");
            }
            assertThat(rows(c, "SELECT id, v FROM w_t ORDER BY id")).containsExactly("1|a", "2|b!", "200|far");
        }
    }

    @Test
    void schemaChangesAViewCannotFollowAreRefused() throws Exception {
        try (ComputeFixture fx = new ComputeFixture(dir.resolve("node"));
             Connection c = fx.connect("simple")) {
            exec(c, "CREATE TABLE s_t (id int, v text)");
            exec(c, "INSERT INTO s_t VALUES (1, 'a')");
            exec(c, "CREATE VIEW s_star AS SELECT * FROM s_t");
            exec(c, "CREATE VIEW s_listed AS SELECT id FROM s_t");
            assertThatThrownBy(() -> exec(c, "ALTER TABLE s_t ADD COLUMN w int"))
                    .satisfies(e -> assertThat(stateOf(e)).isEqualTo("0A000")).hasMessageContaining("s_star");
            exec(c, "ALTER TABLE s_t RENAME TO s_u"); // the views' query texts follow (AlterViewTest)
            exec(c, "ALTER TABLE s_u RENAME TO s_t");
            assertThatThrownBy(() -> exec(c, "ALTER TABLE s_t RENAME COLUMN v TO w"))
                    .satisfies(e -> assertThat(stateOf(e)).isEqualTo("0A000"));
            exec(c, "DROP VIEW s_star");
            exec(c, "ALTER TABLE s_t ADD COLUMN w int");
            assertThat(rows(c, "SELECT * FROM s_listed")).containsExactly("1");
            assertThatThrownBy(() -> exec(c, "CREATE OR REPLACE VIEW s_listed AS SELECT s_listed.id FROM s_listed"))
                    .satisfies(e -> assertThat(stateOf(e)).isEqualTo("42P17"));
            assertThat(rows(c, "SELECT * FROM s_listed")).containsExactly("1");
        }
    }
}
