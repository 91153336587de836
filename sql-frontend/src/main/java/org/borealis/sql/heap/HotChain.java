package org.borealis.sql.heap;

import java.nio.ByteBuffer;

import org.borealis.pagestore.heap.HeapPage;

/**
 * Walks a heap-only-tuple (HOT) chain on one page, as PostgreSQL's {@code heap_hot_search_buffer}
 * does. An index entry names the chain's <em>root</em> slot: a version that is not heap-only, or a
 * redirect line pointer left by pruning. From there the chain follows {@code ctid} while the
 * version is {@link HeapPage#HOT_UPDATED}, the next slot holds a {@link HeapPage#HEAP_ONLY}
 * version, and that version's {@code xmin} equals the previous version's {@code xmax} (so a slot
 * pruned and reused by an unrelated tuple ends the chain). Static helpers over a latched page.
 */
public final class HotChain {

    private HotChain() {
    }

    /**
     * The first version of the chain named by {@code slot}: the slot itself when it holds a tuple,
     * the redirect's target when it is a redirect, else -1.
     */
    public static int first(ByteBuffer p, int slot) {
        if (HeapPage.isNormal(p, slot)) {
            return slot;
        }
        if (HeapPage.isRedirect(p, slot)) {
            int target = HeapPage.redirectTarget(p, slot);
            if (HeapPage.isNormal(p, target)
                    && (HeapPage.infomask(p, HeapPage.tupleOffset(p, target)) & HeapPage.HEAP_ONLY) != 0) {
                return target;
            }
        }
        return -1;
    }

    /** The version after the one at {@code slot} (a tuple) in its chain on page {@code block}, or -1. */
    public static int next(ByteBuffer p, int block, int slot) {
        int off = HeapPage.tupleOffset(p, slot);
        if ((HeapPage.infomask(p, off) & HeapPage.HOT_UPDATED) == 0 || HeapPage.ctidBlock(p, off) != block) {
            return -1;
        }
        int n = HeapPage.ctidSlot(p, off);
        if (n == slot || !HeapPage.isNormal(p, n)) {
            return -1;
        }
        int noff = HeapPage.tupleOffset(p, n);
        if ((HeapPage.infomask(p, noff) & HeapPage.HEAP_ONLY) == 0
                || HeapPage.xmin(p, noff) != HeapPage.xmax(p, off)) {
            return -1;
        }
        return n;
    }

    /** True when the slot can be named by an index entry: a version that is not heap-only, or a redirect. */
    public static boolean isRoot(ByteBuffer p, int slot) {
        if (HeapPage.isRedirect(p, slot)) {
            return true;
        }
        return HeapPage.isNormal(p, slot)
                && (HeapPage.infomask(p, HeapPage.tupleOffset(p, slot)) & HeapPage.HEAP_ONLY) == 0;
    }
}
