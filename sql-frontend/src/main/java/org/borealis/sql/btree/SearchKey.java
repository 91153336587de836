package org.borealis.sql.btree;

import java.nio.ByteBuffer;

import org.borealis.pagestore.btree.BtreePage;
import org.borealis.sql.engine.Tid;

/**
 * A position in the (key, tid) order: a key with a tid, or with "minus infinity" for the tid
 * (tid slot -1: before every entry of that key), or after every key starting with a prefix (tid
 * slot -2). A null key is minus infinity overall.
 */
record SearchKey(byte[] key, int tidBlock, int tidSlot) {

    static final SearchKey MIN = new SearchKey(null, 0, -1);

    static SearchKey before(byte[] key) {
        return new SearchKey(key, 0, -1);
    }

    /** After every key that starts with {@code prefix}. */
    static SearchKey afterPrefix(byte[] prefix) {
        return new SearchKey(prefix, 0, -2);
    }

    static SearchKey of(byte[] key, Tid tid) {
        return new SearchKey(key, tid.block(), tid.slot());
    }

    static SearchKey ofItem(ByteBuffer page, int i) {
        return new SearchKey(BtreePage.key(page, i), BtreePage.tidBlock(page, i), BtreePage.tidSlot(page, i));
    }

    /** Compares this position with item {@code i} of {@code page}. */
    int compareTo(ByteBuffer page, int i) {
        if (key == null) {
            return -1;
        }
        if (tidSlot == -2) {
            int off = BtreePage.itemOffset(page, i);
            int len = Short.toUnsignedInt(page.getShort(off));
            int m = Math.min(len, key.length);
            for (int j = 0; j < m; j++) {
                int c = Integer.compare(key[j] & 0xFF, page.get(off + 2 + j) & 0xFF);
                if (c != 0) {
                    return c;
                }
            }
            return 1;
        }
        return BtreePage.compare(key, tidBlock, tidSlot, page, i);
    }

    /** First data position whose item is &gt;= this (n when none). */
    int lowerBound(ByteBuffer page, int from) {
        int lo = from;
        int hi = BtreePage.itemCount(page);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compareTo(page, mid) > 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First data position whose item is &gt; this (n when none). */
    int upperBound(ByteBuffer page, int from) {
        int lo = from;
        int hi = BtreePage.itemCount(page);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compareTo(page, mid) >= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether the page's high key says this position lies to the right (position &gt;= high key). */
    boolean beyond(ByteBuffer page) {
        return !BtreePage.isRightmost(page) && compareTo(page, 0) >= 0;
    }
}
