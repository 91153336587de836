package org.borealis.pagestore.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.borealis.pagestore.log.LogMode;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.service.StorageException;
import org.borealis.pagestore.service.StorageStatus;
import org.borealis.pagestore.testing.PageModel;
import org.borealis.pagestore.testing.RecordStream;
import org.borealis.pagestore.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded model test with everything at once: one writer appending, two readers asking for pages
 * at random LSNs between the horizon and the SCL, and a GC thread raising the horizon and
 * collapsing versions — every answer must equal the model (or be BELOW_HORIZON when the horizon
 * has in fact passed the LSN).
 */
class ConcurrentModelTest {

    static final int G = 6;

    @TempDir
    Path dir;

    @Test
    void readsDuringReplayAndGcEqualTheModel() throws Exception {
        long seed = Seeds.seed("ConcurrentModelTest");
        String replay = Seeds.replay(seed);
        Random rnd = new Random(seed);
        List<PageId> pages = RecordStream.pages(2, 4);
        RecordStream stream = new RecordStream(0, 1);
        PageModel model = new PageModel();
        List<ByteBuffer> batches = new ArrayList<>();
        for (int b = 0; b < 400; b++) {
            List<byte[]> recs = new ArrayList<>();
            for (int i = 1 + rnd.nextInt(6); i > 0; i--) {
                byte[] r = stream.random(rnd, pages, 8);
                model.apply(r);
                recs.add(r);
            }
            batches.add(RecordStream.batch(recs));
        }
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger collapses = new AtomicInteger();
        try (StorageEngine e = EngineHarness.open(EngineHarness.config(dir, LogMode.FSYNC, 3, 4, 8))) {
            Thread writer = new Thread(() -> {
                try {
                    for (ByteBuffer b : batches) {
                        e.append(G, 1, b).join();
                    }
                } catch (RuntimeException ex) {
                    problems.add("append failed: " + ex);
                } finally {
                    writing.set(false);
                }
            });
            List<Thread> threads = new ArrayList<>();
            threads.add(writer);
            for (int t = 0; t < 2; t++) {
                long rs = rnd.nextLong();
                threads.add(new Thread(() -> readLoop(e, new Random(rs), pages, model, writing, reads, problems)));
            }
            long gs = rnd.nextLong();
            threads.add(new Thread(() -> gcLoop(e, new Random(gs), writing, collapses, problems)));
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join(120_000);
                assertThat(t.isAlive()).as("a test thread hung").isFalse();
            }
        }
        assertThat(problems).as("problems" + replay).isEmpty();
        assertThat(reads.get()).isPositive();
        assertThat(collapses.get()).isPositive();
    }

    private static void readLoop(StorageEngine e, Random rnd, List<PageId> pages, PageModel model,
                                 AtomicBoolean writing, AtomicInteger reads, ConcurrentLinkedQueue<String> problems) {
        // on a busy machine the writer may be done before this thread ran at all: it then still reads
        // a few times (at most a bounded number of tries) so that the test always checks something
        int mine = 0;
        int after = 0;
        while ((writing.get() || (mine < 5 && after++ < 10_000)) && problems.isEmpty()) {
            GroupState s = e.state(G);
            if (s.scl() <= s.horizon()) {
                Thread.onSpinWait();
                continue;
            }
            long lsn = s.horizon() + (long) (rnd.nextDouble() * (s.scl() - s.horizon() + 1));
            PageId p = pages.get(rnd.nextInt(pages.size()));
            try {
                PageRead r = e.getPage(G, p, lsn).join();
                if (!PageLayout.verifyChecksum(ByteBuffer.wrap(r.page()))
                        || !java.util.Arrays.equals(PageModel.withoutChecksum(r.page()), model.at(p, lsn))) {
                    problems.add("page " + p + " at LSN " + lsn + " differs from the model (cache hit " + r.cacheHit()
                            + ", version " + r.versionLsn() + ")");
                }
                reads.incrementAndGet();
                mine++;
            } catch (CompletionException ex) {
                StorageException se = (StorageException) ex.getCause();
                if (se.storageStatus() != StorageStatus.BELOW_HORIZON || e.state(G).horizon() <= lsn) {
                    problems.add("page " + p + " at LSN " + lsn + ": " + se.getMessage());
                }
            }
        }
    }

    private static void gcLoop(StorageEngine e, Random rnd, AtomicBoolean writing, AtomicInteger collapses,
                               ConcurrentLinkedQueue<String> problems) {
        int mine = 0;
        int after = 0;
        while ((writing.get() || (mine < 1 && after++ < 1_000)) && problems.isEmpty()) {
            GroupState s = e.state(G);
            long h = s.applied() - rnd.nextInt(200);
            if (h > s.horizon()) {
                e.setHorizon(G, h);
                try {
                    e.collapseNow(G);
                    collapses.incrementAndGet();
                    mine++;
                } catch (Exception ex) {
                    problems.add("GC failed: " + ex);
                }
            }
            try {
                Thread.sleep(rnd.nextInt(5));
            } catch (InterruptedException ex) {
                return;
            }
        }
    }
}
