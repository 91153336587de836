package org.borealis.pagestore.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
 * Seeded model test of the whole local node: random records over random pages, sent in random
 * batches, some out of order (holes); GetPage@LSN at random LSNs must equal the reference model,
 * before and after a restart, before and after GC, and around a truncation.
 */
class StorageEngineModelTest {

    static final int G = 3;

    @TempDir
    Path dir;

    @Test
    void getPageAtRandomLsnsEqualsTheModel() throws Exception {
        long seed = Seeds.seed("StorageEngineModelTest");
        Random rnd = new Random(seed);
        String replay = Seeds.replay(seed);
        int imageEvery = 1 + rnd.nextInt(8);
        var cfg = EngineHarness.config(dir, rnd.nextBoolean() ? LogMode.FSYNC : LogMode.MMAP, imageEvery,
                rnd.nextInt(3) == 0 ? 0 : 1 + rnd.nextInt(16), 1 + rnd.nextInt(64));
        List<PageId> pages = RecordStream.pages(3, 8);
        PageModel model = new PageModel();
        RecordStream stream = new RecordStream(0, 1);
        List<Long> lsns = new ArrayList<>();

        StorageEngine e = EngineHarness.open(cfg);
        try {
            sendRandom(e, rnd, stream, pages, model, lsns, 1500);
            EngineHarness.awaitApplied(e, G, stream.lastLsn());
            check(e, rnd, pages, model, lsns, 0, 400, replay);

            e.close();
            e = EngineHarness.open(cfg);
            assertThat(e.state(G).scl()).as("SCL after restart" + replay).isEqualTo(stream.lastLsn());
            check(e, rnd, pages, model, lsns, 0, 200, replay);

            sendRandom(e, rnd, stream, pages, model, lsns, 1000);
            EngineHarness.awaitApplied(e, G, stream.lastLsn());
            check(e, rnd, pages, model, lsns, 0, 300, replay);

            long horizon = lsns.get(rnd.nextInt(lsns.size()));
            e.setHorizon(G, horizon);
            var gc = e.collapseNow(G);
            assertThat(gc.pages()).as("GC collapsed something" + replay).isPositive();
            check(e, rnd, pages, model, lsns, horizon, 400, replay);
            long below = horizon - 1 - rnd.nextInt((int) Math.min(horizon - 1, 1000) + 1);
            if (below >= 0) {
                assertThat(status(e.getPage(G, pages.get(0), below))).isEqualTo(StorageStatus.BELOW_HORIZON);
            }

            e.close();
            e = EngineHarness.open(cfg);
            assertThat(e.state(G).horizon()).isEqualTo(horizon);
            check(e, rnd, pages, model, lsns, horizon, 200, replay);
            assertThat(status(e.getPage(G, pages.get(0), stream.lastLsn() + 1))).isEqualTo(StorageStatus.NOT_DURABLE);
            assertThat(e.getPage(G, new PageId(99_999, 0, 0), stream.lastLsn()).join().page())
                    .isEqualTo(new byte[PageLayout.PAGE_SIZE]);
        } finally {
            e.close();
        }
    }

    @Test
    void truncationRollsBackReplayedVersionsAndARestartHonoursIt() throws Exception {
        long seed = Seeds.seed("StorageEngineModelTest.truncate");
        Random rnd = new Random(seed);
        String replay = Seeds.replay(seed);
        var cfg = EngineHarness.config(dir, LogMode.FSYNC, 1 + rnd.nextInt(6), 8, 16);
        List<PageId> pages = RecordStream.pages(2, 4);
        PageModel model = new PageModel();
        RecordStream stream = new RecordStream(0, 1);
        List<Long> lsns = new ArrayList<>();
        try (StorageEngine e = EngineHarness.open(cfg)) {
            sendRandom(e, rnd, stream, pages, model, lsns, 400);
            EngineHarness.awaitApplied(e, G, stream.lastLsn());
            long cut = lsns.get(100 + rnd.nextInt(200));
            var ack = e.truncate(G, 2, cut).join();
            assertThat(ack.scl()).isEqualTo(cut);
            assertThat(e.state(G).applied()).isEqualTo(cut);
            model.truncate(cut);
            lsns.removeIf(l -> l > cut);
            stream.resetTo(cut);
            stream.epoch(2);
            // the new writer's records reuse LSNs the old writer had used
            sendInOrder(e, rnd, stream, pages, model, lsns, 200, 2);
            EngineHarness.awaitApplied(e, G, stream.lastLsn());
            check(e, rnd, pages, model, lsns, 0, 300, replay);
        }
        try (StorageEngine e = EngineHarness.open(cfg)) {
            assertThat(e.state(G).epoch()).isEqualTo(2);
            check(e, rnd, pages, model, lsns, 0, 300, replay);
        }
    }

