package org.borealis.sql.heap;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.borealis.pagestore.heap.HeapPage;
import org.borealis.pagestore.heap.HeapRecords;
import org.borealis.pagestore.page.Fork;
import org.borealis.pagestore.page.PageId;
import org.borealis.sql.buffer.BufferPool;
import org.borealis.sql.buffer.Frame;
import org.borealis.sql.engine.Cursor;
import org.borealis.sql.engine.ModifyResult;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.RowLockMode;
import org.borealis.sql.engine.Table;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.engine.WaitPolicy;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.mtr.LogWriter;
import org.borealis.sql.mtr.MiniTransaction;
import org.borealis.sql.txn.Txn;

/**
 * A table's heap. Inserts go to a page the {@link FreeSpaceMap} suggests (re-checked under the
 * page's exclusive latch) as one HEAP_INSERT record; reads copy visible versions out under a
 * shared latch; update, delete and row locks follow {@link RowChange}. Thread-safe.
 */
public final class HeapTable implements Table {

    /**
     * Pages a sequential scan asks the buffer pool to read ahead of the one it reads (at most a
     * sixteenth of the pool, so the clock does not evict them before the scan gets there): their
     * round trips to storage overlap, so a scan of uncached pages waits about one round trip per
     * 32 pages instead of one per page.
     */
    static final int READ_AHEAD = 32;

    private final int oid;
    private final String name;
    final BufferPool pool;
    final LogWriter log;
    final FreeSpaceMap fsm;
    final VisibilityMap vm;
    private volatile long allVisible = -1;
    private final AtomicLong inserted = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();
    private volatile long liveBase = -1;
    private final ActivityCounters activity = new ActivityCounters();

    public HeapTable(int oid, String name, BufferPool pool, LogWriter log) {
        this.oid = oid;
        this.name = name;
        this.pool = pool;
        this.log = log;
        this.fsm = new FreeSpaceMap(oid, pool, log);
        this.vm = new VisibilityMap(oid, pool, log);
    }

    @Override
    public int oid() {
        return oid;
    }

    public String name() {
        return name;
    }

    public FreeSpaceMap freeSpace() {
        return fsm;
    }

    public VisibilityMap visibilityMap() {
        return vm;
    }

    PageId page(int block) {
        return new PageId(oid, Fork.MAIN, block);
    }

    @Override
    public void lockForWrite(Transaction tx) {
        Txn t = Txn.of(tx);
        t.requireXid("a write");
        t.lockForWrite(oid);
    }

    @Override
    public Tid insert(Transaction tx, byte[] data) {
        Txn t = Txn.of(tx);
        long xid = t.requireXid("INSERT");
        t.lockForWrite(oid);
        Tid tid = place(t, xid, data, 0, -1);
        inserted.incrementAndGet();
        activity.changed(t);
        return tid;
    }

    /** The largest row (data bytes) a heap page holds. */
    public static int maxRowSize() {
        return HeapPage.MAX_TUPLE_SIZE - HeapPage.TUPLE_HEADER_SIZE;
    }

    static void checkSize(String table, int dataLength) {
        int size = HeapPage.TUPLE_HEADER_SIZE + dataLength;
        if (size > HeapPage.MAX_TUPLE_SIZE) {
            throw new SqlException(SqlState.PROGRAM_LIMIT_EXCEEDED, "row is too big: size " + size
                    + ", maximum size " + HeapPage.MAX_TUPLE_SIZE).withDetail("Table \"" + table + "\".");
        }
    }

