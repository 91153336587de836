package org.borealis.pagestore.heap;

import java.nio.ByteBuffer;

import org.borealis.pagestore.page.PageLayout;

/**
 * Layout of a heap page (page type {@code HEAP}, no special space). After the common 32-byte
 * header comes an array of 4-byte line pointers (u16 offset, u16 length) growing up from
 * {@code lower}; tuples grow down from {@code upper}. A line pointer is
 * <em>normal</em> (offset &gt; 0), <em>dead</em> (offset 0, length 1: pruned, index entries may
 * still name it), <em>unused</em> (0, 0: free for reuse) or a <em>redirect</em> (offset 0, length
 * {@code 0x8000 | slot}: the root of a heap-only-tuple chain whose first versions were pruned; the
 * chain goes on at that slot). Slots are numbered from 0.
 *
 * <pre>
 * tuple:  0 u64 xmin        inserting transaction
 *         8 u64 xmax        deleting/updating transaction, 0 when none
 *        16 u32 cmin        command id of the insert within xmin
 *        20 u32 cmax        command id of the delete within xmax
 *        24 u32 ctid block  newer version after an update, else this tuple's own tid
 *        28 u16 ctid slot
 *        30 u16 infomask    {@link #UPDATED}, {@link #NEW_VERSION}, {@link #HOT_UPDATED}, {@link #HEAP_ONLY}
 *        32 ...  data       opaque bytes of the row
 * </pre>
 * Static accessors over a page buffer at absolute indexes; Big-endian.
 */
public final class HeapPage {

    public static final int LINE_POINTER_SIZE = 4;
    public static final int TUPLE_HEADER_SIZE = 32;
    /** The largest tuple (header and data) a page can hold. */
    public static final int MAX_TUPLE_SIZE = PageLayout.PAGE_SIZE - PageLayout.HEADER_SIZE - LINE_POINTER_SIZE;

    /** infomask: xmax replaced this version by the one at ctid (else xmax deleted it). */
    public static final int UPDATED = 1;
    /** infomask: this version was made by an update. */
    public static final int NEW_VERSION = 2;
    /**
     * infomask: the update by xmax was heap-only: the newer version at ctid is on this page and no
     * index entry names it (it is found by following the chain from the root).
     */
    public static final int HOT_UPDATED = 4;
    /** infomask: a heap-only version: no index entry names it; it is reached from its chain's root. */
    public static final int HEAP_ONLY = 8;
    /**
     * Page header flag: every tuple on the page is visible to every snapshot that can exist, and
     * the block's visibility-map bit is set. Cleared by the redo of any other heap record.
     */
    public static final int PD_ALL_VISIBLE = 1;
    /** Line pointer length bit of a redirect; the low 15 bits are the target slot. */
    public static final int REDIRECT = 0x8000;

    public static final int XMIN = 0;
    public static final int XMAX = 8;
    public static final int CMIN = 16;
    public static final int CMAX = 20;
    public static final int CTID_BLOCK = 24;
    public static final int CTID_SLOT = 28;
    public static final int INFOMASK = 30;

    private HeapPage() {
    }

    public static boolean isAllVisible(ByteBuffer page) {
        return (PageLayout.flags(page) & PD_ALL_VISIBLE) != 0;
    }

    public static int slotCount(ByteBuffer page) {
        return (PageLayout.lower(page) - PageLayout.HEADER_SIZE) / LINE_POINTER_SIZE;
    }

    static int pointer(int slot) {
        return PageLayout.HEADER_SIZE + slot * LINE_POINTER_SIZE;
    }

    /** Offset of the slot's tuple, 0 when the slot is dead or unused. */
    public static int tupleOffset(ByteBuffer page, int slot) {
        return Short.toUnsignedInt(page.getShort(pointer(slot)));
    }

    /** Length of the slot's tuple (header and data); 1 for a dead slot, 0 for an unused one. */
    public static int tupleLength(ByteBuffer page, int slot) {
        return Short.toUnsignedInt(page.getShort(pointer(slot) + 2));
    }

    public static boolean isNormal(ByteBuffer page, int slot) {
        return slot >= 0 && slot < slotCount(page) && tupleOffset(page, slot) != 0;
    }

    public static boolean isDead(ByteBuffer page, int slot) {
        return slot < slotCount(page) && tupleOffset(page, slot) == 0 && tupleLength(page, slot) == 1;
    }

    /** A redirect line pointer (root of a pruned heap-only chain); see {@link #redirectTarget}. */
    public static boolean isRedirect(ByteBuffer page, int slot) {
        return slot >= 0 && slot < slotCount(page) && tupleOffset(page, slot) == 0
                && (tupleLength(page, slot) & REDIRECT) != 0;
    }

    /** The slot a redirect line pointer leads to. */
    public static int redirectTarget(ByteBuffer page, int slot) {
        return tupleLength(page, slot) & (REDIRECT - 1);
    }

    public static boolean isUnused(ByteBuffer page, int slot) {
        return slot < slotCount(page) && tupleOffset(page, slot) == 0 && tupleLength(page, slot) == 0;
    }

    /** Contiguous free bytes between the line pointers and the tuples. */
    public static int freeSpace(ByteBuffer page) {
        return PageLayout.upper(page) - PageLayout.lower(page);
    }

    /**
     * The slot an insert of a {@code tupleLength}-byte tuple would take (the first unused slot,
     * else a new one), or -1 when it does not fit.
     */
    public static int slotForInsert(ByteBuffer page, int tupleLength) {
        int n = slotCount(page);
        int free = freeSpace(page);
        for (int s = 0; s < n; s++) {
            if (isUnused(page, s)) {
                return free >= tupleLength ? s : -1;
            }
        }
        return free >= tupleLength + LINE_POINTER_SIZE ? n : -1;
    }

    public static long xmin(ByteBuffer page, int off) {
        return page.getLong(off + XMIN);
    }

    public static long xmax(ByteBuffer page, int off) {
        return page.getLong(off + XMAX);
    }

    public static int cmin(ByteBuffer page, int off) {
        return page.getInt(off + CMIN);
    }

    public static int cmax(ByteBuffer page, int off) {
        return page.getInt(off + CMAX);
    }

    public static int ctidBlock(ByteBuffer page, int off) {
        return page.getInt(off + CTID_BLOCK);
    }

    public static int ctidSlot(ByteBuffer page, int off) {
        return Short.toUnsignedInt(page.getShort(off + CTID_SLOT));
    }

    public static int infomask(ByteBuffer page, int off) {
        return Short.toUnsignedInt(page.getShort(off + INFOMASK));
    }

    /** A copy of the data part of the tuple at {@code off} of {@code length} bytes (header included). */
    public static byte[] data(ByteBuffer page, int off, int length) {
        byte[] out = new byte[length - TUPLE_HEADER_SIZE];
        page.get(off + TUPLE_HEADER_SIZE, out);
        return out;
    }
}
