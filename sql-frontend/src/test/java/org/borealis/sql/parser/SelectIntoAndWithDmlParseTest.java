package org.borealis.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.parser.ast.Statement;
import org.junit.jupiter.api.Test;

/**
 * The statement shapes of SELECT ... INTO, WITH before INSERT/UPDATE/DELETE (data-modifying WITH
 * queries included) and named windows, and what is refused with 0A000 (the SQL scripts check the rest against PostgreSQL).
 */
class SelectIntoAndWithDmlParseTest {

    private static SqlState stateOf(String sql) {
        try {
            StatementParser.parseOne(sql);
        } catch (SqlException e) {
            return e.state();
        }
        return null;
    }

    @Test
    void selectIntoIsCreateTableAsAndExplainPlansOnlyTheQuery() {
        Statement s = StatementParser.parseOne("SELECT a, b INTO TABLE public.t2 FROM t WHERE a > 1").statement();
        assertThat(s).isInstanceOfSatisfying(Statement.CreateTableAs.class, c -> {
            assertThat(c.name()).containsExactly("public", "t2");
            assertThat(c.withData()).isTrue();
        });
        Statement e = StatementParser.parseOne("EXPLAIN SELECT a INTO t2 FROM t").statement();
        assertThat(((Statement.Explain) e).statement()).isInstanceOf(Query.class);
        assertThat(StatementParser.parseOne("SELECT a FROM t").statement()).isInstanceOf(Query.class);
        assertThat(StatementParser.parseOne("SELECT a INTO TEMP t2 FROM t").statement())
                .isInstanceOfSatisfying(Statement.CreateTableAs.class, c -> assertThat(c.temp()).isTrue());
    }

    @Test
    void refusedShapesAreFeatureNotSupported() {
        assertThat(stateOf("EXPLAIN ANALYZE SELECT a INTO t2 FROM t")).isEqualTo(SqlState.FEATURE_NOT_SUPPORTED);
        assertThat(stateOf("PREPARE p AS SELECT a INTO t2 FROM t")).isEqualTo(SqlState.FEATURE_NOT_SUPPORTED);
        assertThat(stateOf("SELECT 1 UNION SELECT 2 INTO t2")).isEqualTo(SqlState.SYNTAX_ERROR);
    }

    @Test
    void dataModifyingWithQueriesKeepTheirStatement() {
        Statement i = StatementParser.parseOne("WITH d AS (DELETE FROM t WHERE a > 1 RETURNING *), "
                + "u(x) AS (UPDATE t2 SET b = 1 RETURNING b), c AS (SELECT 1) INSERT INTO log SELECT * FROM d").statement();
        java.util.List<Query.Cte> with = ((Statement.Insert) i).with();
        assertThat(with.get(0).modifying()).isInstanceOfSatisfying(Statement.Delete.class,
                d -> assertThat(d.returning()).hasSize(1));
        assertThat(with.get(0).query()).isNull();
        assertThat(with.get(0).pos()).isEqualTo(5);
        assertThat(with.get(1).modifying()).isInstanceOf(Statement.Update.class);
        assertThat(with.get(1).columns()).containsExactly("x");
        assertThat(with.get(2).modifying()).isNull();
        assertThat(with.get(2).body()).isSameAs(with.get(2).query());
        Statement q = StatementParser.parseOne("WITH n AS (INSERT INTO t VALUES (1) ON CONFLICT DO NOTHING RETURNING a) "
                + "SELECT * FROM n").statement();
        assertThat(((Query) q).with().get(0).modifying()).isInstanceOfSatisfying(Statement.Insert.class,
                n -> assertThat(n.onConflict().doNothing()).isTrue());
    }

    @Test
    void withBeforeDmlIsKeptOnTheStatement() {
        Statement i = StatementParser.parseOne("WITH x AS (SELECT 1 AS a) INSERT INTO t SELECT a FROM x").statement();
        assertThat(((Statement.Insert) i).with()).extracting(Query.Cte::name).containsExactly("x");
        Statement u = StatementParser.parseOne("WITH x AS (SELECT 1 AS a) UPDATE t SET b = 2 FROM x WHERE t.a = x.a").statement();
        assertThat(((Statement.Update) u).with()).hasSize(1);
        Statement d = StatementParser.parseOne("WITH RECURSIVE x(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM x WHERE n < 3) "
                + "DELETE FROM t WHERE a IN (SELECT n FROM x)").statement();
        assertThat(((Statement.Delete) d).with().get(0).recursive()).isTrue();
        assertThat(((Statement.Delete) StatementParser.parseOne("DELETE FROM t").statement()).with()).isEmpty();
    }
}