    /** Inserts a new version on some page other than {@code exclude}; returns its tid. */
    private Tid place(Txn t, long xid, byte[] data, int infomask, int exclude) {
        checkSize(name, data.length);
        int len = HeapPage.TUPLE_HEADER_SIZE + data.length;
        while (true) {
            int block = fsm.target(len + HeapPage.LINE_POINTER_SIZE, exclude);
            Frame f = pool.pin(page(block));
            f.latchExclusive();
            int free;
            try {
                int slot = HeapPage.slotForInsert(f.page(), len);
                if (slot >= 0) {
                    MiniTransaction mtr = log.begin();
                    putInsert(mtr, f, block, slot, xid, t.cid(), infomask, data);
                    vm.clearIfSet(mtr, f, block);
                    mtr.commit();
                    return new Tid(block, slot);
                }
                free = HeapPage.freeSpace(f.page());
            } finally {
                f.unlatchExclusive();
                pool.unpin(f);
            }
            fsm.record(block, free);
        }
    }

    static void putInsert(MiniTransaction mtr, Frame f, int block, int slot, long xid, int cid, int infomask,
                          byte[] data) {
        ByteBuffer b = mtr.begin(HeapRecords.HEAP_INSERT, 0, f, xid, HeapRecords.insertSize(data.length));
        HeapRecords.putInsert(b, block, slot, xid, cid, infomask, data);
        mtr.end();
    }

    @Override
    public Optional<Row> fetch(Transaction tx, Tid tid) {
        Txn t = Txn.of(tx);
        if (Integer.compareUnsigned(tid.block(), fsm.blocks()) >= 0) {
            return Optional.empty();
        }
        Frame f = pool.pin(page(tid.block()));
        f.latchShared();
        try {
            ByteBuffer p = f.page();
            int n = HeapPage.slotCount(p);
            int hops = 0;
            for (int s = HotChain.first(p, tid.slot()); s >= 0 && hops++ < n; s = HotChain.next(p, tid.block(), s)) {
                int off = HeapPage.tupleOffset(p, s);
                if (t.sees(HeapPage.xmin(p, off), HeapPage.cmin(p, off), HeapPage.xmax(p, off), HeapPage.cmax(p, off))) {
                    return Optional.of(new Row(s == tid.slot() ? tid : new Tid(tid.block(), s),
                            HeapPage.data(p, off, HeapPage.tupleLength(p, s))));
                }
            }
            return Optional.empty();
        } finally {
            f.unlatchShared();
            pool.unpin(f);
        }
    }

    @Override
    public Optional<Row> fetchLatest(Transaction tx, Tid tid) {
        Txn t = Txn.of(tx);
        Tid at = tid;
        for (int hops = 0; hops < 1_000_000; hops++) {
            Tid next = null;
            Frame f = pool.pin(page(at.block()));
            f.latchShared();
            try {
                ByteBuffer p = f.page();
                int first = HotChain.first(p, at.slot());
                if (first < 0) {
                    return Optional.empty();
                }
                if (first != at.slot()) {
                    at = new Tid(at.block(), first); // a redirect: the chain goes on there
                }
                int off = HeapPage.tupleOffset(p, at.slot());
                long xmax = HeapPage.xmax(p, off);
                int st = xmax == 0 ? -2 : t.currentStatus(xmax);
                if (xmax == 0 || st == Txn.RUNNING || st == org.borealis.pagestore.xact.XactStatusPage.ABORTED) {
                    return Optional.of(new Row(at, HeapPage.data(p, off, HeapPage.tupleLength(p, at.slot()))));
                }
                if ((HeapPage.infomask(p, off) & HeapPage.UPDATED) == 0) {
                    return Optional.empty();
                }
                next = new Tid(HeapPage.ctidBlock(p, off), HeapPage.ctidSlot(p, off));
            } finally {
                f.unlatchShared();
                pool.unpin(f);
            }
            at = next;
        }
        throw new SqlException(SqlState.INTERNAL_ERROR, "update chain from " + tid + " does not end");
    }

    @Override
    public Cursor<Row> scan(Transaction tx) {
        Txn t = Txn.of(tx);
        int blocks = fsm.blocks();
        return new Cursor<>() {
            private int block;
            /** The pages below this one were asked for ahead of the scan. */
            private int ahead;
            private Iterator<Row> page = List.<Row>of().iterator();

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && block < blocks) {
                    readAhead(block, blocks);
                    page = visibleOn(t, block++).iterator();
                }
                return page.hasNext();
            }

