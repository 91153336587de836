package org.borealis.sql.txn;

import java.util.concurrent.ConcurrentHashMap;

import org.borealis.pagestore.page.Fork;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.page.PageType;
import org.borealis.pagestore.xact.XactRecords;
import org.borealis.pagestore.xact.XactStatusPage;
import org.borealis.sql.buffer.BufferPool;
import org.borealis.sql.buffer.Frame;
import org.borealis.sql.mtr.LogWriter;
import org.borealis.sql.mtr.MiniTransaction;

/**
 * The commit-status log: two bits per xid kept in pages like everything else, written only by
 * commit and abort records. A status of "in progress" below the {@code recoveryHorizon} (the first
 * xid of this writer) means the transaction died in a crash: aborted. Final statuses are cached
 * in memory. Thread-safe.
 */
public final class CommitLog {

    private static final int CACHE_LIMIT = 1 << 20;

    private final BufferPool pool;
    private final LogWriter log;
    private final long recoveryHorizon;
    private final ConcurrentHashMap<Long, Integer> finished = new ConcurrentHashMap<>();

    public CommitLog(BufferPool pool, LogWriter log, long recoveryHorizon) {
        this.pool = pool;
        this.log = log;
        this.recoveryHorizon = recoveryHorizon;
    }

    /** COMMITTED, ABORTED or IN_PROGRESS (values of {@link XactStatusPage}). */
    public int status(long xid) {
        Integer cached = finished.get(xid);
        if (cached != null) {
            return cached;
        }
        Frame f = pool.pin(page(xid));
        int s;
        f.latchShared();
        try {
            s = PageLayout.type(f.page()) == PageType.XACT_STATUS
                    ? XactStatusPage.status(f.page(), xid) : XactStatusPage.IN_PROGRESS;
        } finally {
            f.unlatchShared();
            pool.unpin(f);
        }
        if (s == XactStatusPage.IN_PROGRESS && xid < recoveryHorizon) {
            s = XactStatusPage.ABORTED;
        }
        if (s != XactStatusPage.IN_PROGRESS) {
            remember(xid, s);
        }
        return s;
    }

    public boolean isCommitted(long xid) {
        return status(xid) == XactStatusPage.COMMITTED;
    }

    /** Logs the commit record and returns its LSN (the caller waits for it to be durable). */
    public long logCommit(long xid) {
        return write(xid, XactRecords.XACT_COMMIT);
    }

    /**
     * Logs the commit of a transaction and of its subtransactions' xids as one mini-transaction,
     * so recovery and replicas see all of them committed or none; returns the LSN of the last
     * record. The status pages are latched in block order, as every commit latches them.
     */
    public long logCommit(long xid, long[] subXids) {
        if (subXids.length == 0) {
            return logCommit(xid);
        }
        long[] all = java.util.Arrays.copyOf(subXids, subXids.length + 1);
        all[subXids.length] = xid;
        java.util.Arrays.sort(all);
        java.util.List<Frame> frames = new java.util.ArrayList<>();
        try {
            MiniTransaction mtr = log.begin();
            Frame f = null;
            long block = -1;
            for (long x : all) {
                if (XactStatusPage.block(x) != block) {
                    block = XactStatusPage.block(x);
                    f = pool.pin(page(x));
                    frames.add(f);
                    f.latchExclusive();
                    if (PageLayout.type(f.page()) != PageType.XACT_STATUS) {
                        mtr.initPage(f, PageType.XACT_STATUS, 0);
                    }
                }
                mtr.begin(XactRecords.XACT_COMMIT, 0, f, xid, 8).putLong(x);
                mtr.end();
            }
            return mtr.commit();
        } finally {
            for (Frame f : frames) {
                f.unlatchExclusive();
                pool.unpin(f);
            }
        }
    }

    /** Logs the abort record and returns its LSN (nothing waits for it). */
    public long logAbort(long xid) {
        return write(xid, XactRecords.XACT_ABORT);
    }

    private long write(long xid, int type) {
        Frame f = pool.pin(page(xid));
        f.latchExclusive();
        try {
            MiniTransaction mtr = log.begin();
            if (PageLayout.type(f.page()) != PageType.XACT_STATUS) {
                mtr.initPage(f, PageType.XACT_STATUS, 0);
            }
            mtr.begin(type, 0, f, xid, 8).putLong(xid);
            mtr.end();
            return mtr.commit();
        } finally {
            f.unlatchExclusive();
            pool.unpin(f);
        }
    }

    private void remember(long xid, int status) {
        if (finished.size() > CACHE_LIMIT) {
            finished.clear();
        }
        finished.put(xid, status);
    }

    private static PageId page(long xid) {
        return new PageId(XactStatusPage.RELATION, Fork.MAIN, XactStatusPage.block(xid));
    }
}
