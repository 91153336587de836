package org.borealis.pagestore.heap;

import java.nio.ByteBuffer;

import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.page.PageType;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.redo.RedoException;
import org.borealis.pagestore.redo.RedoModule;
import org.borealis.pagestore.redo.RedoRegistry;

/** Redo of the heap records; registered through {@link java.util.ServiceLoader}. */
public final class HeapRedo implements RedoModule {

    @Override
    public void registerInto(RedoRegistry r) {
        r.register(HeapRecords.HEAP_INSERT, "heap-insert", HeapRedo::insert);
        r.register(HeapRecords.HEAP_SET_XMAX, "heap-set-xmax", HeapRedo::setXmax);
        r.register(HeapRecords.HEAP_PRUNE, "heap-prune", HeapRedo::prune);
        r.register(HeapRecords.HEAP_PRUNE_HOT, "heap-prune-hot", HeapRedo::pruneHot);
        r.register(HeapRecords.HEAP_VISIBLE, "heap-visible", HeapRedo::visible);
        r.register(HeapRecords.VM_SET, "vm-set", (page, rec) -> vm(page, rec, true));
        r.register(HeapRecords.VM_CLEAR, "vm-clear", (page, rec) -> vm(page, rec, false));
    }

    private static void requireHeap(ByteBuffer page, LogRecord rec) {
        if (PageLayout.type(page) != PageType.HEAP) {
            throw new RedoException(name(rec) + " at LSN " + rec.lsn() + " on a page of type "
                    + PageType.name(PageLayout.type(page)));
        }
    }

    /** Every heap change but HEAP_VISIBLE ends the page's all-visible state, as PostgreSQL's heap redo. */
    private static void clearAllVisible(ByteBuffer page) {
        int flags = PageLayout.flags(page);
        if ((flags & HeapPage.PD_ALL_VISIBLE) != 0) {
            page.putShort(PageLayout.FLAGS, (short) (flags & ~HeapPage.PD_ALL_VISIBLE));
        }
    }

    static void visible(ByteBuffer page, LogRecord rec) {
        requireHeap(page, rec);
        if (rec.payloadLength() != 0) {
            throw new RedoException("heap-visible at LSN " + rec.lsn() + " has a payload of "
                    + rec.payloadLength() + " bytes");
        }
        page.putShort(PageLayout.FLAGS, (short) (PageLayout.flags(page) | HeapPage.PD_ALL_VISIBLE));
    }

    static void vm(ByteBuffer page, LogRecord rec, boolean on) {
        String what = on ? "vm-set" : "vm-clear";
        if (PageLayout.type(page) != PageType.VISIBILITY_MAP) {
            throw new RedoException(what + " at LSN " + rec.lsn() + " on a page of type "
                    + PageType.name(PageLayout.type(page)));
        }
        if (rec.payloadLength() != HeapRecords.VM_SIZE) {
            throw new RedoException(what + " at LSN " + rec.lsn() + " has a payload of " + rec.payloadLength()
                    + " bytes");
        }
        int block = rec.buffer().getInt(rec.payloadOffset());
        if (VisibilityMapPage.mapBlock(block) != rec.block()) {
            throw new RedoException(what + " at LSN " + rec.lsn() + ": heap block " + Integer.toUnsignedString(block)
                    + " is not on map block " + rec.block());
        }
        VisibilityMapPage.set(page, block, on);
    }

    private static String name(LogRecord rec) {
        return RedoRegistry.standard().name(rec.type());
    }

