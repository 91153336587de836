package org.borealis.pagestore.heap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

import org.borealis.pagestore.page.Fork;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.page.PageType;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.record.LogRecordWriter;
import org.borealis.pagestore.record.RecordTypes;
import org.borealis.pagestore.redo.RedoException;
import org.borealis.pagestore.redo.RedoRegistry;
import org.junit.jupiter.api.Test;

/**
 * Redo of heap-visible, vm-set and vm-clear: the bits they set, every other heap record clearing
 * the page's all-visible flag, and the records they refuse.
 */
class VisibilityMapRedoBytesTest {

    private static final PageId HEAP = new PageId(16384, Fork.MAIN, 70000);
    private static final PageId MAP = new PageId(16384, Fork.VM, 1);
    private final RedoRegistry redo = RedoRegistry.standard();
    private long lsn;

    private void apply(ByteBuffer page, int type, PageId id, Consumer<ByteBuffer> payload) {
        ByteBuffer body = ByteBuffer.allocate(9000);
        payload.accept(body);
        body.flip();
        ByteBuffer out = ByteBuffer.allocate(LogRecord.OVERHEAD + body.remaining());
        LogRecordWriter.write(out, type, 0, ++lsn, lsn - 1, 1, 7, id, body);
        redo.apply(page, new LogRecord().wrap(out, 0));
    }

    private ByteBuffer page(PageId id, int type) {
        ByteBuffer page = ByteBuffer.allocate(PageLayout.PAGE_SIZE);
        apply(page, RecordTypes.INIT_PAGE, id, b -> b.putShort((short) type).putShort((short) 0));
        return page;
    }

    @Test
    void setAndClearBitsAndTheHeapFlag() {
        ByteBuffer map = page(MAP, PageType.VISIBILITY_MAP);
        assertThat(VisibilityMapPage.mapBlock(70000)).isEqualTo(1);
        assertThat(VisibilityMapPage.mapBlock(65279)).isZero();
        apply(map, HeapRecords.VM_SET, MAP, b -> b.putInt(70000));
        apply(map, HeapRecords.VM_SET, MAP, b -> b.putInt(70003));
        int bit = 70000 - VisibilityMapPage.BLOCKS_PER_PAGE;
        assertThat(map.get(PageLayout.HEADER_SIZE + bit / 8) & 0xFF).isEqualTo((1 << (bit % 8)) | (1 << (bit % 8 + 3)));
        assertThat(VisibilityMapPage.isSet(map, 70000)).isTrue();
        assertThat(VisibilityMapPage.isSet(map, 70001)).isFalse();
        assertThat(VisibilityMapPage.count(map)).isEqualTo(2);
        apply(map, HeapRecords.VM_CLEAR, MAP, b -> b.putInt(70000));
        assertThat(VisibilityMapPage.isSet(map, 70000)).isFalse();
        assertThat(VisibilityMapPage.isSet(map, 70003)).isTrue();

        ByteBuffer heap = page(HEAP, PageType.HEAP);
        apply(heap, HeapRecords.HEAP_INSERT, HEAP, b -> HeapRecords.putInsert(b, HEAP.block(), 0, 5, 0, 0, new byte[8]));
        apply(heap, HeapRecords.HEAP_VISIBLE, HEAP, b -> { });
        assertThat(PageLayout.flags(heap)).isEqualTo(HeapPage.PD_ALL_VISIBLE);
        apply(heap, HeapRecords.HEAP_SET_XMAX, HEAP, b -> HeapRecords.putSetXmax(b, 0, 9, 0, HEAP.block(), 0, 0));
        assertThat(HeapPage.isAllVisible(heap)).as("heap-set-xmax clears the flag").isFalse();
        apply(heap, HeapRecords.HEAP_VISIBLE, HEAP, b -> { });
        apply(heap, HeapRecords.HEAP_INSERT, HEAP, b -> HeapRecords.putInsert(b, HEAP.block(), 1, 6, 0, 0, new byte[8]));
        assertThat(HeapPage.isAllVisible(heap)).as("heap-insert clears the flag").isFalse();
        apply(heap, HeapRecords.HEAP_VISIBLE, HEAP, b -> { });
        apply(heap, HeapRecords.HEAP_PRUNE_HOT, HEAP, b -> HeapRecords.putPruneHot(b, new int[0], new int[] {0}, new int[0]));
        assertThat(HeapPage.isAllVisible(heap)).as("heap-prune-hot clears the flag").isFalse();
        apply(heap, HeapRecords.HEAP_VISIBLE, HEAP, b -> { });
        apply(heap, HeapRecords.HEAP_PRUNE, HEAP, b -> HeapRecords.putPrune(b, new int[0], new int[] {0}));
        assertThat(HeapPage.isAllVisible(heap)).as("heap-prune clears the flag").isFalse();
    }

    @Test
    void refusesWrongPagesAndPayloads() {
        ByteBuffer map = page(MAP, PageType.VISIBILITY_MAP);
        assertThatThrownBy(() -> apply(map, HeapRecords.VM_SET, MAP, b -> b.putInt(5)))
                .isInstanceOf(RedoException.class).hasMessageContaining("not on map block 1");
        assertThatThrownBy(() -> apply(map, HeapRecords.VM_SET, MAP, b -> b.putShort((short) 1)))
                .isInstanceOf(RedoException.class).hasMessageContaining("payload");
        ByteBuffer heap = page(HEAP, PageType.HEAP);
        assertThatThrownBy(() -> apply(heap, HeapRecords.VM_CLEAR, HEAP, b -> b.putInt(70000)))
                .isInstanceOf(RedoException.class).hasMessageContaining("type heap");
        assertThatThrownBy(() -> apply(map, HeapRecords.HEAP_VISIBLE, MAP, b -> { }))
                .isInstanceOf(RedoException.class);
        assertThatThrownBy(() -> apply(heap, HeapRecords.HEAP_VISIBLE, HEAP, b -> b.putInt(1)))
                .isInstanceOf(RedoException.class).hasMessageContaining("payload");
        assertThat(redo.name(HeapRecords.VM_SET)).isEqualTo("vm-set");
    }
}
