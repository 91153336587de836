package org.borealis.sql.btree;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.borealis.pagestore.btree.BtreePage;
import org.borealis.sql.buffer.Frame;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.heap.HeapTable;
import org.borealis.sql.txn.Txn;

/**
 * The unique check of an insert: with the first leaf where the key can be latched exclusively,
 * looks at every entry of an equal key (moving right with shared latches) and asks the heap
 * whether its row version is live. Returns {@link #OK}, {@link #CONFLICT}, or the xid to wait for
 * (the version's inserter or deleter is still running).
 */
final class UniqueCheck {

    static final long OK = 0;
    static final long CONFLICT = -1;

    private final HeapTable heap;
    private final Txn t;

    UniqueCheck(HeapTable heap, Txn t) {
        this.heap = heap;
        this.t = t;
    }

    long check(BTree bt, Frame first, byte[] key, Tid mine) {
        Frame cur = first;
        try {
            int pos = SearchKey.before(key).lowerBound(first.page(), BtreePage.firstData(first.page()));
            while (true) {
                ByteBuffer p = cur.page();
                int n = BtreePage.itemCount(p);
                for (int i = pos; i < n; i++) {
                    if (!Arrays.equals(key, BtreePage.key(p, i))) {
                        return OK;
                    }
                    Tid tid = new Tid(BtreePage.tidBlock(p, i), BtreePage.tidSlot(p, i));
                    if (tid.equals(mine)) {
                        continue;
                    }
                    long live = heap.liveness(t, tid);
                    if (live != HeapTable.DEAD) {
                        return live == HeapTable.LIVE ? CONFLICT : live;
                    }
                }
                if (BtreePage.isRightmost(p) || !Arrays.equals(key, BtreePage.key(p, 0))) {
                    return OK;
                }
                Frame next = bt.pool.pin(bt.page(BtreePage.rightLink(p)));
                next.latchShared();
                if (cur != first) {
                    bt.release(cur);
                }
                cur = next;
                pos = BtreePage.firstData(next.page());
            }
        } finally {
            if (cur != first) {
                bt.release(cur);
            }
        }
    }
}