    static void insert(ByteBuffer page, LogRecord rec) {
        requireHeap(page, rec);
        ByteBuffer b = rec.buffer();
        int p = rec.payloadOffset();
        int len = rec.payloadLength() - 2;
        int slot = Short.toUnsignedInt(b.getShort(p));
        int n = HeapPage.slotCount(page);
        if (len < HeapPage.TUPLE_HEADER_SIZE || slot > n || (slot < n && !HeapPage.isUnused(page, slot))) {
            throw new RedoException("heap-insert at LSN " + rec.lsn() + ": slot " + slot + " of " + n
                    + " is not free or the tuple of " + len + " bytes is too short");
        }
        int need = len + (slot == n ? HeapPage.LINE_POINTER_SIZE : 0);
        if (HeapPage.freeSpace(page) < need) {
            throw new RedoException("heap-insert at LSN " + rec.lsn() + ": " + need + " bytes do not fit in "
                    + HeapPage.freeSpace(page));
        }
        int upper = PageLayout.upper(page) - len;
        page.put(upper, b, p + 2, len);
        page.putShort(PageLayout.UPPER, (short) upper);
        if (slot == n) {
            page.putShort(PageLayout.LOWER, (short) (PageLayout.lower(page) + HeapPage.LINE_POINTER_SIZE));
        }
        page.putShort(HeapPage.pointer(slot), (short) upper);
        page.putShort(HeapPage.pointer(slot) + 2, (short) len);
        clearAllVisible(page);
    }

    static void setXmax(ByteBuffer page, LogRecord rec) {
        requireHeap(page, rec);
        ByteBuffer b = rec.buffer();
        int p = rec.payloadOffset();
        if (rec.payloadLength() != HeapRecords.SET_XMAX_SIZE) {
            throw new RedoException("heap-set-xmax at LSN " + rec.lsn() + " has a payload of "
                    + rec.payloadLength() + " bytes");
        }
        int slot = Short.toUnsignedInt(b.getShort(p));
        if (!HeapPage.isNormal(page, slot)) {
            throw new RedoException("heap-set-xmax at LSN " + rec.lsn() + ": slot " + slot + " holds no tuple");
        }
        int off = HeapPage.tupleOffset(page, slot);
        page.putLong(off + HeapPage.XMAX, b.getLong(p + 2));
        page.putInt(off + HeapPage.CMAX, b.getInt(p + 10));
        page.putInt(off + HeapPage.CTID_BLOCK, b.getInt(p + 14));
        page.putShort(off + HeapPage.CTID_SLOT, b.getShort(p + 18));
        int mask = HeapPage.infomask(page, off) | Short.toUnsignedInt(b.getShort(p + 20));
        page.putShort(off + HeapPage.INFOMASK, (short) mask);
        clearAllVisible(page);
    }

    static void prune(ByteBuffer page, LogRecord rec) {
        requireHeap(page, rec);
        ByteBuffer b = rec.buffer();
        int p = rec.payloadOffset();
        int n = HeapPage.slotCount(page);
        int dead = Short.toUnsignedInt(b.getShort(p));
        p += 2;
        for (int i = 0; i < dead; i++, p += 2) {
            int slot = Short.toUnsignedInt(b.getShort(p));
            if (slot >= n) {
                throw new RedoException("heap-prune at LSN " + rec.lsn() + ": slot " + slot + " of " + n);
            }
            page.putShort(HeapPage.pointer(slot), (short) 0);
            page.putShort(HeapPage.pointer(slot) + 2, (short) 1);
        }
        int unused = Short.toUnsignedInt(b.getShort(p));
        p += 2;
        for (int i = 0; i < unused; i++, p += 2) {
            int slot = Short.toUnsignedInt(b.getShort(p));
            if (slot >= n) {
                throw new RedoException("heap-prune at LSN " + rec.lsn() + ": slot " + slot + " of " + n);
            }
            page.putInt(HeapPage.pointer(slot), 0);
        }
        compact(page);
    }

