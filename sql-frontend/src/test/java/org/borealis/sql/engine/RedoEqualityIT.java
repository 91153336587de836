package org.borealis.sql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.service.StorageClient;
import org.borealis.sql.engine.impl.StorageEngine;
import org.borealis.sql.testutil.Accounts;
import org.borealis.sql.testutil.EngineFixture;
import org.borealis.sql.testutil.Seeds;
import org.borealis.sql.testutil.StorageFixture;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redo equality over a real storage node: after a workload of inserts, B-tree splits, updates
 * (heap-only ones with pruning too), deletes, aborted transactions and vacuum (two, so pages are marked all-visible,
 * then some updated again), every page compute has cached (visibility-map pages too) is read back from
 * storage (GetPage@LSN at compute's last LSN) and must be byte-identical, except the checksum
 * field, which storage stamps in transit.
 */
class RedoEqualityIT {

    @TempDir
    Path dir;

    @Test
    void everyCachedPageEqualsStoragesCopy() throws Exception {
        long seed = Seeds.seed("RedoEqualityIT");
        try (StorageFixture storage = new StorageFixture(dir)) {
            Engine e = storage.open(EngineFixture.config(8192));
            Accounts acc = new Accounts(e, "accounts", 5000, 100);
            Accounts branches = new Accounts(e, "branches", 10, 0).hot(); // heap-only updates, pruned pages
            Random rnd = new Random(seed);
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                long s = seed + w;
                writers.add(CompletableFuture.runAsync(() -> {
                    Random r = new Random(s);
                    Session session = e.openSession();
                    for (int i = 0; i < 300; i++) {
                        Transaction tx = session.begin(Isolation.READ_COMMITTED, false);
                        try {
                            tx.startStatement();
                            acc.add(tx, r.nextInt(5000), -1);
                            tx.startStatement();
                            acc.add(tx, r.nextInt(5000), 1);
                            tx.startStatement();
                            branches.add(tx, r.nextInt(10), 1);
                            if (r.nextInt(5) == 0) {
                                tx.rollback();
                            } else {
                                tx.commit();
                            }
                        } catch (org.borealis.sql.error.SqlException x) {
                            tx.rollback();
                        }
                    }
                }));
            }
            for (CompletableFuture<Void> w : writers) {
                w.get(5, TimeUnit.MINUTES);
            }
            Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, false);
            tx.startStatement();
            for (Row r : EngineFixture.scan(acc.table, tx)) {
                if (rnd.nextInt(4) == 0) {
                    acc.table.delete(tx, r.tid());
                }
            }
            tx.commit();
            e.vacuumAll();
            e.vacuumAll(); // the dead slots become unused: pages are marked all-visible (heap-visible, vm-set)
            Transaction touch = e.openSession().begin(Isolation.READ_COMMITTED, false);
            touch.startStatement();
            for (int i = 0; i < 20; i++) {
                acc.add(touch, rnd.nextInt(100), 1); // clears some of those bits again (vm-clear)
            }
            touch.commit();

            StorageEngine engine = (StorageEngine) e;
            long lsn = e.lastLsn();
            List<PageId> pages = new ArrayList<>();
            List<ByteBuffer> cached = new ArrayList<>();
            engine.bufferPool().forEachCached((p, b) -> {
                pages.add(p);
                cached.add(b);
            });
            assertThat(pages).hasSizeGreaterThan(40);
            assertThat(pages).as("visibility-map pages are compared too")
                    .anyMatch(p -> p.fork() == org.borealis.pagestore.page.Fork.VM);
            assertThat(cached).as("some heap pages are all-visible")
                    .anyMatch(b -> org.borealis.pagestore.page.PageLayout.type(b) == org.borealis.pagestore.page.PageType.HEAP
                            && org.borealis.pagestore.heap.HeapPage.isAllVisible(b));
            try (Transport t = Transports.create(TransportConfig.defaults(TransportKind.TCP, "checker"));
                 StorageClient client = StorageClient.connect(t, storage.address(), 5_000).get(30, TimeUnit.SECONDS);
                 RegisteredBuffer buf = t.allocate(PageLayout.PAGE_SIZE)) {
                awaitDurable(client, lsn);
                int compared = 0;
                for (int i = 0; i < pages.size(); i++) {
                    client.getPage(StorageFixture.GROUP, pages.get(i), lsn, buf, 0).get(30, TimeUnit.SECONDS);
                    ByteBuffer stored = buf.buffer();
                    ByteBuffer mine = cached.get(i);
                    stored.putInt(PageLayout.CHECKSUM, 0);
                    mine.putInt(PageLayout.CHECKSUM, 0);
                    for (int b = 0; b < PageLayout.PAGE_SIZE; b++) {
                        if (stored.get(b) != mine.get(b)) {
                            throw new AssertionError("page " + pages.get(i) + " differs at byte " + b + " (seed " + seed
                                    + ")");
                        }
                    }
                    compared++;
                }
                assertThat(compared).isEqualTo(pages.size());
            }
        }
    }

    private static void awaitDurable(StorageClient client, long lsn) throws Exception {
        while (client.state(StorageFixture.GROUP).get(30, TimeUnit.SECONDS).scl() < lsn) {
            Thread.sleep(5);
        }
    }
}
