package org.borealis.sql.txn;

import java.util.ArrayList;
import java.util.List;

/**
 * One level of a transaction's savepoint stack: the savepoint's name, the xid its writes are
 * stamped with (assigned at its first write, 0 before), the xids of the levels released into it
 * (they commit or roll back with it), what to undo in memory when it is rolled back, and the row
 * locks to return to then.
 */
final class Subtransaction {

    final String name;
    long xid;
    final List<Long> xids = new ArrayList<>(1);
    final List<Runnable> undo = new ArrayList<>(0);
    /** The transaction's row locks when the savepoint was set: ROLLBACK TO returns to them. */
    final java.util.Map<LockTag, LockManager.Mode> rowLocks;

    Subtransaction(String name, java.util.Map<LockTag, LockManager.Mode> rowLocks) {
        this.name = name;
        this.rowLocks = rowLocks;
    }

    /** Takes over a released inner level: its xids and undo actions become this level's. */
    void absorb(Subtransaction inner) {
        xids.addAll(inner.xids);
        undo.addAll(inner.undo);
    }
}