    @Test
    void aRecordThatDoesNotFitItsPageFailStopsTheGroup() throws Exception {
        var cfg = EngineHarness.config(dir, LogMode.FSYNC, 4, 8, 16);
        PageId p = new PageId(5, 0, 0);
        RecordStream s = new RecordStream(0, 1);
        try (StorageEngine e = EngineHarness.open(cfg)) {
            e.append(G, 1, RecordStream.batch(s.write(10, p, 100, new byte[] {1}))).join();
            EngineHarness.awaitApplied(e, G, 10);
            byte[] bad = RecordStream.record(0x0003, 0, 20, 10, 1, p, new byte[] {0, 4, 1}); // offset 4: the LSN field
            e.append(G, 1, RecordStream.batch(bad)).join();
            assertThat(status(e.getPage(G, p, 20))).isEqualTo(StorageStatus.CORRUPTION);
            assertThat(e.getPage(G, p, 10).join().versionLsn()).isEqualTo(10);
            RecordStream after = new RecordStream(20, 1);
            assertThat(status(e.append(G, 1, RecordStream.batch(after.write(30, p, 100, new byte[] {2})))))
                    .isEqualTo(StorageStatus.CORRUPTION);
        }
    }

    static StorageStatus status(CompletableFuture<?> f) {
        try {
            f.join();
        } catch (CompletionException ex) {
            return ((StorageException) ex.getCause()).storageStatus();
        }
        throw new AssertionError("expected a failure");
    }

    /** Sends {@code n} random records in random batches, shuffling neighbouring batches to make holes. */
    static void sendRandom(StorageEngine e, Random rnd, RecordStream s, List<PageId> pages, PageModel model,
                           List<Long> lsns, int n) {
        List<ByteBuffer> batches = new ArrayList<>();
        int made = 0;
        while (made < n) {
            int k = 1 + rnd.nextInt(12);
            List<byte[]> recs = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                byte[] r = s.random(rnd, pages, 20);
                model.apply(r);
                lsns.add(RecordStream.lsnOf(r));
                recs.add(r);
            }
            batches.add(RecordStream.batch(recs));
            made += k;
        }
        for (int i = 0; i + 1 < batches.size(); i += 2) {
            if (rnd.nextInt(4) == 0) {
                Collections.swap(batches, i, i + 1);
            }
        }
        List<CompletableFuture<?>> acks = new ArrayList<>();
        for (ByteBuffer b : batches) {
            acks.add(e.append(G, 1, b));
            if (rnd.nextInt(10) == 0) {
                acks.add(e.append(G, 1, b.duplicate())); // a retry
            }
        }
        acks.forEach(CompletableFuture::join);
    }

    static void sendInOrder(StorageEngine e, Random rnd, RecordStream s, List<PageId> pages, PageModel model,
                            List<Long> lsns, int n, int epoch) {
        for (int i = 0; i < n; i++) {
            byte[] r = s.random(rnd, pages, 5);
            model.apply(r);
            lsns.add(RecordStream.lsnOf(r));
            e.append(G, epoch, RecordStream.batch(r)).join();
        }
    }

    static void check(StorageEngine e, Random rnd, List<PageId> pages, PageModel model, List<Long> lsns, long from,
                      int reads, String replay) {
        long last = lsns.get(lsns.size() - 1);
        for (int i = 0; i < reads; i++) {
            PageId p = pages.get(rnd.nextInt(pages.size()));
            long lsn = rnd.nextInt(3) == 0 ? lsns.get(rnd.nextInt(lsns.size())) : from + (long) (rnd.nextDouble() * (last - from + 1));
            lsn = Math.max(lsn, from);
            PageRead r = e.getPage(G, p, lsn).join();
            byte[] want = model.at(p, lsn);
            assertThat(PageLayout.verifyChecksum(ByteBuffer.wrap(r.page()))).as("checksum of %s@%d%s", p, lsn, replay)
                    .isTrue();
            assertThat(PageModel.withoutChecksum(r.page())).as("page %s at LSN %d%s", p, lsn, replay).isEqualTo(want);
            assertThat(r.versionLsn()).as("version of %s@%d%s", p, lsn, replay).isEqualTo(ByteBuffer.wrap(want).getLong(0));
        }
    }
}
