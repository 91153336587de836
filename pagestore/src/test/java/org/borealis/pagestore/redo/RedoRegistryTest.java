package org.borealis.pagestore.redo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;

import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.page.PageType;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.record.RecordTypes;
import org.borealis.pagestore.testing.RecordStream;
import org.junit.jupiter.api.Test;

class RedoRegistryTest {

    private static final PageId P = new PageId(5, 0, 1);
    private final RedoRegistry redo = RedoRegistry.generic();

    private static LogRecord rec(byte[] bytes) {
        return new LogRecord().wrap(ByteBuffer.wrap(bytes), 0);
    }

    @Test
    void initWriteAndImageProduceTheExpectedBytes() {
        RecordStream s = new RecordStream(0, 1);
        ByteBuffer page = ByteBuffer.allocate(PageLayout.PAGE_SIZE);
        assertThat(redo.apply(page, rec(s.init(10, P, 24)))).isTrue();
        assertThat(PageLayout.lsn(page)).isEqualTo(10);
        assertThat(PageLayout.type(page)).isEqualTo(PageType.RAW);
        assertThat(PageLayout.special(page)).isEqualTo(8192 - 24);

        assertThat(redo.apply(page, rec(s.write(11, P, 100, new byte[] {7, 8, 9})))).isTrue();
        assertThat(page.get(100)).isEqualTo((byte) 7);
        assertThat(page.get(102)).isEqualTo((byte) 9);
        assertThat(PageLayout.lsn(page)).isEqualTo(11);

        byte[] img = new byte[PageLayout.PAGE_SIZE];
        img[8] = 1; // a checksum in the image is cleared
        img[5000] = 42;
        assertThat(redo.apply(page, rec(s.image(12, P, img)))).isTrue();
        assertThat(page.get(5000)).isEqualTo((byte) 42);
        assertThat(page.get(100)).isZero();
        assertThat(page.getInt(PageLayout.CHECKSUM)).isZero();
        assertThat(PageLayout.lsn(page)).isEqualTo(12);
    }

    @Test
    void aRecordNotAboveThePageLsnIsSkipped() {
        RecordStream s = new RecordStream(0, 1);
        ByteBuffer page = ByteBuffer.allocate(PageLayout.PAGE_SIZE);
        byte[] w = s.write(20, P, 50, new byte[] {1});
        assertThat(redo.apply(page, rec(w))).isTrue();
        page.put(50, (byte) 0);
        assertThat(redo.apply(page, rec(w))).isFalse();
        assertThat(page.get(50)).isZero();
    }

    @Test
    void lsnsCompareUnsigned() {
        ByteBuffer page = ByteBuffer.allocate(PageLayout.PAGE_SIZE);
        PageLayout.setLsn(page, 5);
        byte[] high = RecordStream.record(RecordTypes.WRITE_BYTES, 0, 0x8000_0000_0000_0001L, 5, 1, P,
                new byte[] {0, 40, 1});
        assertThat(redo.apply(page, rec(high))).isTrue();
    }

    @Test
    void malformedPayloadsAreRedoExceptions() {
        ByteBuffer page = ByteBuffer.allocate(PageLayout.PAGE_SIZE);
        assertThatThrownBy(() -> redo.apply(page, rec(RecordStream.record(RecordTypes.INIT_PAGE, 0, 1, 0, 1, P,
                new byte[3])))).isInstanceOf(RedoException.class).hasMessageContaining("expected 4");
        assertThatThrownBy(() -> redo.apply(page, rec(RecordStream.record(RecordTypes.INIT_PAGE, 0, 1, 0, 1, P,
                new byte[] {0, 1, 0, 3})))).isInstanceOf(RedoException.class).hasMessageContaining("multiple of 8");
        assertThatThrownBy(() -> redo.apply(page, rec(RecordStream.record(RecordTypes.PAGE_IMAGE, 0, 1, 0, 1, P,
                new byte[100])))).isInstanceOf(RedoException.class).hasMessageContaining("8192");
        assertThatThrownBy(() -> redo.apply(page, rec(RecordStream.record(RecordTypes.WRITE_BYTES, 0, 1, 0, 1, P,
                new byte[] {0})))).isInstanceOf(RedoException.class).hasMessageContaining("no offset");
        assertThatThrownBy(() -> redo.apply(page, rec(RecordStream.record(RecordTypes.WRITE_BYTES, 0, 1, 0, 1, P,
                new byte[] {0, 8, 1})))).isInstanceOf(RedoException.class).hasMessageContaining("outside 12..8192");
        assertThatThrownBy(() -> redo.apply(page, rec(RecordStream.record(RecordTypes.WRITE_BYTES, 0, 1, 0, 1, P,
                new byte[] {0x1F, (byte) 0xFF, 1, 2})))).isInstanceOf(RedoException.class);
        assertThatThrownBy(() -> redo.apply(page, rec(RecordStream.record(0x7777, 0, 1, 0, 1, P, new byte[0]))))
                .isInstanceOf(RedoException.class).hasMessageContaining("unknown record type 0x7777");
        assertThat(PageLayout.isAllZero(page)).isTrue();
    }

    @Test
    void typesRegisterOnce() {
        assertThatThrownBy(() -> RedoRegistry.generic().register(RecordTypes.INIT_PAGE, "again", (p, r) -> { }))
                .hasMessageContaining("already registered as init-page");
        assertThatThrownBy(() -> RedoRegistry.generic().register(0, "zero", (p, r) -> { }))
                .hasMessageContaining("out of range");
        assertThat(RedoRegistry.standard().isKnown(RecordTypes.WRITE_BYTES)).isTrue();
        assertThat(RedoRegistry.standard().name(RecordTypes.PAGE_IMAGE)).isEqualTo("page-image");
    }
}
