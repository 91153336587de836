package org.borealis.pagestore.heap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

import org.borealis.pagestore.btree.BtreePage;
import org.borealis.pagestore.btree.BtreeRecords;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.page.PageType;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.record.LogRecordWriter;
import org.borealis.pagestore.record.RecordTypes;
import org.borealis.pagestore.redo.RedoException;
import org.borealis.pagestore.redo.RedoRegistry;
import org.borealis.pagestore.xact.XactRecords;
import org.borealis.pagestore.xact.XactStatusPage;
import org.junit.jupiter.api.Test;

/** Redo of the heap, B-tree and commit-status records: the bytes they produce and what they refuse. */
class AccessMethodRedoTest {

    private static final PageId P = new PageId(16384, 0, 3);
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

    private ByteBuffer heapPage() {
        ByteBuffer page = ByteBuffer.allocate(PageLayout.PAGE_SIZE);
        apply(page, RecordTypes.INIT_PAGE, P, b -> b.putShort((short) PageType.HEAP).putShort((short) 0));
        return page;
    }

    private void insert(ByteBuffer page, int slot, long xmin, byte[] data) {
        apply(page, HeapRecords.HEAP_INSERT, P, b -> HeapRecords.putInsert(b, P.block(), slot, xmin, 0, 0, data));
    }

    @Test
    void heapInsertSetXmaxAndPrune() {
        ByteBuffer page = heapPage();
        insert(page, 0, 5, new byte[] {1, 2, 3});
        insert(page, 1, 6, new byte[100]);
        insert(page, 2, 7, new byte[] {9});
        assertThat(HeapPage.slotCount(page)).isEqualTo(3);
        int off = HeapPage.tupleOffset(page, 0);
        assertThat(HeapPage.xmin(page, off)).isEqualTo(5);
        assertThat(HeapPage.data(page, off, HeapPage.tupleLength(page, 0))).containsExactly(1, 2, 3);
        assertThat(HeapPage.ctidBlock(page, off)).isEqualTo(P.block());

        apply(page, HeapRecords.HEAP_SET_XMAX, P, b -> HeapRecords.putSetXmax(b, 0, 9, 2, P.block(), 2, HeapPage.UPDATED));
        assertThat(HeapPage.xmax(page, off)).isEqualTo(9);
        assertThat(HeapPage.cmax(page, off)).isEqualTo(2);
        assertThat(HeapPage.ctidSlot(page, off)).isEqualTo(2);
        assertThat(HeapPage.infomask(page, off) & HeapPage.UPDATED).isNotZero();

        int freeBefore = HeapPage.freeSpace(page);
        apply(page, HeapRecords.HEAP_PRUNE, P, b -> HeapRecords.putPrune(b, new int[] {1}, new int[] {}));
        assertThat(HeapPage.isDead(page, 1)).isTrue();
        assertThat(HeapPage.freeSpace(page)).isEqualTo(freeBefore + HeapPage.TUPLE_HEADER_SIZE + 100);
        assertThat(HeapPage.data(page, HeapPage.tupleOffset(page, 2), HeapPage.tupleLength(page, 2))).containsExactly(9);
        apply(page, HeapRecords.HEAP_PRUNE, P, b -> HeapRecords.putPrune(b, new int[] {}, new int[] {1}));
        assertThat(HeapPage.isUnused(page, 1)).isTrue();
        assertThat(HeapPage.slotForInsert(page, 40)).isEqualTo(1);
    }

