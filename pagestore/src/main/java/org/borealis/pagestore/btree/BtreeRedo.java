package org.borealis.pagestore.btree;

import java.nio.ByteBuffer;

import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.page.PageType;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.redo.RedoException;
import org.borealis.pagestore.redo.RedoModule;
import org.borealis.pagestore.redo.RedoRegistry;

/** Redo of the B-tree records; registered through {@link java.util.ServiceLoader}. */
public final class BtreeRedo implements RedoModule {

    @Override
    public void registerInto(RedoRegistry r) {
        r.register(BtreeRecords.BT_INSERT, "btree-insert", BtreeRedo::insert);
        r.register(BtreeRecords.BT_BUILD, "btree-build", BtreeRedo::build);
        r.register(BtreeRecords.BT_DELETE, "btree-delete", BtreeRedo::delete);
        r.register(BtreeRecords.BT_SET_LEFT, "btree-set-left", BtreeRedo::setLeft);
    }

    private static void requireBtree(ByteBuffer page, LogRecord rec) {
        if (PageLayout.type(page) != PageType.BTREE) {
            throw new RedoException("B-tree record at LSN " + rec.lsn() + " on a page of type "
                    + PageType.name(PageLayout.type(page)));
        }
    }

    static void insert(ByteBuffer page, LogRecord rec) {
        requireBtree(page, rec);
        ByteBuffer b = rec.buffer();
        int p = rec.payloadOffset();
        int pos = Short.toUnsignedInt(b.getShort(p));
        int size = rec.payloadLength() - 2;
        int n = BtreePage.itemCount(page);
        if (pos > n || size < BtreePage.ITEM_OVERHEAD || BtreePage.freeSpace(page) < size + 2) {
            throw new RedoException("btree-insert at LSN " + rec.lsn() + ": item of " + size + " bytes at "
                    + pos + " of " + n + " with " + BtreePage.freeSpace(page) + " bytes free");
        }
        int upper = PageLayout.upper(page) - size;
        page.put(upper, b, p + 2, size);
        int base = PageLayout.HEADER_SIZE;
        for (int i = n; i > pos; i--) {
            page.putShort(base + 2 * i, page.getShort(base + 2 * (i - 1)));
        }
        page.putShort(base + 2 * pos, (short) upper);
        page.putShort(PageLayout.UPPER, (short) upper);
        page.putShort(PageLayout.LOWER, (short) (PageLayout.lower(page) + 2));
    }

    static void build(ByteBuffer page, LogRecord rec) {
        ByteBuffer b = rec.buffer();
        int p = rec.payloadOffset();
        int end = p + rec.payloadLength();
        PageLayout.init(page, PageType.BTREE, BtreePage.SPECIAL_SIZE);
        int special = BtreePage.special();
        page.putShort(special + 8, b.getShort(p));
        page.putInt(special, b.getInt(p + 2));
        page.putInt(special + 4, b.getInt(p + 6));
        int n = Short.toUnsignedInt(b.getShort(p + 10));
        p += BtreeRecords.BUILD_HEADER;
        int upper = special;
        int lower = PageLayout.HEADER_SIZE;
        for (int i = 0; i < n; i++) {
            if (p + 2 > end) {
                throw new RedoException("btree-build at LSN " + rec.lsn() + " ends inside item " + i);
            }
            int size = Short.toUnsignedInt(b.getShort(p)) + BtreePage.ITEM_OVERHEAD;
            if (p + size > end || upper - size < lower + 2) {
                throw new RedoException("btree-build at LSN " + rec.lsn() + ": item " + i + " does not fit");
            }
            upper -= size;
            page.put(upper, b, p, size);
            page.putShort(lower, (short) upper);
            lower += 2;
            p += size;
        }
        page.putShort(PageLayout.LOWER, (short) lower);
        page.putShort(PageLayout.UPPER, (short) upper);
    }

    static void delete(ByteBuffer page, LogRecord rec) {
        requireBtree(page, rec);
        ByteBuffer b = rec.buffer();
        int p = rec.payloadOffset();
        int k = Short.toUnsignedInt(b.getShort(p));
        int n = BtreePage.itemCount(page);
        boolean[] drop = new boolean[n];
        for (int j = 0; j < k; j++) {
            int pos = Short.toUnsignedInt(b.getShort(p + 2 + 2 * j));
            if (pos >= n) {
                throw new RedoException("btree-delete at LSN " + rec.lsn() + ": position " + pos + " of " + n);
            }
            drop[pos] = true;
        }
        byte[] copy = new byte[PageLayout.PAGE_SIZE];
        page.get(0, copy);
        ByteBuffer old = ByteBuffer.wrap(copy);
        int upper = BtreePage.special();
        int lower = PageLayout.HEADER_SIZE;
        for (int i = 0; i < n; i++) {
            if (drop[i]) {
                continue;
            }
            int off = BtreePage.itemOffset(old, i);
            int size = BtreePage.itemSize(old, i);
            upper -= size;
            page.put(upper, copy, off, size);
            page.putShort(lower, (short) upper);
            lower += 2;
        }
        for (int i = lower; i < upper; i++) {
            page.put(i, (byte) 0);
        }
        page.putShort(PageLayout.LOWER, (short) lower);
        page.putShort(PageLayout.UPPER, (short) upper);
    }

    static void setLeft(ByteBuffer page, LogRecord rec) {
        requireBtree(page, rec);
        if (rec.payloadLength() != 4) {
            throw new RedoException("btree-set-left at LSN " + rec.lsn() + " has a payload of "
                    + rec.payloadLength() + " bytes");
        }
        page.putInt(BtreePage.special() + 4, rec.buffer().getInt(rec.payloadOffset()));
    }
}
