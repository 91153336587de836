package org.borealis.sql.txn;

import java.util.ArrayList;
import java.util.List;

import org.borealis.pagestore.xact.XactStatusPage;
import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * The engine's transaction: xid (assigned at the first write), snapshot, command id, and what to
 * do when it ends. Also the visibility rules ({@link #sees}), since they depend on all of these.
 * Used by one thread at a time.
 */
public final class Txn implements Transaction {

    private final TransactionManager tm;
    private final Isolation isolation;
    private final boolean readOnly;
    private long xid;
    private int cid;
    private int statements;
    private Snapshot snapshot;
    private volatile long snapshotXmin;
    private boolean active = true;
    private final List<java.util.function.Consumer<Boolean>> onEndActions = new ArrayList<>(0);
    private final java.util.Set<Integer> writing = new java.util.HashSet<>();
    private long loggedLsn;

    Txn(TransactionManager tm, Isolation isolation, boolean readOnly) {
        this.tm = tm;
        this.isolation = isolation;
        this.readOnly = readOnly;
    }

    /** The engine's transaction behind an API transaction. */
    public static Txn of(Transaction tx) {
        if (tx instanceof Txn t) {
            if (!t.active) {
                throw new SqlException(SqlState.NO_ACTIVE_SQL_TRANSACTION, "the transaction has ended");
            }
            return t;
        }
        throw new IllegalArgumentException("not a transaction of this engine: " + tx);
    }

    @Override
    public long xid() {
        return xid;
    }

    @Override
    public Isolation isolation() {
        return isolation;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    public int cid() {
        return cid;
    }

    long snapshotXmin() {
        return snapshotXmin;
    }

    public TransactionManager manager() {
        return tm;
    }

    @Override
    public void startStatement() {
        if (statements++ > 0) {
            cid++;
        }
        if (snapshot == null || isolation == Isolation.READ_COMMITTED) {
            takeSnapshot();
        }
    }

    @Override
    public void commandCounterIncrement() {
        cid++;
    }

    /** The current snapshot, taking one when none was taken yet. */
    public Snapshot snapshot() {
        if (snapshot == null) {
            takeSnapshot();
        }
        return snapshot;
    }

    /**
     * Runs {@code body} with a fresh snapshot in place of the transaction's own (catalog reads of a
     * transaction doing DDL see the latest committed catalog plus its own changes).
     */
    @Override
    public <T> T withLatestSnapshot(java.util.function.Supplier<T> body) {
        Snapshot own = snapshot;
        snapshot = tm.snapshot();
        try {
            return body.get();
        } finally {
            snapshot = own;
        }
    }

    private void takeSnapshot() {
        snapshot = tm.snapshotFor(this);
    }

    /** Called by the transaction manager under its lock while it takes this transaction's snapshot. */
    void publishXmin(long xmin) {
        snapshotXmin = xmin;
    }

    /**
     * The xid, assigning one at the first write.
     *
     * @param what the operation, for the 25006 message in a read-only transaction
     */
    public long requireXid(String what) {
        if (readOnly) {
            throw TransactionManager.readOnly(what);
        }
        if (xid == 0) {
            xid = tm.assignXid();
            tm.lockOwnXid(xid);
        }
        return xid;
    }

    /**
     * Takes the table's relation lock in share mode (once per transaction) before writing to it:
     * writers do not block each other, but DDL that takes it exclusively (CREATE INDEX, DROP
     * TABLE, ALTER TABLE) waits for them and they for it.
     */
    public void lockForWrite(int relation) {
        if (writing.add(relation)) {
            tm.locks().acquire(xid, LockTag.relation(relation), LockManager.Mode.SHARE, true);
        }
    }

    /** Takes the table's relation lock exclusively (DDL), to the end of the transaction. */
    public void lockExclusively(int relation) {
        writing.add(relation);
        tm.locks().acquire(xid, LockTag.relation(relation), LockManager.Mode.EXCLUSIVE, true);
    }

    /**
     * Notes a record this transaction caused outside its xid (a sequence advance): the commit
     * waits until it is durable even when the transaction has no xid.
     */
    public void noteLogged(long lsn) {
        loggedLsn = Math.max(loggedLsn, lsn);
    }

    long loggedLsn() {
        return loggedLsn;
    }

    /** Runs {@code r} when the transaction ends (commit or rollback), with whether it committed. */
    public void onEnd(java.util.function.Consumer<Boolean> r) {
        onEndActions.add(r);
    }

    /**
     * Whether a row version made by {@code xmin} (command {@code cmin}) and deleted by
     * {@code xmax} (0 when none; command {@code cmax}) is visible to this transaction now.
     */
    public boolean sees(long xmin, int cmin, long xmax, int cmax) {
        Snapshot s = snapshot();
        if (xmin == xid && xid != 0) {
            if (cmin >= cid) {
                return false;
            }
        } else if (s.isRunning(xmin) || !tm.commitLog().isCommitted(xmin)) {
            return false;
        }
        if (xmax == 0) {
            return true;
        }
        if (xmax == xid && xid != 0) {
            return cmax >= cid;
        }
        return s.isRunning(xmax) || !tm.commitLog().isCommitted(xmax);
    }

    /**
     * The status of {@code xid} right now, ignoring the snapshot: this transaction's own xid
     * counts as committed; otherwise RUNNING (-1), or the commit log's committed/aborted.
     */
    public int currentStatus(long x) {
        if (x == xid && xid != 0) {
            return XactStatusPage.COMMITTED;
        }
        if (tm.isRunning(x)) {
            return RUNNING;
        }
        int st = tm.commitLog().status(x);
        return st == XactStatusPage.IN_PROGRESS ? XactStatusPage.ABORTED : st;
    }

    /** {@link #currentStatus} of a transaction that has not ended. */
    public static final int RUNNING = -1;

    /** Waits for transaction {@code x} to end; false with {@code nowait} when it has not. */
    public boolean waitFor(long x, boolean nowait) {
        requireXid("a row lock");
        return tm.waitFor(xid, x, nowait);
    }

    @Override
    public void commit() {
        if (!active) {
            throw new SqlException(SqlState.NO_ACTIVE_SQL_TRANSACTION, "there is no transaction in progress");
        }
        active = false;
        boolean ok = false;
        try {
            tm.commit(this);
            ok = true;
        } finally {
            runEnd(ok);
        }
    }

    @Override
    public void rollback() {
        if (!active) {
            return;
        }
        active = false;
        try {
            tm.rollback(this);
        } finally {
            runEnd(false);
        }
    }

    private void runEnd(boolean committed) {
        snapshotXmin = 0;
        for (java.util.function.Consumer<Boolean> r : onEndActions) {
            r.accept(committed);
        }
    }

    @Override
    public String toString() {
        return "Txn{xid=" + xid + ", " + isolation + (readOnly ? ", read only" : "") + ", cid=" + cid + "}";
    }
}