    @Test
    void heapPruneHotRedirectsFreesAndRefusesBadLists() {
        ByteBuffer page = heapPage();
        insert(page, 0, 5, new byte[50]);                     // root
        insert(page, 1, 6, new byte[60]);                     // heap-only, pruned
        insert(page, 2, 7, new byte[] {4, 2});                // heap-only, the chain goes on here
        insert(page, 3, 8, new byte[10]);                     // another root, dead after a vacuum
        int freeBefore = HeapPage.freeSpace(page);
        apply(page, HeapRecords.HEAP_PRUNE_HOT, P,
                b -> HeapRecords.putPruneHot(b, new int[] {0, 2}, new int[] {3}, new int[] {1}));
        assertThat(HeapPage.isRedirect(page, 0)).isTrue();
        assertThat(HeapPage.redirectTarget(page, 0)).isEqualTo(2);
        assertThat(HeapPage.isNormal(page, 0)).isFalse();
        assertThat(HeapPage.isUnused(page, 0)).isFalse();
        assertThat(HeapPage.isUnused(page, 1)).isTrue();
        assertThat(HeapPage.isDead(page, 3)).isTrue();
        assertThat(HeapPage.data(page, HeapPage.tupleOffset(page, 2), HeapPage.tupleLength(page, 2)))
                .containsExactly(4, 2);
        assertThat(HeapPage.freeSpace(page)).isEqualTo(freeBefore + 3 * HeapPage.TUPLE_HEADER_SIZE + 50 + 60 + 10);
        assertThat(HeapPage.slotForInsert(page, 40)).isEqualTo(1);

        // refused whole, the page untouched: a redirect to a slot that holds no tuple (or one that goes),
        // a slot named twice, a slot past the end, a short payload
        byte[] before = new byte[PageLayout.PAGE_SIZE];
        page.get(0, before);
        assertThatThrownBy(() -> apply(page, HeapRecords.HEAP_PRUNE_HOT, P,
                b -> HeapRecords.putPruneHot(b, new int[] {2, 1}, new int[] {}, new int[] {})))
                .isInstanceOf(RedoException.class).hasMessageContaining("holds no tuple");
        assertThatThrownBy(() -> apply(page, HeapRecords.HEAP_PRUNE_HOT, P,
                b -> HeapRecords.putPruneHot(b, new int[] {0, 2}, new int[] {}, new int[] {2})))
                .isInstanceOf(RedoException.class).hasMessageContaining("holds no tuple");
        assertThatThrownBy(() -> apply(page, HeapRecords.HEAP_PRUNE_HOT, P,
                b -> HeapRecords.putPruneHot(b, new int[] {}, new int[] {3}, new int[] {3})))
                .isInstanceOf(RedoException.class).hasMessageContaining("named twice");
        assertThatThrownBy(() -> apply(page, HeapRecords.HEAP_PRUNE_HOT, P,
                b -> HeapRecords.putPruneHot(b, new int[] {}, new int[] {}, new int[] {9})))
                .isInstanceOf(RedoException.class).hasMessageContaining("slot 9 of 4");
        assertThatThrownBy(() -> apply(page, HeapRecords.HEAP_PRUNE_HOT, P, b -> b.putShort((short) 5)))
                .isInstanceOf(RedoException.class);
        byte[] after = new byte[PageLayout.PAGE_SIZE];
        page.get(0, after);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void heapRecordsThatDoNotFitThePageAreRefused() {
        ByteBuffer page = heapPage();
        insert(page, 0, 5, new byte[] {1});
        assertThatThrownBy(() -> insert(page, 0, 5, new byte[] {1})).isInstanceOf(RedoException.class);
        assertThatThrownBy(() -> insert(page, 3, 5, new byte[] {1})).isInstanceOf(RedoException.class);
        assertThatThrownBy(() -> insert(page, 1, 5, new byte[8150])).isInstanceOf(RedoException.class);
        assertThatThrownBy(() -> apply(page, HeapRecords.HEAP_SET_XMAX, P,
                b -> HeapRecords.putSetXmax(b, 4, 9, 0, 0, 0, 0))).isInstanceOf(RedoException.class);
        ByteBuffer raw = ByteBuffer.allocate(PageLayout.PAGE_SIZE);
        assertThatThrownBy(() -> insert(raw, 0, 5, new byte[] {1})).isInstanceOf(RedoException.class);
    }

    private static byte[] item(String key, int block, int slot, int child) {
        byte[] k = key.getBytes();
        byte[] out = new byte[k.length + BtreePage.ITEM_OVERHEAD];
        BtreePage.putItem(ByteBuffer.wrap(out), 0, k, block, slot, child);
        return out;
    }

    @Test
    void btreeBuildInsertDeleteAndSetLeft() {
        ByteBuffer page = ByteBuffer.allocate(PageLayout.PAGE_SIZE);
        byte[][] items = {item("m", 0, 0, 0), item("a", 1, 1, 0), item("c", 1, 2, 0)};
        apply(page, BtreeRecords.BT_BUILD, P, b -> {
            b.putShort((short) 0).putInt(9).putInt(0).putShort((short) items.length);
            for (byte[] it : items) {
                b.put(it);
            }
        });
        assertThat(BtreePage.rightLink(page)).isEqualTo(9);
        assertThat(BtreePage.firstData(page)).isEqualTo(1);
        assertThat(new String(BtreePage.key(page, 0))).isEqualTo("m");
        apply(page, BtreeRecords.BT_INSERT, P, b -> b.putShort((short) 2).put(item("b", 1, 3, 0)));
        assertThat(BtreePage.itemCount(page)).isEqualTo(4);
        assertThat(new String(BtreePage.key(page, 2))).isEqualTo("b");
        assertThat(BtreePage.compare("b".getBytes(), 1, 3, page, 2)).isZero();
        assertThat(BtreePage.compare("b".getBytes(), 1, 2, page, 2)).isNegative();
        assertThat(BtreePage.compare("ba".getBytes(), 0, 0, page, 2)).isPositive();
        apply(page, BtreeRecords.BT_DELETE, P, b -> b.putShort((short) 2).putShort((short) 1).putShort((short) 3));
        assertThat(BtreePage.itemCount(page)).isEqualTo(2);
        assertThat(new String(BtreePage.key(page, 1))).isEqualTo("b");
        apply(page, BtreeRecords.BT_SET_LEFT, P, b -> b.putInt(4));
        assertThat(BtreePage.leftLink(page)).isEqualTo(4);
        assertThatThrownBy(() -> apply(page, BtreeRecords.BT_INSERT, P, b -> b.putShort((short) 9).put(item("z", 0, 0, 0))))
                .isInstanceOf(RedoException.class);
    }

    @Test
    void commitStatusBits() {
        PageId clog = new PageId(XactStatusPage.RELATION, 0, 0);
        ByteBuffer page = ByteBuffer.allocate(PageLayout.PAGE_SIZE);
        apply(page, RecordTypes.INIT_PAGE, clog, b -> b.putShort((short) PageType.XACT_STATUS).putShort((short) 0));
        apply(page, XactRecords.XACT_COMMIT, clog, b -> b.putLong(5));
        apply(page, XactRecords.XACT_ABORT, clog, b -> b.putLong(6));
        assertThat(XactStatusPage.status(page, 5)).isEqualTo(XactStatusPage.COMMITTED);
        assertThat(XactStatusPage.status(page, 6)).isEqualTo(XactStatusPage.ABORTED);
        assertThat(XactStatusPage.status(page, 7)).isEqualTo(XactStatusPage.IN_PROGRESS);
        assertThatThrownBy(() -> apply(page, XactRecords.XACT_COMMIT, clog, b -> b.putLong(XactStatusPage.XIDS_PER_PAGE)))
                .isInstanceOf(RedoException.class);
    }
}
