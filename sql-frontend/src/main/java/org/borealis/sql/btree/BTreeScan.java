package org.borealis.sql.btree;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.NoSuchElementException;

import org.borealis.pagestore.btree.BtreePage;
import org.borealis.sql.buffer.Frame;
import org.borealis.sql.engine.Cursor;
import org.borealis.sql.engine.IndexEntry;
import org.borealis.sql.engine.KeyRange;
import org.borealis.sql.engine.ScanDirection;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.heap.VisibilityMap;

/**
 * A range scan that reads one leaf at a time under a shared latch, copies the entries in range
 * and lets go, then resumes from the last entry returned by a fresh descent, so no latch is held
 * between calls and concurrent splits are harmless. Forward: the entries after the last one
 * (moving right past empty pages). Backward: the entries before the last one; descending, each
 * level takes the child whose separator is the largest <em>below</em> the position, and a page
 * with nothing below it sends the scan on to positions below the page's own lower bound.
 */
final class BTreeScan implements Cursor<IndexEntry> {

    private final BTree bt;
    private final boolean forward;
    private final SearchKey low;
    private final SearchKey high;
    private final ArrayDeque<IndexEntry> batch = new ArrayDeque<>();
    private SearchKey position;
    private boolean started;
    private boolean done;

    /** For an index-only scan: the table's map, read under the leaf latch; else null. */
    private final VisibilityMap vm;
    private int lastBlock = -1;
    private boolean lastBit;

    BTreeScan(BTree bt, KeyRange range, ScanDirection direction, VisibilityMap vm) {
        this.bt = bt;
        this.vm = vm;
        this.forward = direction == ScanDirection.FORWARD;
        this.low = range.low() == null ? null
                : range.lowInclusive() ? SearchKey.before(range.low()) : SearchKey.afterPrefix(range.low());
        this.high = range.high() == null ? null
                : range.highInclusive() ? SearchKey.afterPrefix(range.high()) : SearchKey.before(range.high());
        this.position = forward ? (low == null ? SearchKey.MIN : low) : high;
    }

    @Override
    public boolean hasNext() {
        while (batch.isEmpty() && !done) {
            if (forward) {
                forwardBatch();
            } else {
                backwardBatch();
            }
            started = true;
        }
        return !batch.isEmpty();
    }

    @Override
    public IndexEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        IndexEntry e = batch.poll();
        position = SearchKey.of(e.key(), e.tid());
        return e;
    }

    @Override
    public void close() {
        done = true;
        batch.clear();
    }

    /**
     * The entry at item {@code i} of the leaf {@code p}, read under its latch. For an index-only
     * scan the heap block's map bit is read now, while the entry is still in the index: vacuum
     * removes an entry before it prunes the row, and never marks a page with dead slots, so a bit
     * set now means the row named is visible to every snapshot (the bit of the block before is
     * reused within one leaf).
     */
    private IndexEntry entry(ByteBuffer p, int i) {
        Tid tid = new Tid(BtreePage.tidBlock(p, i), BtreePage.tidSlot(p, i));
        boolean visible = false;
        if (vm != null) {
            if (tid.block() != lastBlock) {
                lastBit = vm.isAllVisible(tid.block());
                lastBlock = tid.block();
            }
            visible = lastBit;
        }
        return new IndexEntry(BtreePage.key(p, i), tid, visible);
    }

    private void forwardBatch() {
        lastBlock = -1;
        Frame f = bt.descend(position, false, null, 0);
        try {
            while (true) {
                ByteBuffer p = f.page();
                int fd = BtreePage.firstData(p);
                int pos = started ? position.upperBound(p, fd) : position.lowerBound(p, fd);
                int n = BtreePage.itemCount(p);
                for (int i = pos; i < n; i++) {
                    if (high != null && high.compareTo(p, i) <= 0) {
                        done = true;
                        return;
                    }
                    batch.add(entry(p, i));
                }
                if (!batch.isEmpty()) {
                    return;
                }
                if (BtreePage.isRightmost(p)) {
                    done = true;
                    return;
                }
                Frame g = bt.pool.pin(bt.page(BtreePage.rightLink(p)));
                g.latchShared();
                bt.release(f);
                f = g;
            }
        } finally {
            bt.release(f);
        }
    }

    private void backwardBatch() {
        lastBlock = -1;
        SearchKey lowBound = null;
        int[] m = bt.meta();
        int block = m[0];
        int level = m[1];
        Frame f = null;
        try {
            while (true) {
                f = bt.pool.pin(bt.page(block));
                f.latchShared();
                while (!BtreePage.isRightmost(f.page()) && (position == null || position.compareTo(f.page(), 0) > 0)) {
                    lowBound = SearchKey.ofItem(f.page(), 0);
                    Frame g = bt.pool.pin(bt.page(BtreePage.rightLink(f.page())));
                    g.latchShared();
                    bt.release(f);
                    f = g;
                }
                ByteBuffer p = f.page();
                int fd = BtreePage.firstData(p);
                if (level == 0) {
                    break;
                }
                int c = position == null ? BtreePage.itemCount(p) - 1
                        : Math.max(fd, position.lowerBound(p, Math.min(fd + 1, BtreePage.itemCount(p))) - 1);
                if (c > fd) {
                    lowBound = SearchKey.ofItem(p, c);
                }
                block = BtreePage.child(p, c);
                bt.release(f);
                f = null;
                level--;
            }
            ByteBuffer p = f.page();
            int fd = BtreePage.firstData(p);
            int end = position == null ? BtreePage.itemCount(p) : position.lowerBound(p, fd);
            for (int i = end - 1; i >= fd; i--) {
                if (low != null && low.compareTo(p, i) > 0) {
                    done = true;
                    return;
                }
                batch.add(entry(p, i));
            }
            if (batch.isEmpty()) {
                if (lowBound == null) {
                    done = true;
                } else {
                    position = lowBound;
                }
            }
        } finally {
            if (f != null) {
                bt.release(f);
            }
        }
    }
}
