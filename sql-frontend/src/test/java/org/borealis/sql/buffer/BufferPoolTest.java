package org.borealis.sql.buffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.borealis.pagestore.api.PageSource;
import org.borealis.pagestore.page.Fork;
import org.borealis.pagestore.page.PageId;
import org.borealis.transport.RegisteredBuffer;

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

    /**
     * A sequential scan reads the pages ahead of it: over a cold pool each page is read from the
     * volume once, and a read-ahead that fails (storage refusing the first read of each page) costs
     * nothing but a second read by the scan itself, which then gets every row.
     */
    @Test
    void readAheadReadsEachPageOnceAndAFailedOneIsReadAgain() {
        try (EngineFixture fx = new EngineFixture()) {
            AtomicBoolean faults = new AtomicBoolean();
            Map<PageId, AtomicInteger> reads = new ConcurrentHashMap<>();
            Set<PageId> failedOnce = ConcurrentHashMap.newKeySet();
            int[] table = {-1};
            PageSource source = new PageSource() {
                @Override
                public CompletableFuture<Void> readPage(PageId page, long lsn, RegisteredBuffer frame, int offset) {
                    boolean ours = page.relation() == table[0] && page.fork() == Fork.MAIN;
                    if (ours) {
                        reads.computeIfAbsent(page, p -> new AtomicInteger()).incrementAndGet();
                    }
                    if (ours && faults.get() && page.block() >= 1 && failedOnce.add(page)) {
                        return CompletableFuture.failedFuture(new java.io.IOException("storage refused " + page));
                    }
                    return fx.volume.readPage(page, lsn, frame, offset);
                }

                @Override
                public void close() {
                }
            };
            Engine e = fx.open(EngineFixture.config(64), fx.volume, source);
            Accounts acc = new Accounts(e, "a", 20_000, 7);
            table[0] = acc.table.oid();
            BufferPool pool = ((StorageEngine) e).bufferPool();

            reads.clear();
            Transaction r = e.openSession().begin(Isolation.READ_COMMITTED, true);
            r.startStatement();
            assertThat(EngineFixture.scan(acc.table, r)).hasSize(20_000);
            int pagesRead = reads.size();
            assertThat(pagesRead).as("the table is larger than the pool").isGreaterThan(64);
            long twice = reads.values().stream().filter(n -> n.get() > 1).count();
            assertThat(twice).as("pages read more than once by one scan").isLessThanOrEqualTo(pagesRead / 20);

            reads.clear();
            faults.set(true);
            Transaction r2 = e.openSession().begin(Isolation.READ_COMMITTED, true);
            r2.startStatement();
            assertThat(acc.total(r2)).isEqualTo(20_000L * 7);
            assertThat(failedOnce).as("read-aheads refused").hasSizeGreaterThan(pagesRead / 2);
            for (PageId p : failedOnce) {
                assertThat(reads.get(p).get()).as("%s read again after its read-ahead failed", p).isGreaterThanOrEqualTo(2);
            }
            int[] cached = {0};
            pool.forEachCached((p, b) -> cached[0]++);
            assertThat(cached[0]).isLessThanOrEqualTo(64);
        }
    }
}
