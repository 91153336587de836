package org.borealis.pagestore.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;

import org.borealis.pagestore.CorruptionException;
import org.borealis.pagestore.page.PageId;
import org.junit.jupiter.api.Test;

class LogRecordTest {

    private static final PageId PAGE = new PageId(77, 1, 123456);

    private static ByteBuffer sample() {
        ByteBuffer b = ByteBuffer.allocate(256);
        b.position(10);
        LogRecordWriter.write(b, RecordTypes.WRITE_BYTES, LogRecord.FLAG_CONSISTENCY_POINT, 500, 480, 3, 99, PAGE,
                ByteBuffer.wrap(new byte[] {0, 20, 1, 2, 3}));
        return b;
    }

    @Test
    void everyFieldIsWhereTheFormatSays() throws CorruptionException {
        ByteBuffer b = sample();
        assertThat(b.position()).isEqualTo(10 + 52 + 5);
        assertThat(LogRecord.check(b, 10, b.position() - 10)).isEqualTo(57);
        LogRecord r = new LogRecord().wrap(b, 10);
        assertThat(r.length()).isEqualTo(57);
        assertThat(r.type()).isEqualTo(RecordTypes.WRITE_BYTES);
        assertThat(r.isConsistencyPoint()).isTrue();
        assertThat(r.willInit()).isFalse();
        assertThat(r.lsn()).isEqualTo(500);
        assertThat(r.prevLsn()).isEqualTo(480);
        assertThat(r.epoch()).isEqualTo(3);
        assertThat(r.xid()).isEqualTo(99);
        assertThat(r.pageId()).isEqualTo(PAGE);
        assertThat(r.isFor(PAGE)).isTrue();
        assertThat(r.payloadLength()).isEqualTo(5);
        assertThat(r.payloadOffset()).isEqualTo(58);
        assertThat(r.payload().get(4)).isEqualTo((byte) 3);
        // byte layout, big-endian
        assertThat(b.getInt(10)).isEqualTo(57);
        assertThat(b.getShort(14)).isEqualTo((short) RecordTypes.WRITE_BYTES);
        assertThat(b.getLong(18)).isEqualTo(500);
        assertThat(b.getLong(26)).isEqualTo(480);
        assertThat(b.getLong(34)).isEqualTo(99);
        assertThat(b.getInt(42)).isEqualTo(3);
        assertThat(b.getInt(46)).isEqualTo(77);
        assertThat(b.getInt(50)).isEqualTo(123456);
        assertThat(b.get(54)).isEqualTo((byte) 1);
        assertThat(b.get(55)).isEqualTo((byte) LogRecord.VERSION);
        assertThat(r.toString()).contains("lsn=500", "write-bytes", "77/1/123456");
    }

    @Test
    void anyFlippedBitFailsTheCrc() {
        ByteBuffer good = sample();
        for (int i = 10; i < 67; i++) {
            ByteBuffer b = ByteBuffer.allocate(256).put(0, good, 0, 256);
            b.put(i, (byte) (b.get(i) ^ 1));
            int at = i;
            assertThatThrownBy(() -> LogRecord.check(b, 10, 57)).as("flip at %d", at)
                    .isInstanceOf(CorruptionException.class);
        }
    }

    @Test
    void truncatedAndOversizedRecordsAreRejected() {
        ByteBuffer b = sample();
        assertThatThrownBy(() -> LogRecord.check(b, 10, 56)).hasMessageContaining("truncated");
        assertThatThrownBy(() -> LogRecord.check(b, 10, 20)).hasMessageContaining("truncated");
        b.putInt(10, LogRecord.MAX_SIZE + 1);
        assertThatThrownBy(() -> LogRecord.check(b, 10, 100_000)).hasMessageContaining("length");
        b.putInt(10, -1);
        assertThatThrownBy(() -> LogRecord.check(b, 10, 100_000)).hasMessageContaining("4294967295");
    }

    @Test
    void unknownFormatVersionIsRejectedByName() {
        ByteBuffer b = sample();
        b.put(55, (byte) 2);
        assertThatThrownBy(() -> LogRecord.check(b, 10, 57)).hasMessageContaining("format version 2");
    }

    @Test
    void beginFinishSealBuildsTheSameBytesAsWrite() {
        ByteBuffer a = sample();
        ByteBuffer b = ByteBuffer.allocate(256);
        b.position(10);
        int start = LogRecordWriter.begin(b, RecordTypes.WRITE_BYTES, LogRecord.FLAG_CONSISTENCY_POINT, 500, 99, PAGE);
        b.put(new byte[] {0, 20, 1, 2, 3});
        assertThat(LogRecordWriter.finish(b, start)).isEqualTo(57);
        LogRecordWriter.seal(b, start, 480, 3);
        assertThat(b.array()).isEqualTo(a.array());
    }

    @Test
    void tooLargeRecordsAndTypesAreRefused() {
        ByteBuffer b = ByteBuffer.allocate(40_000);
        int start = LogRecordWriter.begin(b, 1, 0, 1, 0, PAGE);
        b.put(new byte[LogRecord.MAX_SIZE]);
        assertThatThrownBy(() -> LogRecordWriter.finish(b, start)).hasMessageContaining("exceeds the maximum");
        assertThatThrownBy(() -> LogRecordWriter.begin(b.clear(), 0x10000, 0, 1, 0, PAGE))
                .hasMessageContaining("type out of range");
        assertThatThrownBy(() -> LogRecordWriter.begin(ByteBuffer.allocate(10), 1, 0, 1, 0, PAGE))
                .hasMessageContaining("no room");
    }
}
