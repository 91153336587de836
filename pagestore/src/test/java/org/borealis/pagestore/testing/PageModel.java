package org.borealis.pagestore.testing;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.record.RecordTypes;

/**
 * The reference model of page versions for the generic record types, written independently of
 * the redo registry: every version of every page, so any page at any LSN can be asked for.
 * Pages are compared with the checksum field zeroed.
 */
public final class PageModel {

    private final Map<PageId, TreeMap<Long, byte[]>> versions = new HashMap<>();

    public void apply(byte[] record) {
        LogRecord r = new LogRecord().wrap(ByteBuffer.wrap(record), 0);
        PageId page = r.pageId();
        TreeMap<Long, byte[]> v = versions.computeIfAbsent(page, k -> new TreeMap<>());
        byte[] cur = v.isEmpty() ? new byte[PageLayout.PAGE_SIZE] : v.lastEntry().getValue().clone();
        ByteBuffer p = ByteBuffer.wrap(cur);
        ByteBuffer pl = r.payload();
        switch (r.type()) {
            case RecordTypes.INIT_PAGE -> {
                int type = Short.toUnsignedInt(pl.getShort(0));
                int special = Short.toUnsignedInt(pl.getShort(2));
                java.util.Arrays.fill(cur, (byte) 0);
                p.putShort(12, (short) type).putShort(16, (short) 32).putShort(18, (short) (8192 - special))
                 .putShort(20, (short) (8192 - special)).put(22, (byte) 1);
            }
            case RecordTypes.PAGE_IMAGE -> pl.get(0, cur, 0, PageLayout.PAGE_SIZE);
            case RecordTypes.WRITE_BYTES -> {
                int off = Short.toUnsignedInt(pl.getShort(0));
                pl.get(2, cur, off, pl.capacity() - 2);
            }
            default -> throw new IllegalArgumentException("model knows no type " + r.type());
        }
        p.putLong(0, r.lsn());
        p.putInt(8, 0);
        v.put(r.lsn(), cur);
    }

    /** The page at {@code lsn} with a zero checksum field; the all-zero page when never written. */
    public byte[] at(PageId page, long lsn) {
        TreeMap<Long, byte[]> v = versions.get(page);
        Map.Entry<Long, byte[]> e = v == null ? null : v.floorEntry(lsn);
        return e == null ? new byte[PageLayout.PAGE_SIZE] : e.getValue();
    }

    /** Discards every version above {@code lsn} (a truncation). */
    public void truncate(long lsn) {
        for (TreeMap<Long, byte[]> v : versions.values()) {
            v.tailMap(lsn, false).clear();
        }
    }

    /** A copy of {@code page} with the checksum field zeroed, for comparing with the model. */
    public static byte[] withoutChecksum(byte[] page) {
        byte[] c = page.clone();
        ByteBuffer.wrap(c).putInt(8, 0);
        return c;
    }
}
