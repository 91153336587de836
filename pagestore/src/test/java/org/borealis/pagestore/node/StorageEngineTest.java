package org.borealis.pagestore.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borealis.pagestore.node.StorageEngineModelTest.status;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.borealis.pagestore.config.StoreConfig;
import org.borealis.pagestore.log.LogMode;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.service.StorageException;
import org.borealis.pagestore.service.StorageStatus;
import org.borealis.pagestore.testing.RecordStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Engine behaviour at known points of replay: waits, fail-stop on damage, the cache, metrics. */
class StorageEngineTest {

    static final int G = 4;
    static final PageId P = new PageId(8, 0, 2);

    @TempDir
    Path dir;

    private StorageEngine open(Duration applyWait) throws Exception {
        var c = EngineHarness.config(dir, LogMode.FSYNC, 4, 64, 64);
        c = c.withStore(new StoreConfig(4, 64, applyWait, 64, Duration.ofHours(1)));
        return StorageEngine.open(c, new SimpleMeterRegistry());
    }

    /** Holds the replay thread until the returned latch is counted down. */
    private static CountDownLatch holdReplay(StorageEngine e) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch held = new CountDownLatch(1);
        e.onReplayThread(() -> {
            held.countDown();
            return release.await(60, TimeUnit.SECONDS);
        });
        assertThat(held.await(60, TimeUnit.SECONDS)).isTrue();
        return release;
    }

    @Test
    void aDurableLsnNotYetReplayedWaitsThenFailsRetriably() throws Exception {
        try (StorageEngine e = open(Duration.ofMillis(200))) {
            RecordStream s = new RecordStream(0, 1);
            e.append(G, 1, RecordStream.batch(s.write(1, P, 100, new byte[] {1}))).join();
            EngineHarness.awaitApplied(e, G, 1);
            CountDownLatch release = holdReplay(e);
            e.append(G, 1, RecordStream.batch(s.write(2, P, 100, new byte[] {2}))).join();
            CompletableFuture<PageRead> waiting = e.getPage(G, P, 2);
            assertThat(status(waiting)).isEqualTo(StorageStatus.NOT_YET_APPLIED);
            StorageException ex = (StorageException) waiting.handle((r, t) -> t.getCause()).join();
            assertThat(ex.retriable()).isTrue();
            assertThat(ex.getMessage()).contains("replay is at 1");
            assertThat(e.getPage(G, P, 1).join().versionLsn()).isEqualTo(1);

            CompletableFuture<PageRead> later = e.getPage(G, P, 2);
            release.countDown();
            // replay resumes within the wait bound of a new call
            PageRead r = e.getPage(G, P, 2).handle((x, t) -> x).join();
            if (r == null) {
                EngineHarness.awaitApplied(e, G, 2);
                r = e.getPage(G, P, 2).join();
            }
            assertThat(r.versionLsn()).isEqualTo(2);
            later.handle((x, t) -> null).join();
        }
    }

    @Test
    void aRecordDamagedOnDiskBeforeReplayFailStopsTheGroup() throws Exception {
        Path seg;
        try (StorageEngine e = open(Duration.ofSeconds(30))) {
            RecordStream s = new RecordStream(0, 1);
            e.append(G, 1, RecordStream.batch(s.write(1, P, 100, new byte[] {1}))).join();
            EngineHarness.awaitApplied(e, G, 1);
            CountDownLatch release = holdReplay(e);
            e.append(G, 1, RecordStream.batch(s.write(2, P, 100, new byte[] {2}))).join();
            seg = dir.resolve("log").resolve("g" + G).resolve("0000000000000001.seg");
            try (RandomAccessFile f = new RandomAccessFile(seg.toFile(), "rw")) {
                // second frame: header 64 + first frame (40 + 55 -> 96); its record starts 40 later
                f.seek(64 + 96 + 40 + 50);
                f.write(0x5A);
            }
            CompletableFuture<PageRead> waiting = e.getPage(G, P, 2);
            release.countDown();
            assertThat(status(waiting)).isEqualTo(StorageStatus.CORRUPTION);
            StorageException ex = (StorageException) waiting.handle((r, t) -> t.getCause()).join();
            assertThat(ex.retriable()).isFalse();
            assertThat(ex.getMessage()).contains(seg.toString()).contains("offset 200").contains("CRC");
            assertThat(e.getPage(G, P, 1).join().versionLsn()).isEqualTo(1);
            assertThat(status(e.append(G, 1, RecordStream.batch(s.write(3, P, 100, new byte[] {3})))))
                    .isEqualTo(StorageStatus.CORRUPTION);
        }
        // and the node refuses to start on that log, naming the place
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> open(Duration.ofSeconds(1)))
                .isInstanceOf(org.borealis.pagestore.CorruptionException.class)
                .hasMessageContaining(seg.toString());
    }

    @Test
    void theNewestVersionIsServedFromTheCacheAndOlderOnesFromTheStore() throws Exception {
        try (StorageEngine e = open(Duration.ofSeconds(30))) {
            RecordStream s = new RecordStream(0, 1);
            e.append(G, 1, RecordStream.batch(s.init(1, P, 0), s.write(2, P, 100, new byte[] {2}))).join();
            EngineHarness.awaitApplied(e, G, 2);
            assertThat(e.getPage(G, P, 2).join().cacheHit()).isTrue();
            assertThat(e.getPage(G, P, 5).isDone()).isTrue(); // above the SCL: fails at once
            assertThat(e.getPage(G, P, 1).join().cacheHit()).isFalse();
            e.append(G, 1, RecordStream.batch(s.write(9, P, 100, new byte[] {9}))).join();
            EngineHarness.awaitApplied(e, G, 9);
            PageRead mid = e.getPage(G, P, 8).join();
            assertThat(mid.cacheHit()).isFalse();
            assertThat(mid.versionLsn()).isEqualTo(2);
            assertThat(e.getPage(G, P, 9).join().cacheHit()).isTrue();
            var reg = e.metrics().registry();
            assertThat(reg.get("borealis.storage.getpage.cache").tag("result", "hit").counter().count()).isGreaterThan(0);
            assertThat(reg.get("borealis.storage.append.records").counter().count()).isEqualTo(3);
            assertThat(reg.get("borealis.storage.applied.lag").tag("group", "4").gauge().value()).isZero();
            assertThat(reg.get("borealis.storage.append.ack").timer().count()).isEqualTo(2);
        }
    }

    @Test
    void replayedSegmentsAreDeletedAndARestartStillKnowsEverything() throws Exception {
        Path logDir = dir.resolve("log").resolve("g" + G);
        RecordStream s = new RecordStream(0, 1);
        PageId[] pages = {P, new PageId(8, 0, 3), new PageId(9, 1, 0)};
        byte[] big = new byte[3000];
        long lsn = 0;
        try (StorageEngine e = open(Duration.ofSeconds(30))) {
            for (int i = 0; i < 1200; i++) {
                lsn += 2;
                big[0] = (byte) i;
                e.append(G, 1, RecordStream.batch(s.write(lsn, pages[i % 3], 100, big))).join();
            }
            EngineHarness.awaitApplied(e, G, lsn);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (segments(logDir) > 1 && System.nanoTime() < deadline) {
                Thread.sleep(50); // the replay thread deletes replayed segments when idle
            }
            assertThat(segments(logDir)).isEqualTo(1);
        }
        try (StorageEngine e = open(Duration.ofSeconds(30))) {
            assertThat(e.state(G).scl()).isEqualTo(lsn);
            assertThat(e.state(G).applied()).isEqualTo(lsn);
            PageRead r = e.getPage(G, pages[(1199) % 3], lsn).join();
            assertThat(r.versionLsn()).isEqualTo(lsn);
            assertThat(r.page()[100]).isEqualTo((byte) 1199);
            // the chain goes on from the SCL, and a retry of a record whose segment is gone is accepted
            assertThat(e.append(G, 1, RecordStream.batch(s.write(lsn + 1, P, 100, new byte[] {7}))).join().scl())
                    .isEqualTo(lsn + 1);
            byte[] old = RecordStream.record(3, 0, 2, 0, 1, P, new byte[] {0, 100, 1});
            assertThat(e.append(G, 1, RecordStream.batch(old)).join().appended()).isZero();
        }
    }

    private static long segments(Path logDir) throws Exception {
        try (var files = java.nio.file.Files.list(logDir)) {
            return files.filter(f -> f.toString().endsWith(".seg")).count();
        }
    }

    @Test
    void aCrashBetweenTheTruncateFrameAndTheRollbackIsFinishedAtStartUp() throws Exception {
        RecordStream s = new RecordStream(0, 1);
        org.borealis.pagestore.testing.PageModel model = new org.borealis.pagestore.testing.PageModel();
        PageId q = new PageId(8, 0, 3);
        try (StorageEngine e = open(Duration.ofSeconds(30))) {
            for (long lsn = 1; lsn <= 30; lsn++) {
                byte[] r = s.write(lsn, lsn % 2 == 0 ? P : q, 100 + (int) lsn, new byte[] {(byte) lsn});
                model.apply(r);
                e.append(G, 1, RecordStream.batch(r)).join();
            }
            EngineHarness.awaitApplied(e, G, 30);
        }
        // the crash window: the truncation is durable in the log, the page store never heard of it
        try (var log = org.borealis.pagestore.log.GroupLog.open("s1", G, dir.resolve("log").resolve("g" + G),
                LogMode.FSYNC, 1 << 20, 30)) {
            log.truncate(2, 18).join();
        }
        model.truncate(18);
        try (StorageEngine e = open(Duration.ofSeconds(30))) {
            GroupState st = e.state(G);
            assertThat(st.scl()).isEqualTo(18);
            assertThat(st.applied()).isEqualTo(18);
            assertThat(st.epoch()).isEqualTo(2);
            RecordStream n = new RecordStream(18, 2);
            for (long lsn = 19; lsn <= 25; lsn++) {
                byte[] r = n.write(lsn, P, 3000 + (int) lsn, new byte[] {(byte) -lsn});
                model.apply(r);
                e.append(G, 2, RecordStream.batch(r)).join();
            }
            EngineHarness.awaitApplied(e, G, 25);
            for (long lsn = 1; lsn <= 25; lsn++) {
                for (PageId page : new PageId[] {P, q}) {
                    byte[] got = e.getPage(G, page, lsn).join().page();
                    assertThat(org.borealis.pagestore.testing.PageModel.withoutChecksum(got))
                            .as("%s at LSN %d", page, lsn).isEqualTo(model.at(page, lsn));
                }
            }
        }
    }
}
