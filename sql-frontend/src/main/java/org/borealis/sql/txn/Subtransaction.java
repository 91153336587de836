package org.borealis.sql.txn;

import java.util.ArrayList;
import java.util.List;

/**
 * One level of a transaction's savepoint stack: the savepoint's name, the xid its writes are
 * stamped with (assigned at its first write, 0 before), the xids of the levels released into it
 * (they commit or roll back with it), and what to undo in memory when it is rolled back.
 */
final class Subtransaction {

    final String name;
    long xid;
    final List<Long> xids = new ArrayList<>(1);
    final List<Runnable> undo = new ArrayList<>(0);

    Subtransaction(String name) {
        this.name = name;
    }

    /** Takes over a released inner level: its xids and undo actions become this level's. */
    void absorb(Subtransaction inner) {
        xids.addAll(inner.xids);
        undo.addAll(inner.undo);
    }
}
