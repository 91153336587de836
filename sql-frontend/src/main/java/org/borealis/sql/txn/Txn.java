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
    /** One xid the commit log said committed ({@link #committed}), 0 when none yet. */
    private long knownCommitted;
    private int statements;
    private Snapshot snapshot;
    private volatile long snapshotXmin;
    private boolean active = true;
    private final List<java.util.function.Consumer<Boolean>> onEndActions = new ArrayList<>(0);
    private final java.util.Set<Integer> writing = new java.util.HashSet<>();
    private long loggedLsn;
    /** Savepoints, outermost first; empty outside any. */
    private final List<Subtransaction> subs = new ArrayList<>(0);
    /** Xids of savepoints released at the outermost level: they commit or roll back with the transaction. */
    private final List<Long> releasedXids = new ArrayList<>(0);

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

    /**
     * The xid this transaction's next write is stamped with: the innermost savepoint's once it has
     * written, else the top-level xid (0 until the first write).
     */
    @Override
    public long xid() {
        if (!subs.isEmpty()) {
            long sx = subs.get(subs.size() - 1).xid;
            if (sx != 0) {
                return sx;
            }
        }
        return xid;
    }

    /** The top-level xid (0 until the first write): the owner of every lock the transaction takes. */
    public long topXid() {
        return xid;
    }

    /** The top-level xid, assigning one if needed: the owner for lock-manager locks. */
    public long lockOwner(String what) {
        requireXid(what);
        return xid;
    }

    /** Whether {@code x} is this transaction's top-level xid or the xid of a savepoint not rolled back. */
    public boolean isMine(long x) {
        if (x == 0) {
            return false;
        }
        if (x == xid || releasedXids.contains(x)) {
            return true;
        }
        for (int i = subs.size() - 1; i >= 0; i--) {
            Subtransaction st = subs.get(i);
            if (st.xid == x || st.xids.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** The xids of the savepoints not rolled back, which commit together with the top-level xid. */
    long[] subXids() {
        if (subs.isEmpty() && releasedXids.isEmpty()) {
            return new long[0];
        }
        List<Long> all = new ArrayList<>(releasedXids);
        for (Subtransaction st : subs) {
            all.addAll(st.xids);
        }
        return all.stream().mapToLong(Long::longValue).toArray();
    }

    // ------------------------------------------------------------------ savepoints

    @Override
    public void savepoint(String name) {
        check();
        subs.add(new Subtransaction(name, rowLocksNow()));
    }

    private java.util.Map<LockTag, LockManager.Mode> rowLocksNow() {
        return xid == 0 ? java.util.Map.of() : tm.locks().rowLocks(xid);
    }

    @Override
    public void releaseSavepoint(String name) {
        check();
        int i = find(name);
        // the released levels' xids and undo actions pass to the level around them: they commit
        // with it, or roll back with it
        for (int k = subs.size() - 1; k >= i; k--) {
            Subtransaction inner = subs.remove(k);
            if (k > 0) {
                subs.get(k - 1).absorb(inner);
            } else {
                releasedXids.addAll(inner.xids); // their undo is the whole transaction's rollback
            }
        }
    }

    @Override
    public void rollbackToSavepoint(String name) {
        check();
        int i = find(name);
        Subtransaction kept = subs.get(i);
        List<Long> aborted = new ArrayList<>();
        List<Runnable> undo = new ArrayList<>();
        for (int k = i; k < subs.size(); k++) {
            aborted.addAll(subs.get(k).xids);
            undo.addAll(subs.get(k).undo);
        }
        while (subs.size() > i) {
            subs.remove(subs.size() - 1);
        }
        subs.add(new Subtransaction(kept.name, kept.rowLocks));
        tm.abortSubtransactions(this, aborted);
        if (xid != 0) {
            // row locks (FOR UPDATE/SHARE, foreign-key checks) taken since go, as in PostgreSQL
            tm.locks().restoreRowLocks(xid, kept.rowLocks);
        }
        for (int k = undo.size() - 1; k >= 0; k--) {
            undo.get(k).run();
        }
        cid++; // later commands must not take the rolled-back commands' ids for their own
    }

    @Override
    public boolean hasSavepoints() {
        return !subs.isEmpty();
    }

    /** The name of the innermost savepoint, or null outside any. */
    public String innermostSavepoint() {
        return subs.isEmpty() ? null : subs.get(subs.size() - 1).name;
    }

    /**
     * Runs {@code r} if the savepoint level active now is rolled back (not when the whole
     * transaction is: use {@link #onEnd} for that). Outside a savepoint it does nothing.
     */
    public void onRollbackToSavepoint(Runnable r) {
        if (!subs.isEmpty()) {
            subs.get(subs.size() - 1).undo.add(r);
        }
    }

    private void check() {
        if (!active) {
            throw new SqlException(SqlState.NO_ACTIVE_SQL_TRANSACTION, "there is no transaction in progress");
        }
    }

    /** The innermost savepoint named {@code name} (names may repeat, as in PostgreSQL). */
    private int find(String name) {
        for (int i = subs.size() - 1; i >= 0; i--) {
            if (subs.get(i).name.equals(name)) {
                return i;
            }
        }
        throw new SqlException(SqlState.INVALID_SAVEPOINT_SPECIFICATION, "savepoint \"" + name + "\" does not exist");
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
            tm.lockOwnXid(xid, xid);
        }
        if (!subs.isEmpty()) {
            Subtransaction st = subs.get(subs.size() - 1);
            if (st.xid == 0) {
                st.xid = tm.assignXid();
                st.xids.add(st.xid);
                tm.lockOwnXid(xid, st.xid);
            }
            return st.xid;
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
        if (isMine(xmin)) {
            if (cmin >= cid) {
                return false;
            }
        } else if (s.isRunning(xmin) || !committed(xmin)) {
            return false;
        }
        if (xmax == 0) {
            return true;
        }
        if (isMine(xmax)) {
            return cmax >= cid;
        }
        return s.isRunning(xmax) || !committed(xmax);
    }

    /**
     * Whether the commit log says {@code x} committed, remembering the last xid it said so of (a
     * commit is for ever): a scan over rows most of which one transaction wrote asks the commit log
     * once, as PostgreSQL's cached xid status does.
     */
    private boolean committed(long x) {
        if (x == knownCommitted && x != 0) {
            return true;
        }
        if (tm.commitLog().isCommitted(x)) {
            knownCommitted = x;
            return true;
        }
        return false;
    }

    /**
     * The status of {@code xid} right now, ignoring the snapshot: this transaction's own xid
     * counts as committed; otherwise RUNNING (-1), or the commit log's committed/aborted.
     */
    public int currentStatus(long x) {
        if (isMine(x)) {
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
