package org.borealis.pagestore.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.service.StorageException;
import org.borealis.pagestore.service.StorageStatus;
import org.borealis.pagestore.testing.RecordStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class GroupLogTest {

    static final PageId P = new PageId(10, 0, 1);
    static final int SEG = 1 << 20;

    @TempDir
    Path dir;

    GroupLog open(LogMode mode) throws Exception {
        return GroupLog.open("t", 7, dir, mode, SEG, 0);
    }

    static AppendAck ack(GroupLog log, int epoch, ByteBuffer batch) {
        return log.append(epoch, batch).join();
    }

    static StorageStatus failure(Runnable r) {
        try {
            r.run();
        } catch (CompletionException e) {
            return ((StorageException) e.getCause()).storageStatus();
        }
        throw new AssertionError("expected a failure");
    }

    static byte[] w(RecordStream s, long lsn) {
        return s.write(lsn, P, 100, new byte[] {(byte) lsn});
    }

    @ParameterizedTest
    @EnumSource(value = LogMode.class, names = {"FSYNC", "MMAP"})
    void acksCarryTheSclAndSurviveRestart(LogMode mode) throws Exception {
        RecordStream s = new RecordStream(0, 1);
        try (GroupLog log = open(mode)) {
            AppendAck a = ack(log, 1, RecordStream.batch(w(s, 10), w(s, 20), w(s, 30)));
            assertThat(a).isEqualTo(new AppendAck(30, 1, 3));
            assertThat(ack(log, 1, RecordStream.batch(w(s, 31))).scl()).isEqualTo(31);
            assertThat(log.durableScl()).isEqualTo(31);
        }
        try (GroupLog log = open(mode)) {
            assertThat(log.durableScl()).isEqualTo(31);
            assertThat(log.epoch()).isEqualTo(1);
            assertThat(log.records(0, 100).keySet()).containsExactly(10L, 20L, 30L, 31L);
            ByteBuffer r = log.read(log.records(0, 100).get(20L));
            assertThat(r.getLong(8)).isEqualTo(20);
            assertThat(ack(log, 1, RecordStream.batch(w(s, 40))).scl()).isEqualTo(40);
        }
    }

    @Test
    void aBatchAheadOfAHoleIsStoredAndTheSclJumpsWhenFilled() throws Exception {
        RecordStream s = new RecordStream(0, 1);
        byte[] r1 = w(s, 1);
        byte[] r2 = w(s, 2);
        byte[] r3 = w(s, 3);
        byte[] r4 = w(s, 4);
        try (GroupLog log = open(LogMode.FSYNC)) {
            assertThat(ack(log, 1, RecordStream.batch(r3, r4))).isEqualTo(new AppendAck(0, 1, 2));
            assertThat(log.indexStats()[1]).isEqualTo(2); // two records wait above the hole
            assertThat(log.records(0, 100)).isEmpty();
            assertThat(ack(log, 1, RecordStream.batch(r1)).scl()).isEqualTo(1);
            assertThat(ack(log, 1, RecordStream.batch(r2)).scl()).isEqualTo(4);
            assertThat(log.indexStats()[1]).isZero();
        }
        try (GroupLog log = open(LogMode.FSYNC)) {
            assertThat(log.durableScl()).isEqualTo(4);
        }
    }

    @Test
    void aHoleSurvivesRestartAndIsFilledAfter() throws Exception {
        RecordStream s = new RecordStream(0, 1);
        byte[] r1 = w(s, 1);
        byte[] r2 = w(s, 2);
        try (GroupLog log = open(LogMode.FSYNC)) {
            assertThat(ack(log, 1, RecordStream.batch(r2)).scl()).isZero();
        }
        try (GroupLog log = open(LogMode.FSYNC)) {
            assertThat(log.durableScl()).isZero();
            assertThat(ack(log, 1, RecordStream.batch(r1)).scl()).isEqualTo(2);
        }
    }

    @Test
    void aRetryIsAckedWithoutBeingStoredTwice() throws Exception {
        RecordStream s = new RecordStream(0, 1);
        ByteBuffer batch = RecordStream.batch(w(s, 5), w(s, 6));
        byte[] r7 = w(s, 7);
        try (GroupLog log = open(LogMode.FSYNC)) {
            ack(log, 1, batch.duplicate());
            assertThat(ack(log, 1, batch.duplicate())).isEqualTo(new AppendAck(6, 1, 0));
            // an overlapping retry stores only what is new
            ByteBuffer overlap = RecordStream.batch(
                    RecordStream.record(3, 0, 6, 5, 1, P, new byte[] {0, 100, 6}), r7);
            assertThat(ack(log, 1, RecordStream.batch(batchBytes(batch, 1), r7))).isEqualTo(new AppendAck(7, 1, 1));
            assertThat(overlap.remaining()).isPositive();
            assertThat(log.indexStats()[0]).isEqualTo(3);
        }
        try (GroupLog log = open(LogMode.FSYNC)) {
            assertThat(log.indexStats()[0]).isEqualTo(3);
        }
    }

    private static byte[] batchBytes(ByteBuffer batch, int index) {
        ByteBuffer b = batch.duplicate();
        int p = b.position();
        for (int i = 0; i < index; i++) {
            p += b.getInt(p);
        }
        byte[] out = new byte[b.getInt(p)];
        b.get(p, out);
        return out;
    }

    @Test
    void conflictingRecordsAreRefused() throws Exception {
        RecordStream s = new RecordStream(0, 1);
        try (GroupLog log = open(LogMode.FSYNC)) {
            ack(log, 1, RecordStream.batch(w(s, 5), w(s, 9)));
            byte[] other = RecordStream.record(3, 0, 9, 5, 1, P, new byte[] {0, 100, 42});
            assertThat(failure(() -> ack(log, 1, RecordStream.batch(other)))).isEqualTo(StorageStatus.LSN_CONFLICT);
            byte[] skipped = RecordStream.record(3, 0, 7, 5, 1, P, new byte[] {0, 100, 42});
            assertThat(failure(() -> ack(log, 1, RecordStream.batch(skipped)))).isEqualTo(StorageStatus.LSN_CONFLICT);
            // two records above the chain claiming the same predecessor
            ack(log, 1, RecordStream.batch(RecordStream.record(3, 0, 20, 15, 1, P, new byte[] {0, 100, 1})));
            byte[] rival = RecordStream.record(3, 0, 21, 15, 1, P, new byte[] {0, 100, 1});
            assertThat(failure(() -> ack(log, 1, RecordStream.batch(rival)))).isEqualTo(StorageStatus.LSN_CONFLICT);
            assertThat(log.durableScl()).isEqualTo(9);
        }
    }

    @Test
    void staleEpochsAreRefused() throws Exception {
        RecordStream s = new RecordStream(0, 2);
        try (GroupLog log = open(LogMode.FSYNC)) {
            ack(log, 2, RecordStream.batch(w(s, 1)));
            RecordStream old = new RecordStream(1, 1);
            assertThat(failure(() -> ack(log, 1, RecordStream.batch(w(old, 2))))).isEqualTo(StorageStatus.STALE_EPOCH);
            assertThat(failure(() -> log.truncate(1, 0).join())).isEqualTo(StorageStatus.STALE_EPOCH);
            assertThat(log.epoch()).isEqualTo(2);
        }
        try (GroupLog log = open(LogMode.FSYNC)) {
            assertThat(log.epoch()).isEqualTo(2);
            RecordStream old = new RecordStream(1, 1);
            assertThat(failure(() -> ack(log, 1, RecordStream.batch(w(old, 2))))).isEqualTo(StorageStatus.STALE_EPOCH);
        }
    }

    @Test
    void malformedBatchesAreRejectedWholeAndNothingIsAppended() throws Exception {
        try (GroupLog log = open(LogMode.FSYNC)) {
            RecordStream s = new RecordStream(0, 1);
            byte[] a = w(s, 1);
            byte[] b = w(s, 2);
            byte[] badCrc = a.clone();
            badCrc[50] ^= 1;
            List<ByteBuffer> bad = new ArrayList<>();
            bad.add(RecordStream.batch(b.clone(), badCrc));
            bad.add(RecordStream.batch(b, a)); // not increasing
            bad.add(RecordStream.batch(a, RecordStream.record(3, 0, 2, 0, 1, P, new byte[] {0, 100, 1}))); // chain
            bad.add(RecordStream.batch(a, b).limit(a.length + 10)); // truncated record
            bad.add(RecordStream.batch(RecordStream.record(3, 0, 1, 0, 5, P, new byte[] {0, 100, 1}))); // newer epoch
            bad.add(RecordStream.batch(RecordStream.record(3, 0, -5, 0, 1, P, new byte[] {0, 100, 1}))); // LSN >= 2^63
            bad.add(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            for (ByteBuffer batch : bad) {
                assertThat(failure(() -> ack(log, 1, batch))).isEqualTo(StorageStatus.BAD_BATCH);
            }
            assertThat(log.indexStats()[0]).isZero();
            assertThat(log.durableScl()).isZero();
            assertThat(ack(log, 1, RecordStream.batch(a, b)).scl()).isEqualTo(2);
        }
    }

    @Test
    void truncateDiscardsRecordsAboveAndARestartHonoursIt() throws Exception {
        RecordStream s = new RecordStream(0, 1);
        try (GroupLog log = open(LogMode.MMAP)) {
            for (long l = 1; l <= 10; l++) {
                ack(log, 1, RecordStream.batch(w(s, l)));
            }
            ack(log, 1, RecordStream.batch(RecordStream.record(3, 0, 30, 20, 1, P, new byte[] {0, 100, 1}))); // a hole
            assertThat(log.truncate(2, 5).join()).isEqualTo(new AppendAck(5, 2, 0));
            assertThat(log.durableScl()).isEqualTo(5);
            assertThat(log.indexStats()).containsExactly(5, 0);
            RecordStream n = new RecordStream(5, 2);
            byte[] six = n.write(6, P, 200, new byte[] {66});
            assertThat(ack(log, 2, RecordStream.batch(six)).scl()).isEqualTo(6);
        }
        try (GroupLog log = open(LogMode.MMAP)) {
            assertThat(log.durableScl()).isEqualTo(6);
            assertThat(log.epoch()).isEqualTo(2);
            assertThat(log.truncateEpoch()).isEqualTo(2);
            assertThat(log.truncateAbove()).isEqualTo(5);
            assertThat(log.records(0, 100).keySet()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            assertThat(log.read(log.records(0, 100).get(6L)).get(48 + 2)).isEqualTo((byte) 66);
        }
    }

    @Test
    void manySegmentsRecoverAndAppliedSegmentsAreDeleted() throws Exception {
        RecordStream s = new RecordStream(0, 1);
        byte[] big = new byte[4000];
        long lsn = 0;
        try (GroupLog log = open(LogMode.FSYNC)) {
            for (int i = 0; i < 700; i++) {
                lsn += 3;
                ack(log, 1, RecordStream.batch(s.write(lsn, P, 20, big)));
            }
            assertThat(log.segments.size()).isGreaterThan(2);
        }
        try (GroupLog log = open(LogMode.FSYNC)) {
            assertThat(log.durableScl()).isEqualTo(lsn);
            assertThat(log.records(0, lsn)).hasSize(700);
            assertThat(log.hasDeletableSegment(lsn / 2)).isTrue();
            log.deleteAppliedSegments(lsn / 2);
            assertThat(log.records(0, lsn).size()).isLessThan(700);
        }
        try (GroupLog log = GroupLog.open("t", 7, dir, LogMode.FSYNC, SEG, lsn / 2)) {
            assertThat(log.durableScl()).isEqualTo(lsn);
            lsn += 1;
            assertThat(ack(log, 1, RecordStream.batch(s.write(lsn, P, 20, big))).scl()).isEqualTo(lsn);
        }
    }
}
