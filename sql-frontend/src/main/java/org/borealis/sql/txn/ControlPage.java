package org.borealis.sql.txn;

import java.nio.ByteBuffer;

import org.borealis.pagestore.page.Fork;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.page.PageType;
import org.borealis.sql.buffer.BufferPool;
import org.borealis.sql.buffer.Frame;
import org.borealis.sql.mtr.LogWriter;
import org.borealis.sql.mtr.MiniTransaction;

/**
 * The volume's control page (relation 2, block 0, type META), changed by WRITE_BYTES records:
 *
 * <pre>
 * 32 u64 xid limit     xids below it may have been used: a restarted node starts there
 * 40 u32 next OID      next object id to hand out
 * 44 u32 bootstrapped  1 once the catalog bootstrap committed
 * </pre>
 * Thread-safe (each change latches the page exclusively).
 */
public final class ControlPage {

    public static final PageId PAGE = new PageId(2, Fork.MAIN, 0);
    public static final int XID_LIMIT = 32;
    public static final int NEXT_OID = 40;
    public static final int BOOTSTRAPPED = 44;
    /** The first xid handed out on a new volume. */
    public static final long FIRST_XID = 3;
    /** The first OID of user objects (as PostgreSQL's FirstNormalObjectId). */
    public static final int FIRST_USER_OID = 16384;

    private final BufferPool pool;
    private final LogWriter log;

    public ControlPage(BufferPool pool, LogWriter log) {
        this.pool = pool;
        this.log = log;
    }

    /** True when the page was never written (an empty volume). */
    public boolean isEmpty() {
        return read(p -> PageLayout.type(p) == PageType.EMPTY ? 1L : 0L) == 1L;
    }

    public boolean isBootstrapped() {
        return read(p -> PageLayout.type(p) == PageType.META ? p.getInt(BOOTSTRAPPED) : 0) == 1;
    }

    public long xidLimit() {
        return read(p -> PageLayout.type(p) == PageType.META ? p.getLong(XID_LIMIT) : FIRST_XID);
    }

    /** Creates the page (a new or unfinished volume): xids from FIRST_XID, OIDs from the first user OID. */
    public void initialise() {
        Frame f = pool.pin(PAGE);
        f.latchExclusive();
        try {
            long xidLimit = PageLayout.type(f.page()) == PageType.META ? f.page().getLong(XID_LIMIT) : FIRST_XID;
            MiniTransaction mtr = log.begin();
            mtr.initPage(f, PageType.META, 0);
            mtr.writeLong(f, XID_LIMIT, Math.max(xidLimit, FIRST_XID));
            mtr.writeInt(f, NEXT_OID, FIRST_USER_OID);
            mtr.commit();
        } finally {
            f.unlatchExclusive();
            pool.unpin(f);
        }
    }

    /** Marks the bootstrap done and returns the record's LSN. */
    public long markBootstrapped() {
        return change(mtr -> f -> mtr.writeInt(f, BOOTSTRAPPED, 1));
    }

    /** Logs a new xid limit; returns the record's LSN. */
    public long setXidLimit(long limit) {
        return change(mtr -> f -> mtr.writeLong(f, XID_LIMIT, limit));
    }

    /** Hands out {@code n} consecutive OIDs (logged) and returns the first. */
    public int allocateOids(int n) {
        Frame f = pool.pin(PAGE);
        f.latchExclusive();
        try {
            int next = f.page().getInt(NEXT_OID);
            MiniTransaction mtr = log.begin();
            mtr.writeInt(f, NEXT_OID, next + n);
            mtr.commit();
            return next;
        } finally {
            f.unlatchExclusive();
            pool.unpin(f);
        }
    }

    private long change(java.util.function.Function<MiniTransaction, java.util.function.Consumer<Frame>> op) {
        Frame f = pool.pin(PAGE);
        f.latchExclusive();
        try {
            MiniTransaction mtr = log.begin();
            op.apply(mtr).accept(f);
            return mtr.commit();
        } finally {
            f.unlatchExclusive();
            pool.unpin(f);
        }
    }

    private long read(java.util.function.ToLongFunction<ByteBuffer> get) {
        Frame f = pool.pin(PAGE);
        f.latchShared();
        try {
            return get.applyAsLong(f.page());
        } finally {
            f.unlatchShared();
            pool.unpin(f);
        }
    }
}
