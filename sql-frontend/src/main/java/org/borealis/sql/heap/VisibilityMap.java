package org.borealis.sql.heap;

import java.nio.ByteBuffer;

import org.borealis.pagestore.heap.HeapPage;
import org.borealis.pagestore.heap.HeapRecords;
import org.borealis.pagestore.heap.VisibilityMapPage;
import org.borealis.pagestore.page.Fork;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.page.PageType;
import org.borealis.pagestore.xact.XactStatusPage;
import org.borealis.sql.buffer.BufferPool;
import org.borealis.sql.buffer.Frame;
import org.borealis.sql.mtr.LogWriter;
import org.borealis.sql.mtr.MiniTransaction;
import org.borealis.sql.txn.CommitLog;

/**
 * A heap's visibility map (fork {@code VM}, {@link VisibilityMapPage}): one all-visible bit per
 * heap block, mirrored by the heap page's {@link HeapPage#PD_ALL_VISIBLE} flag. Vacuum sets both
 * in one mini-transaction ({@link #setAllVisible}); every heap change to a flagged page adds
 * VM_CLEAR to its own mini-transaction ({@link #clearIfSet}), and the heap record's redo clears
 * the flag. Latch order: heap page, then map page; a B-tree leaf, then map page. Thread-safe.
 */
public final class VisibilityMap {

    private final int relation;
    private final BufferPool pool;
    private final LogWriter log;

    public VisibilityMap(int relation, BufferPool pool, LogWriter log) {
        this.relation = relation;
        this.pool = pool;
        this.log = log;
    }

    private PageId mapPage(int block) {
        return new PageId(relation, Fork.VM, VisibilityMapPage.mapBlock(block));
    }

    /** Whether heap block {@code block}'s all-visible bit is set now. */
    public boolean isAllVisible(int block) {
        Frame f = pool.pin(mapPage(block));
        f.latchShared();
        try {
            return PageLayout.type(f.page()) == PageType.VISIBILITY_MAP && VisibilityMapPage.isSet(f.page(), block);
        } finally {
            f.unlatchShared();
            pool.unpin(f);
        }
    }

    /**
     * For a change to heap block {@code block}, whose page {@code heap} the caller holds latched
     * exclusively and changes in {@code mtr}: when the page is all-visible, latches the map page
     * exclusively and adds VM_CLEAR to {@code mtr} (the latch is let go when {@code mtr} commits).
     * Call once per page and mini-transaction, before committing it.
     */
    public void clearIfSet(MiniTransaction mtr, Frame heap, int block) {
        if (!HeapPage.isAllVisible(heap.page())) {
            return;
        }
        Frame m = pool.pin(mapPage(block));
        m.latchExclusive();
        mtr.afterCommit(() -> {
            m.unlatchExclusive();
            pool.unpin(m);
        });
        mtr.begin(HeapRecords.VM_CLEAR, 0, m, 0L, HeapRecords.VM_SIZE).putInt(block);
        mtr.end();
    }

    /**
     * Whether every tuple on heap page {@code p} is visible to every snapshot that exists or can
     * exist: no dead line pointer (so no index entry can name a pruned row), and every tuple
     * inserted by a transaction committed below {@code horizon} and not deleted or locked by one
     * that may commit.
     */
    public static boolean qualifies(ByteBuffer p, long horizon, CommitLog clog) {
        int n = HeapPage.slotCount(p);
        for (int s = 0; s < n; s++) {
            if (HeapPage.isDead(p, s)) {
                return false;
            }
            int off = HeapPage.tupleOffset(p, s);
            if (off == 0) {
                continue; // unused or a redirect (its target is checked as a tuple)
            }
            long xmin = HeapPage.xmin(p, off);
            if (xmin >= horizon || clog.status(xmin) != XactStatusPage.COMMITTED) {
                return false;
            }
            long xmax = HeapPage.xmax(p, off);
            if (xmax != 0 && clog.status(xmax) != XactStatusPage.ABORTED) {
                return false;
            }
        }
        return true;
    }

    /**
     * Marks heap block {@code block}, whose page the caller holds latched exclusively and found to
     * {@link #qualifies qualify}, all-visible: HEAP_VISIBLE on the page and VM_SET on the map page
     * (created first when new) in one mini-transaction. Does nothing when already marked.
     */
    public void setAllVisible(Frame heap, int block) {
        if (HeapPage.isAllVisible(heap.page())) {
            return;
        }
        Frame m = pool.pin(mapPage(block));
        m.latchExclusive();
        try {
            MiniTransaction mtr = log.begin();
            if (PageLayout.type(m.page()) != PageType.VISIBILITY_MAP) {
                mtr.initPage(m, PageType.VISIBILITY_MAP, 0);
            }
            mtr.begin(HeapRecords.HEAP_VISIBLE, 0, heap, 0L, 0);
            mtr.end();
            mtr.begin(HeapRecords.VM_SET, 0, m, 0L, HeapRecords.VM_SIZE).putInt(block);
            mtr.end();
            mtr.commit();
        } finally {
            m.unlatchExclusive();
            pool.unpin(m);
        }
    }

    /** Set bits for the first {@code blocks} heap blocks: PostgreSQL's {@code relallvisible}. */
    public long count(int blocks) {
        long n = 0;
        for (int k = 0; (long) k * VisibilityMapPage.BLOCKS_PER_PAGE < blocks; k++) {
            Frame f = pool.pin(new PageId(relation, Fork.VM, k));
            f.latchShared();
            try {
                if (PageLayout.type(f.page()) == PageType.VISIBILITY_MAP) {
                    n += VisibilityMapPage.count(f.page());
                }
            } finally {
                f.unlatchShared();
                pool.unpin(f);
            }
        }
        return n;
    }
}
