package org.borealis.sql.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.parser.StatementParser;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.parser.ast.QueryBody;
import org.borealis.sql.types.TextFormat;
import org.borealis.sql.types.Types;
import org.junit.jupiter.api.Test;

/** Point lookups and ranges on a primary key or index choose that index. */
class IndexSelectorTest {

    static final TableMeta T = new TableMeta(1, "public", "t", List.of(
            new TableMeta.Column("a", Types.INT4, -1, true, null, 0),
            new TableMeta.Column("b", Types.TEXT, -1, false, null, 1),
            new TableMeta.Column("c", Types.INT8, -1, false, null, 2)),
            List.of(new TableMeta.IndexMeta(10, "t_pkey", new int[] {0}, true, true),
                    new TableMeta.IndexMeta(11, "t_b_c_idx", new int[] {1, 2}, false, false)),
            List.of(), List.of());

    static IndexSelector.Choice choose(String where) {
        Query q = (Query) StatementParser.parseOne("select * from t where " + where).statement();
        QueryBody.Select s = (QueryBody.Select) q.body();
        PlanContext pc = new PlanContext(null, TextFormat.DEFAULT, CatalogView.EMPTY);
        Scope scope = FromPlanner.tableScope(T, new FromItem.Table(List.of("t"), null, List.of(), 0));
        BoundExpr cond = new Binder(pc, scope).bindCondition(s.where(), "WHERE");
        return IndexSelector.choose(T, cond);
    }

    @Test
    void equalityOnThePrimaryKeyUsesIt() {
        assertThat(choose("a = $1").index().name()).isEqualTo("t_pkey");
        assertThat(choose("42 = a and b = 'x'").index().name()).isEqualTo("t_pkey");
        assertThat(choose("a = 3").bounds().equal()).hasSize(1);
    }

    @Test
    void rangesAndCompositePrefixesUseTheirIndex() {
        IndexSelector.Choice r = choose("a > 5 and a <= 10");
        assertThat(r.index().name()).isEqualTo("t_pkey");
        assertThat(r.bounds().low()).isNotNull();
        assertThat(r.bounds().lowInclusive()).isFalse();
        assertThat(r.bounds().highInclusive()).isTrue();
        IndexSelector.Choice c = choose("b = 'x' and c between 1 and 9");
        assertThat(c.index().name()).isEqualTo("t_b_c_idx");
        assertThat(c.bounds().equal()).hasSize(1);
        assertThat(c.bounds().low()).isNotNull();
        assertThat(c.bounds().high()).isNotNull();
    }

    @Test
    void predicatesAnIndexCannotAnswerScanTheTable() {
        assertThat(choose("a + 1 = 2")).isNull();
        assertThat(choose("a = 1 or a = 2")).isNull();
        assertThat(choose("c = 5")).isNull();
        assertThat(choose("a <> 1")).isNull();
    }
}
