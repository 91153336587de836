package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DROP ... IF EXISTS of a missing object and CREATE ... IF NOT EXISTS of an existing relation send
 * PostgreSQL's NOTICEs (00000 "... does not exist, skipping", 42P07 "... already exists, skipping").
 */
class DropNoticeTest {

    @TempDir
    Path dir;

    private static List<String> notices(Statement s) throws Exception {
        List<String> out = new ArrayList<>();
        for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
            out.add(w.getSQLState() + " " + w.getMessage());
        }
        s.clearWarnings();
        return out;
    }

    @Test
    void missingObjectsAreSkippedWithANotice() throws Exception {
        try (ComputeFixture fx = new ComputeFixture(dir); Connection c = fx.connect("simple"); Statement s = c.createStatement()) {
            s.execute("create table present (id int)");
            s.execute("drop table if exists nosuch, present");
            assertThat(notices(s)).containsExactly("00000 table \"nosuch\" does not exist, skipping");
            s.execute("drop index if exists nosuch_idx");
            assertThat(notices(s)).containsExactly("00000 index \"nosuch_idx\" does not exist, skipping");
            s.execute("drop view if exists nosuchv");
            assertThat(notices(s)).containsExactly("00000 view \"nosuchv\" does not exist, skipping");
            s.execute("drop sequence if exists nosuchs");
            assertThat(notices(s)).containsExactly("00000 sequence \"nosuchs\" does not exist, skipping");
            s.execute("drop schema if exists nosuchsch");
            assertThat(notices(s)).containsExactly("00000 schema \"nosuchsch\" does not exist, skipping");
            s.execute("create table present (id int)");
            s.execute("create table if not exists present (id int)");
            assertThat(notices(s)).containsExactly("42P07 relation \"present\" already exists, skipping");
            s.execute("create index if not exists present_id on present (id)");
            assertThat(notices(s)).isEmpty();
            s.execute("create index if not exists present_id on present (id)");
            assertThat(notices(s)).containsExactly("42P07 relation \"present_id\" already exists, skipping");
        }
    }
}
