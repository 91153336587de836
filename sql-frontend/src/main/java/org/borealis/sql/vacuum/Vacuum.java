package org.borealis.sql.vacuum;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.borealis.pagestore.heap.HeapPage;
import org.borealis.pagestore.heap.HeapRecords;
import org.borealis.pagestore.page.Fork;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.xact.XactStatusPage;
import org.borealis.sql.btree.BTree;
import org.borealis.sql.buffer.BufferPool;
import org.borealis.sql.buffer.Frame;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.engine.VacuumResult;
import org.borealis.sql.heap.HeapTable;
import org.borealis.sql.mtr.LogWriter;
import org.borealis.sql.mtr.MiniTransaction;
import org.borealis.sql.txn.CommitLog;
import org.borealis.sql.txn.TransactionManager;

/**
 * Vacuums one heap and its indexes, in three steps:
 * <ol>
 * <li>find the dead versions: inserted by an aborted transaction, or deleted by a transaction
 *     that committed before the oldest snapshot still in use ({@link TransactionManager#globalXmin});
 *     and the slots left dead by the previous vacuum;</li>
 * <li>remove the index entries of the dead versions ({@link BTree#bulkDelete});</li>
 * <li>on each page, one HEAP_PRUNE record: the dead versions become dead slots (their space is
 *     reclaimed at once), and the previous vacuum's dead slots become unused (reusable): a slot
 *     is reused only one vacuum after its index entries were removed, so a scan that read an
 *     entry just before it went never lands on an unrelated row.</li>
 * </ol>
 * The free-space map learns each pruned page's free space.
 */
public final class Vacuum {

    private final BufferPool pool;
    private final LogWriter log;
    private final TransactionManager tm;

    public Vacuum(BufferPool pool, LogWriter log, TransactionManager tm) {
        this.pool = pool;
        this.log = log;
        this.tm = tm;
    }

    private record PageWork(int block, int[] dead, int[] unused) {
    }

    public VacuumResult run(HeapTable heap, List<BTree> indexes) {
        long horizon = tm.globalXmin();
        CommitLog clog = tm.commitLog();
        int blocks = heap.freeSpace().blocks();
        List<PageWork> work = new ArrayList<>();
        Set<Tid> deadTids = new HashSet<>();
        long live = 0;
        long recentlyDead = 0;
        for (int block = 0; block < blocks; block++) {
            Frame f = pool.pin(new PageId(heap.oid(), Fork.MAIN, block));
            f.latchShared();
            List<Integer> dead = new ArrayList<>();
            List<Integer> unused = new ArrayList<>();
            try {
                ByteBuffer p = f.page();
                int n = HeapPage.slotCount(p);
                for (int s = 0; s < n; s++) {
                    if (HeapPage.isDead(p, s)) {
                        unused.add(s);
                        continue;
                    }
                    int off = HeapPage.tupleOffset(p, s);
                    if (off == 0) {
                        continue;
                    }
                    if (isDead(p, off, horizon, clog)) {
                        dead.add(s);
                        deadTids.add(new Tid(block, s));
                    } else {
                        long xmax = HeapPage.xmax(p, off);
                        live++;
                        if (xmax != 0 && clog.status(xmax) != XactStatusPage.ABORTED) {
                            recentlyDead++;
                        }
                    }
                }
            } finally {
                f.unlatchShared();
                pool.unpin(f);
            }
            if (!dead.isEmpty() || !unused.isEmpty()) {
                work.add(new PageWork(block, dead.stream().mapToInt(Integer::intValue).toArray(),
                        unused.stream().mapToInt(Integer::intValue).toArray()));
            }
        }
        long entries = 0;
        for (BTree bt : indexes) {
            entries += bt.bulkDelete(deadTids);
        }
        for (PageWork w : work) {
            Frame f = pool.pin(new PageId(heap.oid(), Fork.MAIN, w.block()));
            f.latchExclusive();
            int free;
            try {
                MiniTransaction mtr = log.begin();
                ByteBuffer b = mtr.begin(HeapRecords.HEAP_PRUNE, 0, f, 0L,
                        HeapRecords.pruneSize(w.dead().length, w.unused().length));
                HeapRecords.putPrune(b, w.dead(), w.unused());
                mtr.end();
                mtr.commit();
                free = HeapPage.freeSpace(f.page());
            } finally {
                f.unlatchExclusive();
                pool.unpin(f);
            }
            heap.freeSpace().record(w.block(), free);
        }
        heap.setCounts(live, recentlyDead);
        return new VacuumResult(blocks, deadTids.size(), entries);
    }

    /**
     * Dead for everyone: inserted by an aborted transaction (no snapshot sees those), or deleted by a
     * commit every snapshot sees. Stable once true.
     */
    static boolean isDead(ByteBuffer p, int off, long horizon, CommitLog clog) {
        long xmin = HeapPage.xmin(p, off);
        if (clog.status(xmin) == XactStatusPage.ABORTED) {
            return true;
        }
        long xmax = HeapPage.xmax(p, off);
        return xmax != 0 && xmax < horizon && clog.status(xmax) == XactStatusPage.COMMITTED;
    }
}
