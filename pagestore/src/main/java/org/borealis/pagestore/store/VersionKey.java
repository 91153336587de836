package org.borealis.pagestore.store;

import java.nio.ByteBuffer;

import org.borealis.pagestore.page.PageId;

/**
 * Keys of page versions in RocksDB: the 9-byte page id then the 8-byte LSN, big-endian
 * ({@code docs/formats/version-store.md}), so byte order is (page, LSN) order and one
 * {@code seekForPrev(page, L)} finds the newest version at or below L.
 */
public final class VersionKey {

    public static final int SIZE = PageId.SIZE + 8;

    private VersionKey() {
    }

    public static byte[] of(PageId page, long lsn) {
        byte[] k = new byte[SIZE];
        ByteBuffer b = ByteBuffer.wrap(k);
        page.writeTo(b, 0);
        b.putLong(PageId.SIZE, lsn);
        return k;
    }

    public static PageId page(byte[] key) {
        return PageId.readFrom(ByteBuffer.wrap(key), 0);
    }

    public static long lsn(byte[] key) {
        return ByteBuffer.wrap(key).getLong(PageId.SIZE);
    }

    /** True when {@code key} is a version of {@code page}. */
    public static boolean isOf(byte[] key, PageId page) {
        if (key.length != SIZE) {
            return false;
        }
        ByteBuffer b = ByteBuffer.wrap(key);
        return b.getInt(0) == page.relation() && Byte.toUnsignedInt(b.get(4)) == page.fork()
                && b.getInt(5) == page.block();
    }
}
