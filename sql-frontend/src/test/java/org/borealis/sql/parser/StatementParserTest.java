package org.borealis.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.parser.ast.QueryBody;
import org.borealis.sql.parser.ast.Statement;
import org.junit.jupiter.api.Test;

class StatementParserTest {

    /** What pgbench -i, the pgbench scripts, psql and pgjdbc send. */
    static final List<String> CLIENT_STATEMENTS = List.of(
            "drop table if exists pgbench_accounts, pgbench_branches, pgbench_history, pgbench_tellers",
            "create table pgbench_history(tid int,bid int,aid    int,delta int,mtime timestamp,filler char(22))",
            "create table pgbench_tellers(tid int not null,bid int,tbalance int,filler char(84)) with (fillfactor=100)",
            "truncate table pgbench_accounts, pgbench_branches, pgbench_history, pgbench_tellers",
            "insert into pgbench_tellers(tid,bid,tbalance) values (1,1,0)",
            "insert into pgbench_accounts(aid,bid,abalance,filler) select aid, (aid - 1) / 100000 + 1, 0, '' from generate_series(1, 100000) as aid",
            "copy pgbench_accounts from stdin with (freeze on)",
            "copy pgbench_accounts from stdin",
            "vacuum analyze pgbench_branches",
            "vacuum pgbench_tellers",
            "alter table pgbench_branches add primary key (bid)",
            "alter table pgbench_tellers add constraint pgbench_tellers_bid_fkey foreign key (bid) references pgbench_branches",
            "select count(*) from pgbench_branches",
            "select o.n, p.partstrat, pg_catalog.count(i.inhparent) from pg_catalog.pg_class as c join pg_catalog.pg_namespace as n on (n.oid = c.relnamespace) cross join lateral (select pg_catalog.array_position(pg_catalog.current_schemas(true), n.nspname)) as o(n) left join pg_catalog.pg_partitioned_table as p on (p.partrelid = c.oid) left join pg_catalog.pg_inherits as i on (c.oid = i.inhparent) where c.relname = 'pgbench_accounts' and o.n is not null group by 1, 2 order by 1 asc limit 1",
            "UPDATE pgbench_accounts SET abalance = abalance + -683 WHERE aid = 56592;",
            "SELECT abalance FROM pgbench_accounts WHERE aid = $1",
            "INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (9, 1, 58812, -2623, CURRENT_TIMESTAMP);",
            "BEGIN", "END", "begin isolation level repeatable read", "start transaction read only",
            "SET extra_float_digits = 3", "SET application_name = 'PostgreSQL JDBC Driver'",
            "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE", "show transaction isolation level",
            "SET TIME ZONE 'UTC'", "reset all", "select 1 between 0 and 2 and true",
            "select x from t where a in (1,2,3) and b like 'a%' and c is not null order by x desc nulls last limit 10 offset 2",
            "select case when a > 1 then 'x' else 'y' end, cast(a as numeric(10,2)), a::text, date '2020-01-01'",
            "create table t (id bigint primary key, name varchar(20) not null default 'x', price numeric(10,2) check (price > 0), d double precision, ts timestamp with time zone, u uuid unique)",
            "create unique index if not exists i1 on t using btree (a, b desc)",
            "insert into t values (1, 'a'), (2, DEFAULT) returning *",
            "update t set a = a + 1, b = default where id = $1 returning id, a",
            "delete from t where id between 1 and 10 returning *",
            "create role bob with login password 'secret'", "alter role bob password 'x'",
            "select E'a\\nb', 'it''s', $$dollar$$", "select -1, - 1, 1.5e3, .5, 2^3^2, 'a' || 'b'",
            "copy t (a, b) to stdout with (format csv, header true)", "copy (select 1) to stdout",
            "select * from t1, t2 left outer join t3 using (id)");

    @Test
    void parsesEverythingTheClientsSend() {
        for (String s : CLIENT_STATEMENTS) {
            assertThat(StatementParser.parse(s)).as(s).hasSize(1);
        }
    }

    @Test
    void splitsStatementsAndKeepsOffsets() {
        List<ParsedStatement> all = StatementParser.parse("select 1; ;select 2;");
        assertThat(all).hasSize(2);
        assertThat(all.get(1).text()).isEqualTo("select 2");
        assertThat(all.get(1).offset()).isEqualTo(11);
        assertThat(StatementParser.parse(" ; -- nothing")).isEmpty();
    }

    @Test
    void betweenBindsTighterThanAnd() {
        Query q = (Query) StatementParser.parseOne("select a between 1 and 2 and b").statement();
        Expr e = ((QueryBody.Select) q.body()).items().get(0).expr();
        assertThat(e).isInstanceOf(Expr.And.class);
        assertThat(((Expr.And) e).left()).isInstanceOf(Expr.Between.class);
    }

    @Test
    void precedenceFollowsPostgres() {
        Query q = (Query) StatementParser.parseOne("select 1 + 2 * 3 = 7 or not x").statement();
        Expr e = ((QueryBody.Select) q.body()).items().get(0).expr();
        assertThat(e).isInstanceOf(Expr.Or.class);
        Expr.Binary eq = (Expr.Binary) ((Expr.Or) e).left();
        assertThat(eq.op()).isEqualTo("=");
        assertThat(((Expr.Binary) eq.left()).op()).isEqualTo("+");
    }

    @Test
    void identifiersFoldUnlessQuoted() {
        Statement.CreateTable ct = (Statement.CreateTable) StatementParser.parseOne("CREATE TABLE Foo (\"Bar\" INT, Baz TEXT)").statement();
        assertThat(ct.name()).containsExactly("foo");
        assertThat(ct.columns().get(0).name()).isEqualTo("Bar");
        assertThat(ct.columns().get(1).name()).isEqualTo("baz");
    }

    @Test
    void syntaxErrorsCarryPostgresWordingAndPosition() {
        assertThatThrownBy(() -> StatementParser.parse("select * fro t"))
                .isInstanceOfSatisfying(SqlException.class, e -> {
                    assertThat(e.state()).isEqualTo(SqlState.SYNTAX_ERROR);
                    assertThat(e.getMessage()).isEqualTo("syntax error at or near \"fro\"");
                    assertThat(e.position()).isEqualTo(10);
                });
        assertThatThrownBy(() -> StatementParser.parse("select (1"))
                .isInstanceOfSatisfying(SqlException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("syntax error at end of input"));
        assertThatThrownBy(() -> StatementParser.parse("selec 1"))
                .isInstanceOfSatisfying(SqlException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("syntax error at or near \"selec\""));
    }
}
