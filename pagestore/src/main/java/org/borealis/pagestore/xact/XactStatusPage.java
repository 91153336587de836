package org.borealis.pagestore.xact;

import java.nio.ByteBuffer;

import org.borealis.pagestore.page.PageLayout;

/**
 * A commit-status-log page (type {@code XACT_STATUS}): after the 32-byte header, two bits per
 * transaction id, four ids per byte, low bits first. Block {@code b} holds xids
 * {@code b * XIDS_PER_PAGE} up to the next page's first. Status values: 0 in progress (or, below
 * the recovery horizon of the running writer, aborted by a crash), 1 committed, 2 aborted.
 */
public final class XactStatusPage {

    /** The relation number of the commit-status log (main fork). */
    public static final int RELATION = 1;
    public static final int XIDS_PER_PAGE = (PageLayout.PAGE_SIZE - PageLayout.HEADER_SIZE) * 4;

    public static final int IN_PROGRESS = 0;
    public static final int COMMITTED = 1;
    public static final int ABORTED = 2;

    private XactStatusPage() {
    }

    public static int block(long xid) {
        return (int) (xid / XIDS_PER_PAGE);
    }

    public static int status(ByteBuffer page, long xid) {
        int i = (int) (xid % XIDS_PER_PAGE);
        int b = page.get(PageLayout.HEADER_SIZE + i / 4) & 0xFF;
        return (b >>> ((i % 4) * 2)) & 3;
    }

    static void setStatus(ByteBuffer page, long xid, int status) {
        int i = (int) (xid % XIDS_PER_PAGE);
        int at = PageLayout.HEADER_SIZE + i / 4;
        int shift = (i % 4) * 2;
        int b = page.get(at) & 0xFF;
        b = (b & ~(3 << shift)) | (status << shift);
        page.put(at, (byte) b);
    }
}
