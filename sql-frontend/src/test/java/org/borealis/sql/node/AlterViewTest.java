package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borealis.sql.testutil.JdbcRows.exec;
import static org.borealis.sql.testutil.JdbcRows.rows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ALTER VIEW / ALTER SCHEMA / SET SCHEMA over a real storage node and pgjdbc, for what the
 * PostgreSQL-oracle script ({@code sql/alter_view.sql}) cannot check: renames, the view texts and
 * column defaults rewritten for them, and view column defaults survive a compute restart; and what
 * Borealis refuses where PostgreSQL (which keeps views parsed) would go on.
 */
class AlterViewTest {

    @TempDir
    Path dir;

    private static String stateOf(Throwable t) {
        return ((SQLException) t).getSQLState();
    }

    @Test
    void renamesAndTheViewsFollowingThemSurviveAComputeRestart() throws Exception {
        try (ComputeFixture fx = new ComputeFixture(dir.resolve("node"))) {
            try (Connection c = fx.connect("simple")) {
                exec(c, "CREATE SCHEMA a_s");
                exec(c, "CREATE TABLE a_s.items (id serial PRIMARY KEY, name text)");
                exec(c, "INSERT INTO a_s.items (name) VALUES ('x'), ('y')");
                exec(c, "CREATE VIEW a_qual AS SELECT items.id, items.name FROM a_s.items WHERE items.id > 0");
                exec(c, "SET search_path = a_s, public");
                exec(c, "CREATE VIEW public.a_path AS SELECT id FROM items");
                exec(c, "SET search_path = public");
                exec(c, "ALTER SCHEMA a_s RENAME TO a_t");
                exec(c, "ALTER TABLE a_t.items RENAME TO goods");
                exec(c, "ALTER VIEW a_qual RENAME TO a_q");
                exec(c, "ALTER VIEW a_q ALTER COLUMN name SET DEFAULT 'dflt'");
                exec(c, "BEGIN");
                exec(c, "ALTER SCHEMA a_t RENAME TO a_gone");
                exec(c, "ROLLBACK");
            }
            fx.restartCompute();
            try (Connection c = fx.connect("extended")) {
                assertThat(rows(c, "SELECT id, name FROM a_q ORDER BY id")).containsExactly("1|x", "2|y");
                assertThat(rows(c, "SELECT id FROM a_path ORDER BY id")).containsExactly("1", "2");
                assertThat(rows(c, "SELECT viewname, definition FROM pg_views WHERE viewname LIKE 'a\\_%' ORDER BY 1"))
                        .containsExactly("a_path| SELECT id FROM goods;",
                                "a_q| SELECT goods.id, goods.name FROM a_t.goods WHERE goods.id > 0;");
                assertThat(rows(c, "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'a\\_%'")).containsExactly("a_t");
                exec(c, "INSERT INTO a_q (id) VALUES (7)");
                exec(c, "INSERT INTO a_t.goods (name) VALUES ('z')");
                assertThat(rows(c, "SELECT id, name FROM a_t.goods ORDER BY id")).containsExactly("1|x", "2|y", "3|z", "7|dflt");
                assertThat(rows(c, "SELECT column_default FROM information_schema.columns WHERE table_name = 'goods'"
                        + " AND column_name = 'id'")).containsExactly("nextval('a_t.items_id_seq'::regclass)");
            }
        }
    }

    @Test
    void renamesAViewKeptAsTextCannotFollowAreRefusedAndChangeNothing() throws Exception {
        try (ComputeFixture fx = new ComputeFixture(dir.resolve("node"));
             Connection c = fx.connect("simple")) {
            exec(c, "CREATE ROLE a_other");
            exec(c, "CREATE TABLE tag (tag text)");
            exec(c, "INSERT INTO tag VALUES ('t1')");
            exec(c, "CREATE VIEW tag_v AS SELECT tag FROM tag");
            exec(c, "CREATE VIEW tag_w AS SELECT tag FROM tag_v");
            // The rewrite would turn the column "tag" into the new table name too: planned again, it fails.
            assertThatThrownBy(() -> exec(c, "ALTER TABLE tag RENAME TO tags"))
                    .satisfies(e -> assertThat(stateOf(e)).isEqualTo("0A000")).hasMessageContaining("view tag_v");
            assertThat(rows(c, "SELECT tag FROM tag_w")).containsExactly("t1");
            assertThat(rows(c, "SELECT relname FROM pg_class WHERE relname LIKE 'tag%' ORDER BY 1"))
                    .containsExactly("tag", "tag_v", "tag_w");
            // Readers name a view's columns in their text.
            assertThatThrownBy(() -> exec(c, "ALTER VIEW tag_v RENAME COLUMN tag TO label"))
                    .satisfies(e -> assertThat(stateOf(e)).isEqualTo("0A000"));
            exec(c, "ALTER VIEW tag_w RENAME COLUMN tag TO label");
            assertThat(rows(c, "SELECT label FROM tag_w")).containsExactly("t1");
            // Relations have no owner of their own; public has no catalog row to rename.
            assertThatThrownBy(() -> exec(c, "ALTER VIEW tag_v OWNER TO a_other"))
                    .satisfies(e -> assertThat(stateOf(e)).isEqualTo("0A000"));
            exec(c, "ALTER VIEW tag_v OWNER TO CURRENT_USER");
            assertThatThrownBy(() -> exec(c, "ALTER SCHEMA public RENAME TO pub"))
                    .satisfies(e -> assertThat(stateOf(e)).isEqualTo("0A000"));
            // A view default fills VALUES; INSERT ... SELECT leaving the column out is refused.
            exec(c, "CREATE TABLE a_d (id int, v text)");
            exec(c, "CREATE VIEW a_dv AS SELECT id, v FROM a_d");
            exec(c, "ALTER VIEW a_dv ALTER COLUMN v SET DEFAULT 'dv'");
            assertThatThrownBy(() -> exec(c, "INSERT INTO a_dv (id) SELECT 1"))
                    .satisfies(e -> assertThat(stateOf(e)).isEqualTo("0A000"));
            exec(c, "INSERT INTO a_dv (id, v) SELECT 2, 'given'");
            exec(c, "INSERT INTO a_dv DEFAULT VALUES");
            assertThat(rows(c, "SELECT id, v FROM a_d ORDER BY id")).containsExactly("2|given", "null|dv");
        }
    }
}
