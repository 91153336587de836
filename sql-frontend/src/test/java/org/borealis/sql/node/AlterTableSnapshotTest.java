package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borealis.sql.testutil.JdbcRows.exec;
import static org.borealis.sql.testutil.JdbcRows.rows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ALTER TABLE against a REPEATABLE READ transaction whose snapshot predates it (what the
 * single-session script {@code sql/alter.sql} cannot show). DROP COLUMN leaves the stored rows
 * readable under either catalog, so the older snapshot just stops seeing the column. ALTER COLUMN
 * TYPE rewrites the rows: the versions the older snapshot sees hold the old type, so reading the
 * table fails with 40001 instead of misreading them; a new transaction reads the new rows.
 */
class AlterTableSnapshotTest {

    @TempDir
    Path dir;

    @Test
    void anOlderSnapshotNeverMisreadsRowsOfAnotherType() throws Exception {
        try (ComputeFixture fx = new ComputeFixture(dir.resolve("node"));
             Connection ddl = fx.connect("simple");
             Connection reader = fx.connect("extended")) {
            exec(ddl, "CREATE TABLE s_t (id int PRIMARY KEY, gone text, n numeric, w varchar(3))");
            exec(ddl, "INSERT INTO s_t VALUES (1, 'g', 1.5, 'a'), (2, 'h', 2.25, 'b')");

            exec(reader, "BEGIN ISOLATION LEVEL REPEATABLE READ");
            assertThat(rows(reader, "SELECT * FROM s_t ORDER BY id")).containsExactly("1|g|1.5|a", "2|h|2.25|b");
            exec(ddl, "ALTER TABLE s_t DROP COLUMN gone");
            assertThat(rows(reader, "SELECT * FROM s_t ORDER BY id")).containsExactly("1|1.5|a", "2|2.25|b");
            exec(ddl, "ALTER TABLE s_t ALTER COLUMN n TYPE int");
            assertThatThrownBy(() -> rows(reader, "SELECT * FROM s_t ORDER BY id"))
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("40001"));
            exec(reader, "ROLLBACK");

            assertThat(rows(reader, "SELECT * FROM s_t ORDER BY id")).containsExactly("1|2|a", "2|2|b");
            exec(reader, "BEGIN ISOLATION LEVEL REPEATABLE READ");
            assertThat(rows(reader, "SELECT n FROM s_t WHERE id = 2")).containsExactly("2");
            exec(ddl, "ALTER TABLE s_t ALTER COLUMN w TYPE varchar(5)"); // no rewrite: the rows stay readable
            assertThat(rows(reader, "SELECT w FROM s_t ORDER BY id")).containsExactly("a", "b");
            exec(reader, "COMMIT");
        }
    }
}
