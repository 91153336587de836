package org.borealis.sql.catalog;

import java.nio.ByteBuffer;

import org.borealis.pagestore.page.Fork;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageType;
import org.borealis.sql.buffer.BufferPool;
import org.borealis.sql.buffer.Frame;
import org.borealis.sql.engine.SequenceDef;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.mtr.LogWriter;
import org.borealis.sql.mtr.MiniTransaction;

/**
 * A sequence's state in block 0 of its relation (type META): 32 u64 last value, 40 u8 is_called,
 * changed by WRITE_BYTES records. {@code nextval} is not transactional (as in PostgreSQL): each
 * call logs the new state, and the session makes it durable before the value can be seen outside
 * (at the commit of the transaction that asked, even one without an xid, or at once outside a
 * transaction), so a restarted node never hands a value out twice. Thread-safe.
 */
public final class SequencePages {

    static final int LAST = 32;
    static final int CALLED = 40;

    private final BufferPool pool;
    private final LogWriter log;
    /** LSN of the last change made by each thread (for the caller to make durable before the value is seen). */
    private final ThreadLocal<long[]> lastLsn = ThreadLocal.withInitial(() -> new long[1]);

    /** LSN of the last sequence change made by the calling thread. */
    public long lastChangeLsn() {
        return lastLsn.get()[0];
    }

    public SequencePages(BufferPool pool, LogWriter log) {
        this.pool = pool;
        this.log = log;
    }

    void create(int oid, SequenceDef def) {
        Frame f = pool.pinNew(new PageId(oid, Fork.MAIN, 0));
        f.latchExclusive();
        try {
            MiniTransaction mtr = log.begin();
            mtr.initPage(f, PageType.META, 0);
            mtr.writeBytes(f, LAST, state(def.start(), false));
            mtr.commit();
        } finally {
            f.unlatchExclusive();
            pool.unpin(f);
        }
    }

    private static byte[] state(long last, boolean called) {
        return ByteBuffer.allocate(9).putLong(last).put((byte) (called ? 1 : 0)).array();
    }

    /** Advances the sequence; returns the new value. */
    public long nextval(int oid, String name, SequenceDef def) {
        return nextOn(pool.pin(new PageId(oid, Fork.MAIN, 0)), name, def);
    }

    private long nextOn(Frame f, String name, SequenceDef def) {
        f.latchExclusive();
        try {
            ByteBuffer p = f.page();
            long last = p.getLong(LAST);
            boolean called = p.get(CALLED) != 0;
            long next;
            if (!called) {
                next = last;
            } else {
                long inc = def.increment();
                boolean overflow = inc > 0 ? last > def.maxValue() - inc : last < def.minValue() - inc;
                if (overflow) {
                    if (!def.cycle()) {
                        throw new SqlException(SqlState.SEQUENCE_GENERATOR_LIMIT_EXCEEDED, "nextval: reached "
                                + (inc > 0 ? "maximum" : "minimum") + " value of sequence \"" + name + "\" ("
                                + (inc > 0 ? def.maxValue() : def.minValue()) + ")");
                    }
                    next = inc > 0 ? def.minValue() : def.maxValue();
                } else {
                    next = last + inc;
                }
            }
            MiniTransaction mtr = log.begin();
            mtr.writeBytes(f, LAST, state(next, true));
            lastLsn.get()[0] = mtr.commit();
            return next;
        } finally {
            f.unlatchExclusive();
            pool.unpin(f);
        }
    }

    public long setval(int oid, String name, SequenceDef def, long value, boolean called) {
        if (value < def.minValue() || value > def.maxValue()) {
            throw new SqlException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "setval: value " + value
                    + " is out of bounds for sequence \"" + name + "\" (" + def.minValue() + ".." + def.maxValue() + ")");
        }
        Frame f = pool.pin(new PageId(oid, Fork.MAIN, 0));
        f.latchExclusive();
        try {
            MiniTransaction mtr = log.begin();
            mtr.writeBytes(f, LAST, state(value, called));
            lastLsn.get()[0] = mtr.commit();
            return value;
        } finally {
            f.unlatchExclusive();
            pool.unpin(f);
        }
    }
}
