package org.borealis.sql.vacuum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.IndexEntry;
import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.KeyRange;
import org.borealis.sql.engine.RelationStats;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.ScanDirection;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.engine.VacuumResult;
import org.borealis.sql.testutil.Accounts;
import org.borealis.sql.testutil.EngineFixture;
import org.junit.jupiter.api.Test;

class VacuumTest {

    private static List<IndexEntry> entries(Accounts acc, Transaction tx) {
        List<IndexEntry> out = new java.util.ArrayList<>();
        try (var c = acc.index.scan(tx, KeyRange.all(), ScanDirection.FORWARD)) {
            c.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void prunesDeadVersionsAndTheirIndexEntriesButKeepsWhatASnapshotNeeds() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Accounts acc = new Accounts(e, "a", 500, 0);
            Transaction old = e.openSession().begin(Isolation.REPEATABLE_READ, true);
            old.startStatement();
            assertThat(acc.total(old)).isZero();

            Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, false);
            tx.startStatement();
            for (int i = 0; i < 500; i++) {
                acc.add(tx, i, 1);
            }
            tx.commit();
            Transaction rolledBack = e.openSession().begin(Isolation.READ_COMMITTED, false);
            rolledBack.startStatement();
            for (int i = 0; i < 100; i++) {
                acc.add(rolledBack, i, 1);
            }
            rolledBack.rollback();

            VacuumResult kept = e.vacuum(acc.table.oid());
            assertThat(kept.tuplesRemoved()).as("only the aborted versions: the old snapshot still needs the rest")
                    .isEqualTo(100);
            assertThat(acc.total(old)).isZero();
            old.commit();

            VacuumResult r = e.vacuum(acc.table.oid());
            assertThat(r.tuplesRemoved()).isEqualTo(500);
            assertThat(r.indexEntriesRemoved()).isEqualTo(500);
            Transaction check = e.openSession().begin(Isolation.READ_COMMITTED, true);
            check.startStatement();
            assertThat(acc.total(check)).isEqualTo(500);
            assertThat(entries(acc, check)).hasSize(500);
            for (int i = 0; i < 500; i += 37) {
                assertThat(acc.find(check, i)).hasValueSatisfying(row -> assertThat(EngineFixture.value(row.data()))
                        .isEqualTo(1));
            }
            RelationStats stats = e.stats(acc.table.oid());
            assertThat(stats.liveTuples()).isEqualTo(500);
            check.commit();
        }
    }

    @Test
    void spaceFreedByVacuumIsReused() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Accounts acc = new Accounts(e, "a", 0, 0);
            Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, false);
            tx.startStatement();
            for (int i = 0; i < 2000; i++) {
                acc.table.insert(tx, new byte[200]);
            }
            tx.commit();
            long pages = e.stats(acc.table.oid()).pages();
            for (int round = 0; round < 3; round++) {
                Transaction del = e.openSession().begin(Isolation.READ_COMMITTED, false);
                del.startStatement();
                for (Row r : EngineFixture.scan(acc.table, del)) {
                    acc.table.delete(del, r.tid());
                }
                del.commit();
                e.vacuum(acc.table.oid());
                e.vacuum(acc.table.oid());
                Transaction ins = e.openSession().begin(Isolation.READ_COMMITTED, false);
                ins.startStatement();
                for (int i = 0; i < 2000; i++) {
                    acc.table.insert(ins, new byte[200]);
                }
                ins.commit();
            }
            assertThat(e.stats(acc.table.oid()).pages()).as("the table did not grow").isLessThanOrEqualTo(pages + 2);
        }
    }
}
