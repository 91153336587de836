package org.borealis.sql.vacuum;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.borealis.pagestore.heap.HeapPage;
import org.borealis.pagestore.page.Fork;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.xact.XactStatusPage;
import org.borealis.sql.btree.BTree;
import org.borealis.sql.buffer.BufferPool;
import org.borealis.sql.buffer.Frame;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.engine.VacuumResult;
import org.borealis.sql.heap.HeapTable;
import org.borealis.sql.heap.HotChain;
import org.borealis.sql.heap.HotPrune;
import org.borealis.sql.heap.VisibilityMap;
import org.borealis.sql.mtr.LogWriter;
import org.borealis.sql.mtr.MiniTransaction;
import org.borealis.sql.txn.CommitLog;
import org.borealis.sql.txn.TransactionManager;

/**
 * Vacuums one heap and its indexes, in three steps:
 * <ol>
 * <li>find, on each page, the update chains ({@link HotChain}) whose versions are all dead: inserted
 *     by an aborted transaction, or deleted by a transaction that committed before the oldest
 *     snapshot still in use ({@link TransactionManager#globalXmin}); their roots are what index
 *     entries name; and the slots left dead by the previous vacuum;</li>
 * <li>remove the index entries of those roots ({@link BTree#bulkDelete});</li>
 * <li>on each page, one HEAP_PRUNE_HOT record ({@link HotPrune}, planned again under the exclusive
 *     latch): the roots whose entries went become dead slots, the heap-only versions of their
 *     chains and the dead heads of other chains become unused at once (no index entry names a
 *     heap-only version; a chain's root becomes a redirect to its first version left), and the
 *     previous vacuum's dead slots become unused (reusable): a root slot is reused only one vacuum
 *     after its index entries were removed, so a scan that read an entry just before it went
 *     never lands on an unrelated row.</li>
 * </ol>
 * The free-space map learns each pruned page's free space. Then each page with no dead line
 * pointer whose tuples every snapshot sees ({@link VisibilityMap#qualifies}) is marked all-visible
 * in the visibility map; a page whose roots just became dead slots qualifies one vacuum later.
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

    private record PageWork(int block, Set<Integer> deadRoots, Set<Integer> deadBefore, boolean prune) {
    }

    public VacuumResult run(HeapTable heap, List<BTree> indexes) {
        long horizon = tm.globalXmin();
        CommitLog clog = tm.commitLog();
        int blocks = heap.freeSpace().blocks();
        List<PageWork> work = new ArrayList<>();
        Set<Tid> deadTids = new HashSet<>();
        long live = 0;
        long recentlyDead = 0;
        long allVisible = 0;
        for (int block = 0; block < blocks; block++) {
            Frame f = pool.pin(new PageId(heap.oid(), Fork.MAIN, block));
            f.latchShared();
            Set<Integer> deadBefore = new HashSet<>();
            Set<Integer> deadRoots = new HashSet<>();
            HotPrune.Plan plan;
            boolean flagged;
            boolean qualifies;
            try {
                ByteBuffer p = f.page();
                int n = HeapPage.slotCount(p);
                for (int s = 0; s < n; s++) {
                    if (HeapPage.isDead(p, s)) {
                        deadBefore.add(s);
                        continue;
                    }
                    int off = HeapPage.tupleOffset(p, s);
                    if (off != 0 && !HotPrune.isDead(p, off, horizon, clog)) {
                        long xmax = HeapPage.xmax(p, off);
                        live++;
                        if (xmax != 0 && clog.status(xmax) != XactStatusPage.ABORTED) {
                            recentlyDead++;
                        }
                    }
                }
                plan = HotPrune.plan(p, block, horizon, clog, s -> true, s -> false);
                flagged = HeapPage.isAllVisible(p);
                qualifies = !flagged && plan.isEmpty() && deadBefore.isEmpty()
                        && VisibilityMap.qualifies(p, horizon, clog);
            } finally {
                f.unlatchShared();
                pool.unpin(f);
            }
            for (int r : plan.dead()) {
                deadRoots.add(r);
                deadTids.add(new Tid(block, r));
            }
            if (!plan.isEmpty() || !deadBefore.isEmpty()) {
                work.add(new PageWork(block, deadRoots, deadBefore, true));
            } else if (qualifies) {
                work.add(new PageWork(block, deadRoots, deadBefore, false));
            } else if (flagged) {
                allVisible++;
            }
        }
        long entries = 0;
        for (BTree bt : indexes) {
            entries += bt.bulkDelete(deadTids);
        }
        long removed = 0;
        for (PageWork w : work) {
            Frame f = pool.pin(new PageId(heap.oid(), Fork.MAIN, w.block()));
            f.latchExclusive();
            int free;
            try {
                HotPrune.Plan plan = HotPrune.plan(f.page(), w.block(), horizon, clog, w.deadRoots()::contains,
                        w.deadBefore()::contains);
                if (!plan.isEmpty()) {
                    MiniTransaction mtr = log.begin();
                    HotPrune.log(mtr, f, plan);
                    heap.visibilityMap().clearIfSet(mtr, f, w.block());
                    mtr.commit();
                    removed += plan.removed();
                }
                if (!HeapPage.isAllVisible(f.page()) && VisibilityMap.qualifies(f.page(), horizon, clog)) {
                    heap.visibilityMap().setAllVisible(f, w.block());
                }
                if (HeapPage.isAllVisible(f.page())) {
                    allVisible++;
                }
                free = HeapPage.freeSpace(f.page());
            } finally {
                f.unlatchExclusive();
                pool.unpin(f);
            }
            if (w.prune()) {
                heap.freeSpace().record(w.block(), free);
            }
        }
        heap.setCounts(live, recentlyDead);
        heap.setAllVisibleCount(allVisible);
        return new VacuumResult(blocks, removed, entries);
    }
}
