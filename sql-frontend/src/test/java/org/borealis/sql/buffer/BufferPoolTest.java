package org.borealis.sql.buffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.engine.impl.StorageEngine;
import org.borealis.sql.testutil.Accounts;
import org.borealis.sql.testutil.EngineFixture;
import org.junit.jupiter.api.Test;

/** A pool far smaller than the data: evicted pages come back from the volume at their last-written LSN. */
class BufferPoolTest {

    @Test
    void evictedPagesAreReadBackIntact() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open(EngineFixture.config(64).withLastWrittenCacheSize(32));
            Accounts acc = new Accounts(e, "a", 20_000, 7);
            Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, false);
            tx.startStatement();
            for (int i = 0; i < 20_000; i += 13) {
                acc.add(tx, i, 1);
            }
            tx.commit();
            Transaction r = e.openSession().begin(Isolation.READ_COMMITTED, true);
            r.startStatement();
            List<Row> rows = EngineFixture.scan(acc.table, r);
            assertThat(rows).hasSize(20_000);
            assertThat(acc.total(r)).isEqualTo(20_000L * 7 + (20_000 + 12) / 13);
            assertThat(acc.find(r, 19_994)).hasValueSatisfying(row -> assertThat(EngineFixture.value(row.data()))
                    .isEqualTo(8));
            BufferPool pool = ((StorageEngine) e).bufferPool();
            int[] cached = {0};
            pool.forEachCached((p, b) -> cached[0]++);
            assertThat(cached[0]).isLessThanOrEqualTo(64);
        }
    }
}
