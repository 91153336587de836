package org.borealis.pagestore.btree;

import java.nio.ByteBuffer;

import org.borealis.pagestore.page.PageLayout;

/**
 * Layout of a B-tree node page (page type {@code BTREE}) and of the meta page (block 0, type
 * {@code META}). A node page has an array of u16 item offsets growing up from the header, items
 * growing down from {@code upper}, and 16 bytes of special space:
 *
 * <pre>
 * special: 0 u32 right link (0: rightmost)   4 u32 left link (0: leftmost)
 *          8 u16 level (0: leaf)             10 u16 reserved, 12 u32 reserved
 * item:    0 u16 key length, key bytes, u32 tid block, u16 tid slot, u32 child block (0 in leaves)
 * meta:   32 u32 root block, 36 u16 root level, 40 u32 blocks allocated (next free block)
 * </pre>
 *
 * Items are ordered by (key, tid): key bytes unsigned, a shorter key before a longer one it
 * prefixes, then tid. A page that is not rightmost keeps its <em>high key</em> (an upper bound,
 * exclusive, of its items; the first item of its right sibling when it split) as item 0, so its
 * data items start at 1. In internal pages the first data item's key means minus infinity, and an
 * item (key, tid, child) says the child holds items &gt;= (key, tid). Block 0 is the meta page, so
 * link value 0 never names a node.
 */
public final class BtreePage {

    public static final int SPECIAL_SIZE = 16;
    public static final int ITEM_OVERHEAD = 12;
    /** The largest key: three items must fit on a page. */
    public static final int MAX_KEY = 2700;

    public static final int META_ROOT = 32;
    public static final int META_LEVEL = 36;
    public static final int META_BLOCKS = 40;

    private BtreePage() {
    }

    static int special() {
        return PageLayout.PAGE_SIZE - SPECIAL_SIZE;
    }

    public static int rightLink(ByteBuffer page) {
        return page.getInt(special());
    }

    public static int leftLink(ByteBuffer page) {
        return page.getInt(special() + 4);
    }

    public static int level(ByteBuffer page) {
        return Short.toUnsignedInt(page.getShort(special() + 8));
    }

    public static boolean isLeaf(ByteBuffer page) {
        return level(page) == 0;
    }

    public static boolean isRightmost(ByteBuffer page) {
        return rightLink(page) == 0;
    }

    /** Index of the first data item: 1 when the page has a high key, else 0. */
    public static int firstData(ByteBuffer page) {
        return isRightmost(page) ? 0 : 1;
    }

    public static int itemCount(ByteBuffer page) {
        return (PageLayout.lower(page) - PageLayout.HEADER_SIZE) / 2;
    }

    public static int itemOffset(ByteBuffer page, int i) {
        return Short.toUnsignedInt(page.getShort(PageLayout.HEADER_SIZE + 2 * i));
    }

    public static int keyLength(ByteBuffer page, int i) {
        return Short.toUnsignedInt(page.getShort(itemOffset(page, i)));
    }

    public static byte[] key(ByteBuffer page, int i) {
        int off = itemOffset(page, i);
        byte[] k = new byte[Short.toUnsignedInt(page.getShort(off))];
        page.get(off + 2, k);
        return k;
    }

    public static int tidBlock(ByteBuffer page, int i) {
        int off = itemOffset(page, i);
        return page.getInt(off + 2 + Short.toUnsignedInt(page.getShort(off)));
    }

    public static int tidSlot(ByteBuffer page, int i) {
        int off = itemOffset(page, i);
        return Short.toUnsignedInt(page.getShort(off + 6 + Short.toUnsignedInt(page.getShort(off))));
    }

    public static int child(ByteBuffer page, int i) {
        int off = itemOffset(page, i);
        return page.getInt(off + 8 + Short.toUnsignedInt(page.getShort(off)));
    }

    public static int itemSize(ByteBuffer page, int i) {
        return keyLength(page, i) + ITEM_OVERHEAD;
    }

    public static int freeSpace(ByteBuffer page) {
        return PageLayout.upper(page) - PageLayout.lower(page);
    }

    /**
     * Compares (key, tid) with item {@code i}. A null {@code key}... is not allowed; a tid block of
     * -1 with slot -1 stands for minus infinity among equal keys.
     */
    public static int compare(byte[] key, int tidBlock, int tidSlot, ByteBuffer page, int i) {
        int off = itemOffset(page, i);
        int len = Short.toUnsignedInt(page.getShort(off));
        int c = compareKey(key, page, off + 2, len);
        if (c != 0) {
            return c;
        }
        if (tidSlot < 0) {
            return -1;
        }
        int b = page.getInt(off + 2 + len);
        c = Integer.compareUnsigned(tidBlock, b);
        if (c != 0) {
            return c;
        }
        return Integer.compare(tidSlot, Short.toUnsignedInt(page.getShort(off + 6 + len)));
    }

    /** Unsigned lexicographic comparison of {@code key} with {@code len} bytes of {@code page} at {@code at}. */
    public static int compareKey(byte[] key, ByteBuffer page, int at, int len) {
        int n = Math.min(key.length, len);
        for (int j = 0; j < n; j++) {
            int c = Integer.compare(key[j] & 0xFF, page.get(at + j) & 0xFF);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(key.length, len);
    }

    /** Writes an item at absolute index {@code at}; returns its size. */
    public static int putItem(ByteBuffer out, int at, byte[] key, int tidBlock, int tidSlot, int child) {
        out.putShort(at, (short) key.length);
        out.put(at + 2, key);
        out.putInt(at + 2 + key.length, tidBlock);
        out.putShort(at + 6 + key.length, (short) tidSlot);
        out.putInt(at + 8 + key.length, child);
        return key.length + ITEM_OVERHEAD;
    }

    /** Copies item {@code i}'s bytes (as in the page) into {@code out} at its position. */
    public static void copyItem(ByteBuffer page, int i, ByteBuffer out) {
        int off = itemOffset(page, i);
        int size = itemSize(page, i);
        out.put(out.position(), page, off, size);
        out.position(out.position() + size);
    }
}
