package org.borealis.pagestore.heap;

import java.nio.ByteBuffer;

import org.borealis.pagestore.page.PageLayout;

/**
 * Layout of a visibility-map page (fork {@code VM} of a heap, page type {@code VISIBILITY_MAP}):
 * after the 32-byte header a bitmap with one all-visible bit per heap block. Heap block {@code b}
 * is map block {@link #mapBlock}, byte {@code 32 + (b % BLOCKS_PER_PAGE) / 8}, bit
 * {@code b % 8} (least significant first). A map page never written is the all-zero page: no
 * block is all-visible. Static accessors over a page buffer; no all-frozen bit (xids are 64-bit
 * and never reused, so nothing is frozen).
 */
public final class VisibilityMapPage {

    /** Heap blocks one map page covers. */
    public static final int BLOCKS_PER_PAGE = (PageLayout.PAGE_SIZE - PageLayout.HEADER_SIZE) * 8;

    private VisibilityMapPage() {
    }

    /** The map block holding heap block {@code block}'s bit. */
    public static int mapBlock(int block) {
        return Integer.divideUnsigned(block, BLOCKS_PER_PAGE);
    }

    static int byteOffset(int block) {
        return PageLayout.HEADER_SIZE + Integer.remainderUnsigned(block, BLOCKS_PER_PAGE) / 8;
    }

    static int mask(int block) {
        return 1 << (Integer.remainderUnsigned(block, BLOCKS_PER_PAGE) % 8);
    }

    /** Whether heap block {@code block}'s bit is set on its map page {@code page}. */
    public static boolean isSet(ByteBuffer page, int block) {
        return (page.get(byteOffset(block)) & mask(block)) != 0;
    }

    static void set(ByteBuffer page, int block, boolean on) {
        int at = byteOffset(block);
        int b = page.get(at) & 0xFF;
        page.put(at, (byte) (on ? b | mask(block) : b & ~mask(block)));
    }

    /** Set bits on the page (all-visible blocks it covers). */
    public static int count(ByteBuffer page) {
        int n = 0;
        for (int i = PageLayout.HEADER_SIZE; i < PageLayout.PAGE_SIZE; i++) {
            n += Integer.bitCount(page.get(i) & 0xFF);
        }
        return n;
    }
}
