package org.borealis.pagestore.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.borealis.pagestore.CorruptionException;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.testing.RecordStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up validation: torn tails are cut, damage before valid data stops the node by name. */
class LogRecoveryTest {

    static final PageId P = new PageId(10, 0, 1);

    @TempDir
    Path dir;

    private Path seg1() {
        return dir.resolve(SegmentFormat.fileName(1));
    }

    /** Appends three single-record batches (LSN 1, 2, 3); returns each frame's offset and the end. */
    private int[] writeThree() throws Exception {
        RecordStream s = new RecordStream(0, 1);
        int[] at = new int[4];
        try (GroupLog log = GroupLog.open("t", 1, dir, LogMode.FSYNC, 1 << 20, 0)) {
            for (int i = 1; i <= 3; i++) {
                at[i - 1] = end();
                log.append(1, RecordStream.batch(s.write(i, P, 100, new byte[] {(byte) i}))).join();
            }
        }
        at[3] = end();
        return at;
    }

    private int end() throws Exception {
        if (!Files.exists(seg1())) {
            return SegmentFormat.HEADER_SIZE;
        }
        byte[] b = Files.readAllBytes(seg1());
        int e = b.length;
        while (e > 0 && b[e - 1] == 0) {
            e--;
        }
        return Math.max(SegmentFormat.HEADER_SIZE, SegmentFormat.align8(e));
    }

    private void poke(int offset, byte[] bytes) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(seg1().toFile(), "rw")) {
            f.seek(offset);
            f.write(bytes);
        }
    }

    private GroupLog reopen() throws Exception {
        return GroupLog.open("t", 1, dir, LogMode.FSYNC, 1 << 20, 0);
    }

    @Test
    void aTornFrameAfterTheLastGoodOneIsCutAndTheLogGoesOn() throws Exception {
        int[] at = writeThree();
        poke(at[3], new byte[] {0x42, 0x46, 0x52, 0x4D, 1, 1, 0, 0, 0, 0, 0, 40, 9, 9, 9});
        try (GroupLog log = reopen()) {
            assertThat(log.durableScl()).isEqualTo(3);
            RecordStream s = new RecordStream(3, 1);
            assertThat(log.append(1, RecordStream.batch(s.write(4, P, 100, new byte[] {4}))).join().scl())
                    .isEqualTo(4);
        }
        try (GroupLog log = reopen()) {
            assertThat(log.durableScl()).isEqualTo(4);
        }
    }

    @Test
    void aTruncatedLastFrameLosesOnlyThatFrame() throws Exception {
        int[] at = writeThree();
        int half = at[2] + (at[3] - at[2]) / 2;
        poke(half, new byte[at[3] - half]);
        try (GroupLog log = reopen()) {
            assertThat(log.durableScl()).isEqualTo(2);
            assertThat(log.records(0, 10).keySet()).containsExactly(1L, 2L);
        }
    }

    @Test
    void damageBeforeValidFramesStopsStartNamingSegmentAndOffset() throws Exception {
        int[] at = writeThree();
        poke(at[1] + SegmentFormat.FRAME_HEADER_SIZE + 30, new byte[] {0x55});
        assertThatThrownBy(this::reopen).isInstanceOf(CorruptionException.class)
                .hasMessageContaining(seg1().toString())
                .hasMessageContaining("offset " + at[1])
                .hasMessageContaining("valid frame at offset " + at[2]);
    }

    @Test
    void aCompleteButDamagedLastFrameIsCorruptionNotATornTail() throws Exception {
        int[] at = writeThree();
        poke(at[2] + SegmentFormat.FRAME_HEADER_SIZE + 20, new byte[] {0x11});
        assertThatThrownBy(this::reopen).isInstanceOf(CorruptionException.class)
                .hasMessageContaining(seg1().toString())
                .hasMessageContaining("offset " + at[2])
                .hasMessageContaining("the last frame is complete");
    }

    @Test
    void aDamagedRecordInsideAFrameWithAGoodCrcIsCorruption() throws Exception {
        int[] at = writeThree();
        // rewrite the record's LSN and fix up only the frame CRC: the record's own CRC now fails
        byte[] seg = Files.readAllBytes(seg1());
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(seg);
        int rec = at[0] + SegmentFormat.FRAME_HEADER_SIZE;
        b.putLong(rec + 8, 1);
        b.put(rec + 30, (byte) 7);
        int payload = b.getInt(at[0] + 8);
        b.putInt(at[0] + 36, SegmentFormat.crc(b, at[0], 36, b, rec, payload));
        Files.write(seg1(), seg);
        assertThatThrownBy(this::reopen).isInstanceOf(CorruptionException.class)
                .hasMessageContaining("offset " + rec).hasMessageContaining("CRC");
    }

    @Test
    void aBadSegmentHeaderIsCorruption() throws Exception {
        writeThree();
        poke(20, new byte[] {1});
        assertThatThrownBy(this::reopen).isInstanceOf(CorruptionException.class)
                .hasMessageContaining("offset 0").hasMessageContaining("header fails its CRC");
    }

    @Test
    void aHalfCreatedLastSegmentIsRemoved() throws Exception {
        writeThree();
        Path half = dir.resolve(SegmentFormat.fileName(2));
        try (RandomAccessFile f = new RandomAccessFile(half.toFile(), "rw")) {
            f.setLength(1 << 20);
        }
        try (GroupLog log = reopen()) {
            assertThat(log.durableScl()).isEqualTo(3);
        }
        assertThat(half).doesNotExist();
    }

    @Test
    void anEmptyLastSegmentLeftByACrashDuringItsCreationIsRemoved() throws Exception {
        writeThree();
        Path empty = Files.createFile(dir.resolve(SegmentFormat.fileName(2)));
        try (GroupLog log = reopen()) {
            assertThat(log.durableScl()).isEqualTo(3);
        }
        assertThat(empty).doesNotExist();
    }

    @Test
    void aSegmentStillBeingCreatedIsRemovedAndNewSegmentsAppearWhole() throws Exception {
        Path unfinished = dir.resolve(SegmentFormat.fileName(1) + SegmentFile.CREATING);
        Files.write(unfinished, new byte[100]);
        RecordStream s = new RecordStream(0, 1);
        try (GroupLog log = GroupLog.open("t", 1, dir, LogMode.FSYNC, 8192, 0)) {
            assertThat(unfinished).doesNotExist();
            // past the first segment, so that new ones are created
            for (int i = 1; i <= 200; i++) {
                log.append(1, RecordStream.batch(s.write(i, P, 100, new byte[64]))).join();
            }
            assertThat(log.durableScl()).isEqualTo(200);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).allMatch(n -> n.endsWith(".seg"))
                    .hasSizeGreaterThan(2);
        }
        try (GroupLog log = GroupLog.open("t", 1, dir, LogMode.FSYNC, 8192, 0)) {
            assertThat(log.durableScl()).isEqualTo(200);
        }
    }
}
