package org.borealis.sql.txn;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.borealis.sql.engine.Isolation;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.mtr.LogWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Begins, commits and rolls back transactions; assigns xids and takes snapshots.
 *
 * <p>Xids are 64-bit and never reused: they are handed out from ranges whose upper end is logged
 * on the {@link ControlPage} before the first xid of the range is used, and a restarted node
 * starts at the logged limit (the <em>recovery horizon</em>: an xid below it without a commit
 * record died in a crash and counts as aborted).
 *
 * <p>A commit logs the commit record, waits until it is durable (group commit: all committers
 * share the sink's advances), and only then leaves the running set, so no one sees a commit that
 * could still be lost. Xid assignment, leaving the running set and taking a snapshot are atomic
 * with respect to each other. Thread-safe.
 */
public final class TransactionManager {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionManager.class);
    private static final long XID_BATCH = 1024;

    private final String nodeId;
    private final LogWriter log;
    private final ControlPage control;
    private final CommitLog clog;
    private final LockManager locks;
    private final long recoveryHorizon;
    private final TreeSet<Long> running = new TreeSet<>();
    private final Set<Txn> active = ConcurrentHashMap.newKeySet();
    private long nextXid;
    private long xidLimit;

    public TransactionManager(String nodeId, LogWriter log, ControlPage control, CommitLog clog, LockManager locks,
                              long recoveryHorizon) {
        this.nodeId = nodeId;
        this.log = log;
        this.control = control;
        this.clog = clog;
        this.locks = locks;
        this.recoveryHorizon = recoveryHorizon;
        this.nextXid = recoveryHorizon;
        this.xidLimit = recoveryHorizon;
        LOG.info("[{}] transactions start at xid {}", nodeId, recoveryHorizon);
    }

    public Txn begin(Isolation isolation, boolean readOnly) {
        Txn t = new Txn(this, isolation, readOnly);
        active.add(t);
        return t;
    }

    public CommitLog commitLog() {
        return clog;
    }

    public LockManager locks() {
        return locks;
    }

    public long recoveryHorizon() {
        return recoveryHorizon;
    }

    synchronized long assignXid() {
        if (nextXid >= xidLimit) {
            long limit = nextXid + XID_BATCH;
            control.setXidLimit(limit);
            xidLimit = limit;
        }
        long xid = nextXid++;
        running.add(xid);
        return xid;
    }

    public synchronized Snapshot snapshot() {
        long[] r = new long[running.size()];
        int i = 0;
        for (long x : running) {
            r[i++] = x;
        }
        long xmin = r.length > 0 ? r[0] : nextXid;
        return new Snapshot(xmin, nextXid, r);
    }

    /**
     * A snapshot for {@code t}, its xmin published to {@link #globalXmin} before this lock is let
     * go: a horizon computed after this cannot pass a transaction the snapshot saw running (else
     * vacuum could prune, or mark all-visible, rows this snapshot must not see that way).
     */
    synchronized Snapshot snapshotFor(Txn t) {
        Snapshot s = snapshot();
        t.publishXmin(s.xmin());
        return s;
    }

    /** True while {@code xid} has neither committed durably nor rolled back. */
    public synchronized boolean isRunning(long xid) {
        return running.contains(xid);
    }

    /**
     * The oldest xid any running transaction may still see as running: row versions deleted by
     * committed transactions below it are invisible to everyone (vacuum's horizon).
     */
    public long globalXmin() {
        long min;
        synchronized (this) {
            min = running.isEmpty() ? nextXid : running.first();
        }
        for (Txn t : active) {
            long x = t.snapshotXmin();
            if (x != 0 && x < min) {
                min = x;
            }
        }
        return min;
    }

    void commit(Txn t) {
        try {
            if (t.topXid() != 0) {
                long lsn = clog.logCommit(t.topXid(), t.subXids());
                log.awaitDurable(lsn);
            } else if (t.loggedLsn() != 0) {
                log.awaitDurable(t.loggedLsn());
            }
        } finally {
            end(t);
        }
    }

    void rollback(Txn t) {
        try {
            if (t.topXid() != 0) {
                for (long x : t.subXids()) {
                    clog.logAbort(x);
                }
                clog.logAbort(t.topXid());
            }
        } finally {
            end(t);
        }
    }

    private void end(Txn t) {
        if (t.topXid() != 0) {
            long[] subs = t.subXids();
            synchronized (this) {
                for (long x : subs) {
                    running.remove(x);
                }
                running.remove(t.topXid());
            }
            locks.releaseAll(t.topXid());
        }
        active.remove(t);
    }

    /**
     * Rolls back savepoint levels of {@code t}: their xids are logged aborted (their row versions
     * become invisible to everyone, the transaction itself included), leave the running set, and
     * whoever waits for them is woken. The transaction's locks stay until it ends.
     */
    void abortSubtransactions(Txn t, java.util.List<Long> xids) {
        for (long x : xids) {
            clog.logAbort(x);
        }
        synchronized (this) {
            for (long x : xids) {
                running.remove(x);
            }
        }
        for (long x : xids) {
            locks.release(t.topXid(), LockTag.xid(x));
        }
    }

    /**
     * Waits until transaction {@code xid} ends (share lock on its tag), as {@code waiter}.
     *
     * @return false when {@code nowait} and it is still running
     */
    boolean waitFor(long waiter, long xid, boolean nowait) {
        LockTag tag = LockTag.xid(xid);
        if (!locks.acquire(waiter, tag, LockManager.Mode.SHARE, !nowait)) {
            return false;
        }
        locks.release(waiter, tag);
        return true;
    }

    /** Locks xid {@code x} for {@code owner} (the top-level xid), so others can wait for it to end. */
    void lockOwnXid(long owner, long x) {
        locks.acquire(owner, LockTag.xid(x), LockManager.Mode.EXCLUSIVE, false);
    }

    /** Running transactions (for tests and monitoring). */
    public synchronized long[] runningXids() {
        return running.stream().mapToLong(Long::longValue).toArray();
    }

    static SqlException readOnly(String what) {
        return new SqlException(SqlState.READ_ONLY_SQL_TRANSACTION, "cannot execute " + what
                + " in a read-only transaction");
    }

    @Override
    public String toString() {
        return "TransactionManager[" + nodeId + ", running=" + Arrays.toString(runningXids()) + "]";
    }
}
