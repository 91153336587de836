package org.borealis.sql.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.testutil.EngineFixture;
import org.junit.jupiter.api.Test;

class EngineBasicsTest {

    @Test
    void bootstrapCreatesDatabaseAndSuperuser() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            assertThat(e.databaseName()).isEqualTo("postgres");
            assertThat(e.catalog().role(null, "postgres")).hasValueSatisfying(r -> assertThat(r.superuser()).isTrue());
        }
    }

    @Test
    void insertIsVisibleToOthersOnlyAfterCommit() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            RelationInfo r = EngineFixture.createTable(e, "t");
            Table t = e.table(r.oid());
            Session a = e.openSession();
            Session b = e.openSession();
            Transaction ta = a.begin(Isolation.READ_COMMITTED, false);
            ta.startStatement();
            Tid tid = t.insert(ta, EngineFixture.row(1, 10));
            Transaction tb = b.begin(Isolation.READ_COMMITTED, false);
            tb.startStatement();
            assertThat(t.fetch(tb, tid)).isEmpty();
            assertThat(EngineFixture.scan(t, tb)).isEmpty();
            ta.commandCounterIncrement();
            assertThat(t.fetch(ta, tid)).isPresent();
            ta.commit();
            assertThat(EngineFixture.scan(t, tb)).isEmpty();
            tb.startStatement();
            List<Row> rows = EngineFixture.scan(t, tb);
            assertThat(rows).hasSize(1);
            assertThat(EngineFixture.value(rows.get(0).data())).isEqualTo(10);
            tb.commit();
        }
    }

    @Test
    void statementDoesNotSeeItsOwnInsertsUntilCommandCounterIncrement() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Table t = e.table(EngineFixture.createTable(e, "t").oid());
            Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, false);
            tx.startStatement();
            t.insert(tx, EngineFixture.row(1, 1));
            assertThat(EngineFixture.scan(t, tx)).isEmpty();
            tx.startStatement();
            assertThat(EngineFixture.scan(t, tx)).hasSize(1);
            tx.rollback();
            Transaction t2 = e.openSession().begin(Isolation.READ_COMMITTED, true);
            t2.startStatement();
            assertThat(EngineFixture.scan(t, t2)).isEmpty();
        }
    }

    @Test
    void committedDataAndCatalogSurviveARestart() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            RelationInfo r = EngineFixture.createTable(e, "t");
            Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, false);
            tx.startStatement();
            for (int i = 0; i < 1000; i++) {
                e.table(r.oid()).insert(tx, EngineFixture.row(i, i * 2));
            }
            tx.commit();
            Transaction lost = e.openSession().begin(Isolation.READ_COMMITTED, false);
            lost.startStatement();
            e.table(r.oid()).insert(lost, EngineFixture.row(-1, -1));
            e.close();

            Engine again = fx.open();
            RelationInfo found = again.catalog().relation(null, "public", "t").orElseThrow();
            assertThat(found.oid()).isEqualTo(r.oid());
            assertThat(found.columns()).extracting(ColumnDef::name).containsExactly("id", "v");
            Transaction read = again.openSession().begin(Isolation.READ_COMMITTED, true);
            read.startStatement();
            List<Row> rows = EngineFixture.scan(again.table(r.oid()), read);
            assertThat(rows).hasSize(1000);
            assertThat(rows).noneMatch(row -> EngineFixture.id(row.data()) == -1);
        }
    }

    @Test
    void writesInAReadOnlyTransactionFail() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Table t = e.table(EngineFixture.createTable(e, "t").oid());
            Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, true);
            tx.startStatement();
            assertThatThrownBy(() -> t.insert(tx, EngineFixture.row(1, 1)))
                    .isInstanceOfSatisfying(SqlException.class,
                            x -> assertThat(x.state()).isEqualTo(SqlState.READ_ONLY_SQL_TRANSACTION));
        }
    }

    @Test
    void aRowTooBigForAPageFailsWith54000() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Table t = e.table(EngineFixture.createTable(e, "t").oid());
            Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, false);
            tx.startStatement();
            t.insert(tx, new byte[8000]);
            assertThatThrownBy(() -> t.insert(tx, new byte[8200]))
                    .isInstanceOfSatisfying(SqlException.class,
                            x -> assertThat(x.state()).isEqualTo(SqlState.PROGRAM_LIMIT_EXCEEDED));
            tx.commit();
        }
    }
}
