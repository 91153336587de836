package org.borealis.sql.vacuum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.testutil.Accounts;
import org.borealis.sql.testutil.EngineFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The background vacuum finds a table with many dead versions and prunes them without being asked. */
class AutoVacuumTest {

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void prunesDeadVersionsInTheBackground() throws Exception {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open(EngineFixture.config(1024).withAutovacuumInterval(Duration.ofMillis(20)));
            Accounts acc = new Accounts(e, "a", 1000, 0);
            Transaction del = e.openSession().begin(Isolation.READ_COMMITTED, false);
            del.startStatement();
            for (Row r : EngineFixture.scan(acc.table, del)) {
                acc.table.delete(del, r.tid());
            }
            del.commit();
            while (e.stats(acc.table.oid()).deadTuples() != 0) {
                Thread.sleep(10);
            }
            assertThat(e.stats(acc.table.oid()).liveTuples()).isZero();
            Transaction r = e.openSession().begin(Isolation.READ_COMMITTED, true);
            r.startStatement();
            try (var c = acc.index.scan(r, org.borealis.sql.engine.KeyRange.all(),
                    org.borealis.sql.engine.ScanDirection.FORWARD)) {
                assertThat(c.hasNext()).as("index entries pruned too").isFalse();
            }
        }
    }
}
