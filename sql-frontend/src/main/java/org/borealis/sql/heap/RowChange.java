package org.borealis.sql.heap;

import java.nio.ByteBuffer;

import org.borealis.pagestore.heap.HeapPage;
import org.borealis.pagestore.heap.HeapRecords;
import org.borealis.pagestore.xact.XactStatusPage;
import org.borealis.sql.buffer.Frame;
import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.ModifyResult;
import org.borealis.sql.engine.RowLockMode;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.engine.WaitPolicy;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.mtr.MiniTransaction;
import org.borealis.sql.txn.LockManager;
import org.borealis.sql.txn.LockTag;
import org.borealis.sql.txn.Txn;

/**
 * The concurrency protocol of changing or locking one row version:
 *
 * <ol>
 * <li>take the row's tuple lock (exclusive to update or delete, share or exclusive for
 *     {@code FOR SHARE}/{@code FOR UPDATE}), waiting with deadlock detection; a writer holds it
 *     only while it changes the row, a row lock to the end of the transaction;</li>
 * <li>under the page latch look at the version's xmax: none or aborted, go on; a running
 *     transaction, wait for it to end (xid lock) and look again; committed, the row was changed
 *     concurrently: {@code 40001} under REPEATABLE READ, else UPDATED (with the newer version's
 *     tid) or DELETED;</li>
 * <li>log the change: HEAP_SET_XMAX on the old version (with the new version's ctid for an
 *     update), and HEAP_INSERT of the new version — in one mini-transaction when it fits the same
 *     page (after pruning the page's dead {@link HotChain} heads when it is full; heap-only with
 *     {@code HOT_UPDATED} on the old version when no indexed column changes), else placed first on
 *     another page (still invisible to others) while the tuple lock keeps the old version
 *     unchanged.</li>
 * </ol>
 */
final class RowChange {

    /** Places a new version on a page other than {@code exclude} and returns its tid. */
    interface Placer {
        Tid place(long xid, int exclude);
    }

    private static final int GO = 0;
    private static final int WAIT = 1;
    private static final int DONE = 2;

    private final HeapTable heap;
    private final Txn t;
    private final Tid tid;
    private final LockTag tag;
    private ModifyResult result;
    private long waitFor;

    RowChange(HeapTable heap, Txn t, Tid tid) {
        this.heap = heap;
        this.t = t;
        this.tid = tid;
        this.tag = LockTag.tuple(heap.oid(), tid.block(), tid.slot());
    }

    /**
     * @param hotAllowed no indexed column changes: a new version on the same page is heap-only
     *                   (no index entries; reached through the HOT chain from the root)
     */
    ModifyResult update(byte[] data, Placer placer, boolean hotAllowed) {
        // an update that leaves every indexed column alone does not conflict with foreign-key checks,
        // whose locks then move to the new version
        ModifyResult r = updateLocked(data, placer, hotAllowed);
        if (hotAllowed && r.status() == ModifyResult.Status.OK) {
            t.manager().locks().carryKeyShares(t.topXid(), tag, LockTag.tuple(heap.oid(), r.tid().block(), r.tid().slot()));
        }
        return r;
    }

    private ModifyResult updateLocked(byte[] data, Placer placer, boolean hotAllowed) {
        return writing(hotAllowed ? LockManager.Mode.NO_KEY_EXCLUSIVE : LockManager.Mode.EXCLUSIVE, () -> {
            int len = HeapPage.TUPLE_HEADER_SIZE + data.length;
            while (true) {
                Frame f = heap.pool.pin(heap.page(tid.block()));
                f.latchExclusive();
                try {
                    int state = examine(f.page());
                    if (state == DONE) {
                        return result;
                    }
                    if (state == GO) {
                        int slot = HeapPage.slotForInsert(f.page(), len);
                        if (slot < 0 && HotPrune.onAccess(heap, f, tid.block(), t.manager().globalXmin(),
                                t.manager().commitLog())) {
                            slot = HeapPage.slotForInsert(f.page(), len);
                        }
                        if (slot >= 0) {
                            MiniTransaction mtr = heap.log.begin();
                            HeapTable.putInsert(mtr, f, tid.block(), slot, t.xid(), t.cid(),
                                    HeapPage.NEW_VERSION | (hotAllowed ? HeapPage.HEAP_ONLY : 0), data);
                            setXmax(mtr, f, new Tid(tid.block(), slot),
                                    HeapPage.UPDATED | (hotAllowed ? HeapPage.HOT_UPDATED : 0));
                            heap.vm.clearIfSet(mtr, f, tid.block());
                            mtr.commit();
                            return new ModifyResult(ModifyResult.Status.OK, new Tid(tid.block(), slot), hotAllowed);
                        }
                    }
                } finally {
                    f.unlatchExclusive();
                    heap.pool.unpin(f);
                }
                if (waitFor != 0) {
                    t.waitFor(waitFor, false);
                    waitFor = 0;
                    continue;
                }
                Tid moved = placer.place(t.xid(), tid.block());
                f = heap.pool.pin(heap.page(tid.block()));
                f.latchExclusive();
                try {
                    MiniTransaction mtr = heap.log.begin();
                    setXmax(mtr, f, moved, HeapPage.UPDATED);
                    heap.vm.clearIfSet(mtr, f, tid.block());
                    mtr.commit();
                    return ModifyResult.ok(moved);
                } finally {
                    f.unlatchExclusive();
                    heap.pool.unpin(f);
                }
            }
        });
    }

