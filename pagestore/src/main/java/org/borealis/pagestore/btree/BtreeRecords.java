package org.borealis.pagestore.btree;

/**
 * B-tree record types (range 0x0200-0x02FF). Payloads, big-endian:
 *
 * <pre>
 * BT_INSERT    u16 position, item bytes                      insert item at position
 * BT_BUILD     u16 level, u32 right link, u32 left link,    (will-init) the page from scratch:
 *              u16 n, n items in order                       used for both halves of a split
 *                                                            and for a new root
 * BT_DELETE    u16 n, n x u16 positions (ascending)          remove items, compact
 * BT_SET_LEFT  u32 left link                                 fix the right sibling after a split
 * </pre>
 * The meta page is created by {@code INIT_PAGE} and changed by {@code WRITE_BYTES}.
 */
public final class BtreeRecords {

    public static final int BT_INSERT = 0x0201;
    public static final int BT_BUILD = 0x0202;
    public static final int BT_DELETE = 0x0203;
    public static final int BT_SET_LEFT = 0x0204;

    /** Bytes of a BT_BUILD payload before its items. */
    public static final int BUILD_HEADER = 12;

    private BtreeRecords() {
    }
}
