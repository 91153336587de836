package org.borealis.sql.exec.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The token rewrites of view texts for renames ({@link ViewTexts}); the replanning check is in AlterViewTest. */
class ViewTextsTest {

    @Test
    void aSchemaRenameChangesQualifiersOnly() {
        assertThat(ViewTexts.renameSchema("SELECT s.t.a, \"s\".u.b FROM s.t, \"S\".x WHERE 's.t' <> s", "s", "n2"))
                .isEqualTo("SELECT n2.t.a, n2.u.b FROM n2.t, \"S\".x WHERE 's.t' <> s");
        assertThat(ViewTexts.renameSchema("select 1 -- s.t\n from s.t", "s", "New"))
                .isEqualTo("select 1 -- s.t\n from \"New\".t");
    }

    @Test
    void aRelationRenameChangesBareQualifiedAndQualifierUses() {
        assertThat(ViewTexts.moveRelation("SELECT t.a, x.t FROM t JOIN public.t y ON y.a = t.a, other.t z", "public", "t",
                "public", "u")).isEqualTo("SELECT u.a, x.t FROM u JOIN public.u y ON y.a = u.a, other.t z");
        assertThat(ViewTexts.moveRelation("SELECT T.a FROM T", "public", "t", "s2", "t"))
                .isEqualTo("SELECT t.a FROM s2.t");
    }

    @Test
    void aSearchPathNamesTheNewSchema() {
        assertThat(ViewTexts.renameInPath("\"$user\", s, public", "s", "t")).isEqualTo("\"$user\", t, public");
        assertThat(ViewTexts.renameInPath("\"$user\", public", "s", "t")).isEqualTo("\"$user\", public");
        assertThat(ViewTexts.renameInPath(null, "s", "t")).isNull();
    }
}