            /** Asks the buffer pool for the pages up to {@link #READ_AHEAD} past {@code at}, each once. */
            private void readAhead(int at, int end) {
                int to = Math.min(end, at + 1 + Math.min(READ_AHEAD, pool.size() / 16));
                for (int b = Math.max(ahead, at + 1); b < to; b++) {
                    pool.readAhead(page(b));
                }
                ahead = Math.max(ahead, to);
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }

            @Override
            public void close() {
                block = blocks;
                page = List.<Row>of().iterator();
            }
        };
    }

    private List<Row> visibleOn(Txn t, int block) {
        List<Row> out = new ArrayList<>();
        Frame f = pool.pin(page(block));
        f.latchShared();
        try {
            ByteBuffer p = f.page();
            int n = HeapPage.slotCount(p);
            for (int s = 0; s < n; s++) {
                int off = HeapPage.tupleOffset(p, s);
                if (off != 0 && t.sees(HeapPage.xmin(p, off), HeapPage.cmin(p, off), HeapPage.xmax(p, off),
                        HeapPage.cmax(p, off))) {
                    out.add(new Row(new Tid(block, s), HeapPage.data(p, off, HeapPage.tupleLength(p, s))));
                }
            }
        } finally {
            f.unlatchShared();
            pool.unpin(f);
        }
        return out;
    }

    @Override
    public ModifyResult update(Transaction tx, Tid tid, byte[] data) {
        return update(tx, tid, data, false);
    }

    @Override
    public ModifyResult update(Transaction tx, Tid tid, byte[] data, boolean indexKeysUnchanged) {
        Txn t = Txn.of(tx);
        t.requireXid("UPDATE");
        t.lockForWrite(oid);
        checkSize(name, data.length);
        ModifyResult r = new RowChange(this, t, tid).update(data, (xid, exclude) -> place(t, xid, data,
                HeapPage.NEW_VERSION, exclude), indexKeysUnchanged);
        if (r.status() == ModifyResult.Status.OK) {
            inserted.incrementAndGet();
            deleted.incrementAndGet();
            activity.changed(t);
        }
        return r;
    }

    @Override
    public ModifyResult delete(Transaction tx, Tid tid) {
        Txn t = Txn.of(tx);
        t.requireXid("DELETE");
        t.lockForWrite(oid);
        ModifyResult r = new RowChange(this, t, tid).delete();
        if (r.status() == ModifyResult.Status.OK) {
            deleted.incrementAndGet();
            activity.changed(t);
        }
        return r;
    }

    @Override
    public ModifyResult lock(Transaction tx, Tid tid, RowLockMode mode, WaitPolicy wait) {
        Txn t = Txn.of(tx);
        t.requireXid("SELECT FOR " + mode.sql());
        t.lockForWrite(oid);
        return new RowChange(this, t, tid).lock(mode, wait);
    }

    /** {@link #liveness}: the version is live. */
    public static final long LIVE = 0;
    /** {@link #liveness}: the version is dead or its insert aborted. */
    public static final long DEAD = -1;

    /**
     * Whether the row whose index entry names {@code tid} is live for a unique check, ignoring
     * snapshots: LIVE when a version of its update chain on the page was inserted by a committed
     * transaction or this one and not deleted by either, DEAD when none was, else the xid of the
     * running transaction whose outcome decides it.
     */
    public long liveness(Txn t, Tid tid) {
        Frame f = pool.pin(page(tid.block()));
        f.latchShared();
        try {
            ByteBuffer p = f.page();
            int n = HeapPage.slotCount(p);
            int hops = 0;
            for (int s = HotChain.first(p, tid.slot()); s >= 0 && hops++ < n; s = HotChain.next(p, tid.block(), s)) {
                long l = versionLiveness(t, p, HeapPage.tupleOffset(p, s));
                if (l != DEAD) {
                    return l;
                }
            }
            return DEAD;
        } finally {
            f.unlatchShared();
            pool.unpin(f);
        }
    }

    private static long versionLiveness(Txn t, ByteBuffer p, int off) {
        long xmin = HeapPage.xmin(p, off);
        int st = t.currentStatus(xmin);
        if (st == Txn.RUNNING) {
            return xmin;
        }
        if (st != org.borealis.pagestore.xact.XactStatusPage.COMMITTED) {
            return DEAD;
        }
        long xmax = HeapPage.xmax(p, off);
        if (xmax == 0) {
            return LIVE;
        }
        st = t.currentStatus(xmax);
        if (st == Txn.RUNNING) {
            return xmax;
        }
        return st == org.borealis.pagestore.xact.XactStatusPage.COMMITTED ? DEAD : LIVE;
    }

    /**
     * Calls {@code each} with every version that is or may become live (for building an index),
     * with the tid of its update chain's root (what an index entry names): committed and not
     * deleted, or inserted or deleted by a transaction still running — except versions deleted by
     * {@code t} itself, the index builder (if it commits they are dead; if not, the index goes too),
     * as PostgreSQL does. The builder holds the table exclusively, so each chain has at most one
     * such version.
     */
    public void forEachCandidate(Txn t, java.util.function.BiConsumer<Tid, byte[]> each) {
        int blocks = fsm.blocks();
        for (int block = 0; block < blocks; block++) {
            List<Row> rows = new ArrayList<>();
            Frame f = pool.pin(page(block));
            f.latchShared();
            try {
                ByteBuffer p = f.page();
                int n = HeapPage.slotCount(p);
                for (int r = 0; r < n; r++) {
                    if (!HotChain.isRoot(p, r)) {
                        continue;
                    }
                    int hops = 0;
                    for (int s = HotChain.first(p, r); s >= 0 && hops++ < n; s = HotChain.next(p, block, s)) {
                        int off = HeapPage.tupleOffset(p, s);
                        long xmax = HeapPage.xmax(p, off);
                        if (!t.isMine(xmax) && versionLiveness(t, p, off) != DEAD) {
                            rows.add(new Row(new Tid(block, r), HeapPage.data(p, off, HeapPage.tupleLength(p, s))));
                        }
                    }
                }
            } finally {
                f.unlatchShared();
                pool.unpin(f);
            }
            for (Row r : rows) {
                each.accept(r.tid(), r.data());
            }
        }
    }

    /** Counters for planner statistics: inserts and deletes since the last count. */
    public long[] changeCounters() {
        return new long[] {inserted.get(), deleted.get()};
    }

    /**
     * Sets the live-tuple estimate from a count of the rows visible now, keeping the change
     * counters (and so the dead-tuple estimate the background vacuum goes by).
     */
    public void setLiveCount(long live) {
        liveBase = live - inserted.get() + deleted.get();
    }

    /**
     * Sets the counts found by vacuum: {@code versions} not removable, of which {@code deleting}
     * are deleted by transactions still running or too recent to remove (still dead weight for
     * the next vacuum).
     */
    public void setCounts(long versions, long deleting) {
        inserted.set(0);
        deleted.set(deleting);
        liveBase = versions;
    }

    /** Sets the all-visible page count vacuum or ANALYZE found ({@code pg_class.relallvisible}). */
    public void setAllVisibleCount(long pages) {
        allVisible = pages;
    }

    /**
     * All-visible pages as the last vacuum or ANALYZE counted them; after a restart, counted from
     * the visibility map on first use.
     */
    public long allVisibleCount() {
        long n = allVisible;
        if (n < 0) {
            n = vm.count(fsm.blocks());
            allVisible = n;
        }
        return n;
    }

    /** What the table has seen since the engine opened: changes since its last analyze, vacuums, analyzes. */
    public ActivityCounters activity() {
        return activity;
    }

    /** Live-tuple count at the last vacuum, or -1 when never counted since start. */
    public long liveBase() {
        return liveBase;
    }
}
