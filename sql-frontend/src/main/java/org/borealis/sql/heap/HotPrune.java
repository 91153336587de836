package org.borealis.sql.heap;

import java.nio.ByteBuffer;
import java.util.function.IntPredicate;

import org.borealis.pagestore.heap.HeapPage;
import org.borealis.pagestore.heap.HeapRecords;
import org.borealis.pagestore.xact.XactStatusPage;
import org.borealis.sql.buffer.Frame;
import org.borealis.sql.mtr.MiniTransaction;
import org.borealis.sql.txn.CommitLog;

/**
 * Pruning of one heap page, as PostgreSQL's {@code heap_page_prune}: versions dead to everyone
 * (inserted by an aborted transaction, or deleted by one that committed below the oldest snapshot
 * in use) at the head of a {@link HotChain} are removed. A heap-only version has no index entry,
 * so its slot becomes unused at once; the chain's root slot, which index entries name, becomes a
 * redirect to the first version left. Logged as one HEAP_PRUNE_HOT record.
 *
 * <p>Two callers. An update that finds its page full prunes first ({@link #onAccess}): it never
 * makes a dead slot, since index entries may still name a root (a chain whose versions are all
 * dead keeps its last version, for vacuum). Vacuum passes the roots whose index entries it already
 * removed: those of entirely dead chains become dead slots, and the dead slots a previous vacuum
 * left become unused.
 */
public final class HotPrune {

    /**
     * What one prune does to a page.
     *
     * @param redirects (root slot, target slot) pairs
     * @param dead      roots that become dead slots
     * @param unused    slots that become unused
     * @param removed   row versions whose tuples go
     */
    public record Plan(int[] redirects, int[] dead, int[] unused, int removed) {
        public boolean isEmpty() {
            return redirects.length == 0 && dead.length == 0 && unused.length == 0;
        }
    }

    private HotPrune() {
    }

    /**
     * Dead for everyone: inserted by an aborted transaction, or deleted by a commit every snapshot
     * sees. Stable once true.
     */
    public static boolean isDead(ByteBuffer p, int off, long horizon, CommitLog clog) {
        if (clog.status(HeapPage.xmin(p, off)) == XactStatusPage.ABORTED) {
            return true;
        }
        long xmax = HeapPage.xmax(p, off);
        return xmax != 0 && xmax < horizon && clog.status(xmax) == XactStatusPage.COMMITTED;
    }

    /**
     * Plans the prune of page {@code p} (block {@code block}).
     *
     * @param mayDie    roots whose index entries are gone: an entirely dead chain there becomes a
     *                  dead slot; otherwise it keeps its last version
     * @param mayReuse  dead slots that may become unused
     */
    public static Plan plan(ByteBuffer p, int block, long horizon, CommitLog clog, IntPredicate mayDie,
                            IntPredicate mayReuse) {
        int n = HeapPage.slotCount(p);
        boolean[] visited = new boolean[n];
        IntList redirects = new IntList();
        IntList dead = new IntList();
        IntList unused = new IntList();
        int removed = 0;
        int[] members = new int[n];
        for (int r = 0; r < n; r++) {
            if (HeapPage.isDead(p, r)) {
                if (mayReuse.test(r)) {
                    unused.add(r);
                }
                continue;
            }
            if (!HotChain.isRoot(p, r)) {
                continue;
            }
            int count = 0;
            for (int s = HotChain.first(p, r); s >= 0 && count < n && !visited[s]; s = HotChain.next(p, block, s)) {
                visited[s] = true;
                members[count++] = s;
                long xmax = HeapPage.xmax(p, HeapPage.tupleOffset(p, s));
                if (xmax != 0 && clog.status(xmax) == XactStatusPage.ABORTED) {
                    break; // a HOT link left by an aborted update: the chain ends here
                }
            }
            int k = 0;
            while (k < count && isDead(p, HeapPage.tupleOffset(p, members[k]), horizon, clog)) {
                k++;
            }
            if (k == 0) {
                continue;
            }
            if (k == count) {
                if (mayDie.test(r)) {
                    dead.add(r);
                    for (int i = 0; i < count; i++) {
                        if (members[i] != r) {
                            unused.add(members[i]);
                        }
                    }
                    removed += count;
                    continue;
                }
                k = count - 1; // keep the last version for vacuum
                if (k == 0) {
                    continue;
                }
            }
            redirects.add(r);
            redirects.add(members[k]);
            for (int i = 0; i < k; i++) {
                if (members[i] != r) {
                    unused.add(members[i]);
                }
            }
            removed += k;
        }
        for (int s = 0; s < n; s++) {
            if (!visited[s] && HeapPage.isNormal(p, s)) {
                int off = HeapPage.tupleOffset(p, s);
                if ((HeapPage.infomask(p, off) & HeapPage.HEAP_ONLY) != 0 && isDead(p, off, horizon, clog)) {
                    unused.add(s); // a heap-only version no chain reaches any more
                    removed++;
                }
            }
        }
        return new Plan(redirects.toArray(), dead.toArray(), unused.toArray(), removed);
    }

    /**
     * Logs and applies {@code plan} to the page in {@code f} (latched exclusively) in {@code mtr};
     * the caller adds {@link VisibilityMap#clearIfSet} to the same mini-transaction.
     */
    public static void log(MiniTransaction mtr, Frame f, Plan plan) {
        ByteBuffer b = mtr.begin(HeapRecords.HEAP_PRUNE_HOT, 0, f, 0L,
                HeapRecords.pruneHotSize(plan.redirects().length / 2, plan.dead().length, plan.unused().length));
        HeapRecords.putPruneHot(b, plan.redirects(), plan.dead(), plan.unused());
        mtr.end();
    }

    /**
     * Prunes the page of {@code heap} in {@code f} (latched exclusively by the caller) when that
     * frees anything, as its own mini-transaction; returns whether it did.
     */
    static boolean onAccess(HeapTable heap, Frame f, int block, long horizon, CommitLog clog) {
        Plan plan = plan(f.page(), block, horizon, clog, s -> false, s -> false);
        if (plan.isEmpty()) {
            return false;
        }
        MiniTransaction mtr = heap.log.begin();
        log(mtr, f, plan);
        heap.vm.clearIfSet(mtr, f, block);
        mtr.commit();
        return true;
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] a = new int[8];
        private int size;

        void add(int v) {
            if (size == a.length) {
                a = java.util.Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, size);
        }
    }
}
