package org.borealis.sql.engine;

import java.util.Optional;

/**
 * A table's heap: row versions with an MVCC header managed here and opaque data. Every method
 * that reads uses the transaction's current snapshot and command id; every method that writes
 * fails with {@code 25006} in a read-only transaction.
 *
 * <p>Concurrent writers of one row: the second waits for the first to end (row lock via the
 * row's xmax, with deadlock detection: {@code 40P01}). When the first committed, a REPEATABLE
 * READ writer fails with {@code 40001}; a READ COMMITTED writer gets
 * {@link ModifyResult.Status#UPDATED} with the newest version's tid, re-checks its condition on
 * {@link #fetchLatest} and retries there (PostgreSQL's EvalPlanQual) — so {@code x = x + d}
 * loses no update.
 */
public interface Table {

    int oid();

    /**
     * Takes the table's write lock (shared among writers; held to the end of the transaction).
     * Every write takes it implicitly; a write statement should take it <em>before</em> it reads
     * the table's indexes from the catalog, so that a concurrent CREATE INDEX (which takes it
     * exclusively) has either committed, and is seen, or waits for this transaction.
     * {@code 25006} in a read-only transaction.
     */
    void lockForWrite(Transaction tx);

    /**
     * Inserts a row version.
     *
     * @throws org.borealis.sql.error.SqlException {@code 54000} when the row does not fit a page
     */
    Tid insert(Transaction tx, byte[] data);

    /**
     * The version at {@code tid} if visible to the transaction, else empty. When {@code tid} is the
     * root of a heap-only update chain (what index entries name), the chain's version visible to
     * the transaction, with its own tid.
     */
    Optional<Row> fetch(Transaction tx, Tid tid);

    /**
     * Follows the update chain from {@code tid} to the newest version that is committed or the
     * transaction's own, ignoring the snapshot (for READ COMMITTED re-checks). Empty when the
     * chain ends in a deleted row.
     */
    Optional<Row> fetchLatest(Transaction tx, Tid tid);

    /** Every version visible to the transaction, in physical order. */
    Cursor<Row> scan(Transaction tx);

    /**
     * Replaces the version at {@code tid} (visible to the transaction) by a new one with
     * {@code data}; returns {@link ModifyResult.Status#OK} with the new version's tid.
     * The caller then inserts index entries for the new tid.
     */
    ModifyResult update(Transaction tx, Tid tid, byte[] data);

    /**
     * {@link #update}, telling whether every index key of the new row equals the old one's. If so
     * and the new version fits the old one's page, it is heap-only (a HOT update, as PostgreSQL's):
     * the result says {@link ModifyResult#heapOnly()} and the caller adds no index entries.
     */
    default ModifyResult update(Transaction tx, Tid tid, byte[] data, boolean indexKeysUnchanged) {
        return update(tx, tid, data);
    }

    /** Deletes the version at {@code tid} (visible to the transaction). */
    ModifyResult delete(Transaction tx, Tid tid);

    /**
     * Locks the row at {@code tid} for {@code SELECT ... FOR UPDATE/FOR SHARE}, held to the end of
     * the transaction. With {@link WaitPolicy#NOWAIT} a conflicting lock fails with {@code 55P03};
     * with {@link WaitPolicy#SKIP_LOCKED} the result is {@link ModifyResult.Status#LOCKED}.
     */
    ModifyResult lock(Transaction tx, Tid tid, RowLockMode mode, WaitPolicy wait);
}