    /**
     * Redirects, then dead and unused slots, then compaction. Checked whole before the page is
     * touched: every slot exists and is named once, and every redirect target holds a tuple that
     * stays.
     */
    static void pruneHot(ByteBuffer page, LogRecord rec) {
        requireHeap(page, rec);
        ByteBuffer b = rec.buffer();
        int p = rec.payloadOffset();
        int end = p + rec.payloadLength();
        int n = HeapPage.slotCount(page);
        if (rec.payloadLength() < 6) {
            throw new RedoException("heap-prune-hot at LSN " + rec.lsn() + " has a payload of "
                    + rec.payloadLength() + " bytes");
        }
        int redirects = Short.toUnsignedInt(b.getShort(p));
        int q = p + 2 + 4 * redirects;
        if (q + 2 > end) {
            throw new RedoException("heap-prune-hot at LSN " + rec.lsn() + ": " + redirects
                    + " redirects do not fit the payload");
        }
        int dead = Short.toUnsignedInt(b.getShort(q));
        int u = q + 2 + 2 * dead;
        if (u + 2 > end || u + 2 + 2 * Short.toUnsignedInt(b.getShort(u)) != end) {
            throw new RedoException("heap-prune-hot at LSN " + rec.lsn() + ": slot lists do not match the payload");
        }
        int unused = Short.toUnsignedInt(b.getShort(u));
        boolean[] named = new boolean[n];
        for (int i = 0; i < redirects; i++) {
            check(rec, Short.toUnsignedInt(b.getShort(p + 2 + 4 * i)), n, named);
        }
        for (int i = 0; i < dead; i++) {
            check(rec, Short.toUnsignedInt(b.getShort(q + 2 + 2 * i)), n, named);
        }
        for (int i = 0; i < unused; i++) {
            check(rec, Short.toUnsignedInt(b.getShort(u + 2 + 2 * i)), n, named);
        }
        for (int i = 0; i < redirects; i++) {
            int target = Short.toUnsignedInt(b.getShort(p + 4 + 4 * i));
            if (target >= n || named[target] || !HeapPage.isNormal(page, target)) {
                throw new RedoException("heap-prune-hot at LSN " + rec.lsn() + ": redirect target slot " + target
                        + " of " + n + " holds no tuple that stays");
            }
        }
        for (int i = 0; i < redirects; i++) {
            int slot = Short.toUnsignedInt(b.getShort(p + 2 + 4 * i));
            int target = Short.toUnsignedInt(b.getShort(p + 4 + 4 * i));
            page.putShort(HeapPage.pointer(slot), (short) 0);
            page.putShort(HeapPage.pointer(slot) + 2, (short) (HeapPage.REDIRECT | target));
        }
        for (int i = 0; i < dead; i++) {
            int slot = Short.toUnsignedInt(b.getShort(q + 2 + 2 * i));
            page.putShort(HeapPage.pointer(slot), (short) 0);
            page.putShort(HeapPage.pointer(slot) + 2, (short) 1);
        }
        for (int i = 0; i < unused; i++) {
            page.putInt(HeapPage.pointer(Short.toUnsignedInt(b.getShort(u + 2 + 2 * i))), 0);
        }
        compact(page);
    }

    private static void check(LogRecord rec, int slot, int n, boolean[] named) {
        if (slot >= n) {
            throw new RedoException("heap-prune-hot at LSN " + rec.lsn() + ": slot " + slot + " of " + n);
        }
        if (named[slot]) {
            throw new RedoException("heap-prune-hot at LSN " + rec.lsn() + ": slot " + slot + " named twice");
        }
        named[slot] = true;
    }

    /**
     * Moves the tuples of normal slots together at the end of the page (slot order, slot 0
     * highest) and drops unused line pointers at the end of the array. Deterministic.
     */
    static void compact(ByteBuffer page) {
        int n = HeapPage.slotCount(page);
        while (n > 0 && HeapPage.isUnused(page, n - 1)) {
            n--;
        }
        byte[] copy = new byte[PageLayout.PAGE_SIZE];
        page.get(0, copy);
        ByteBuffer old = ByteBuffer.wrap(copy);
        int upper = PageLayout.special(page);
        for (int s = 0; s < n; s++) {
            int off = HeapPage.tupleOffset(old, s);
            if (off == 0) {
                continue;
            }
            int len = HeapPage.tupleLength(old, s);
            upper -= len;
            page.put(upper, copy, off, len);
            page.putShort(HeapPage.pointer(s), (short) upper);
        }
        int lower = PageLayout.HEADER_SIZE + n * HeapPage.LINE_POINTER_SIZE;
        for (int i = lower; i < upper; i++) {
            page.put(i, (byte) 0);
        }
        page.putShort(PageLayout.LOWER, (short) lower);
        page.putShort(PageLayout.UPPER, (short) upper);
        clearAllVisible(page);
    }
}