    ModifyResult delete() {
        return writing(LockManager.Mode.EXCLUSIVE, () -> {
            while (true) {
                Frame f = heap.pool.pin(heap.page(tid.block()));
                f.latchExclusive();
                try {
                    int state = examine(f.page());
                    if (state == DONE) {
                        return result;
                    }
                    if (state == GO) {
                        MiniTransaction mtr = heap.log.begin();
                        setXmax(mtr, f, tid, 0);
                        heap.vm.clearIfSet(mtr, f, tid.block());
                        mtr.commit();
                        return ModifyResult.ok(tid);
                    }
                } finally {
                    f.unlatchExclusive();
                    heap.pool.unpin(f);
                }
                t.waitFor(waitFor, false);
                waitFor = 0;
            }
        });
    }

    ModifyResult lock(RowLockMode mode, WaitPolicy wait) {
        LockManager.Mode m = switch (mode) {
            case KEY_SHARE -> LockManager.Mode.KEY_SHARE;
            case SHARE -> LockManager.Mode.SHARE;
            case NO_KEY_UPDATE -> LockManager.Mode.NO_KEY_EXCLUSIVE;
            case UPDATE -> LockManager.Mode.EXCLUSIVE;
        };
        if (!t.manager().locks().acquire(t.topXid(), tag, m, wait == WaitPolicy.WAIT)) {
            return notNow(wait);
        }
        while (true) {
            Frame f = heap.pool.pin(heap.page(tid.block()));
            f.latchShared();
            int state;
            try {
                state = examine(f.page());
            } finally {
                f.unlatchShared();
                heap.pool.unpin(f);
            }
            if (state == DONE) {
                return result;
            }
            if (state == GO) {
                return ModifyResult.ok(tid);
            }
            if (!t.waitFor(waitFor, wait != WaitPolicy.WAIT)) {
                return notNow(wait);
            }
            waitFor = 0;
        }
    }

    private ModifyResult notNow(WaitPolicy wait) {
        if (wait == WaitPolicy.SKIP_LOCKED) {
            return new ModifyResult(ModifyResult.Status.LOCKED, tid);
        }
        throw new SqlException(SqlState.LOCK_NOT_AVAILABLE, "could not obtain lock on row in relation \""
                + heap.name() + "\"");
    }

    private ModifyResult writing(LockManager.Mode mode, java.util.function.Supplier<ModifyResult> body) {
        LockManager locks = t.manager().locks();
        // a row lock (FOR KEY SHARE ... UPDATE, a foreign-key check) taken earlier is kept to the end of the transaction
        boolean had = locks.holds(t.topXid(), tag, LockManager.Mode.KEY_SHARE);
        locks.acquire(t.topXid(), tag, mode, true);
        try {
            return body.get();
        } finally {
            if (!had) {
                locks.release(t.topXid(), tag);
            }
        }
    }

    /** Under the page latch: may the change go ahead (GO), must it wait (WAIT, see waitFor), or is it DONE? */
    private int examine(ByteBuffer p) {
        if (!HeapPage.isNormal(p, tid.slot())) {
            result = new ModifyResult(ModifyResult.Status.DELETED, tid);
            return DONE;
        }
        int off = HeapPage.tupleOffset(p, tid.slot());
        long xmax = HeapPage.xmax(p, off);
        if (xmax == 0) {
            return GO;
        }
        if (t.isMine(xmax)) {
            result = new ModifyResult(ModifyResult.Status.SELF_MODIFIED, tid);
            return DONE;
        }
        int st = t.currentStatus(xmax);
        if (st == Txn.RUNNING) {
            waitFor = xmax;
            return WAIT;
        }
        if (st == XactStatusPage.ABORTED) {
            return GO;
        }
        if (t.isolation() == Isolation.REPEATABLE_READ) {
            throw new SqlException(SqlState.SERIALIZATION_FAILURE, "could not serialize access due to concurrent "
                    + ((HeapPage.infomask(p, off) & HeapPage.UPDATED) != 0 ? "update" : "delete"));
        }
        if ((HeapPage.infomask(p, off) & HeapPage.UPDATED) != 0) {
            result = new ModifyResult(ModifyResult.Status.UPDATED,
                    new Tid(HeapPage.ctidBlock(p, off), HeapPage.ctidSlot(p, off)));
        } else {
            result = new ModifyResult(ModifyResult.Status.DELETED, tid);
        }
        return DONE;
    }

    private void setXmax(MiniTransaction mtr, Frame f, Tid ctid, int infomask) {
        ByteBuffer b = mtr.begin(HeapRecords.HEAP_SET_XMAX, 0, f, t.xid(), HeapRecords.SET_XMAX_SIZE);
        HeapRecords.putSetXmax(b, tid.slot(), t.xid(), t.cid(), ctid.block(), ctid.slot(), infomask);
        mtr.end();
    }
}
