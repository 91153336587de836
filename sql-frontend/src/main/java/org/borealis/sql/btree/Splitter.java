package org.borealis.sql.btree;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.borealis.pagestore.btree.BtreePage;
import org.borealis.pagestore.btree.BtreeRecords;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.sql.buffer.Frame;
import org.borealis.sql.mtr.MiniTransaction;

/**
 * Splits a full page in one mini-transaction: BT_BUILD of the left half in place (its high key
 * becomes the separator, its right link the new page), BT_BUILD of the new right page (the old
 * high key and right link), BT_SET_LEFT on the old right sibling, and the meta page's block
 * count; when the page was the root, also BT_BUILD of a new root over both halves and the new
 * root in the meta page. Every record carries the whole result, so storage's redo produces the
 * same bytes. Latch order: the page, its old right sibling, the new pages, the meta page last.
 * The caller inserts the separator into the parent level afterwards (a crash in between leaves a
 * right half reachable through the right link only, which readers handle).
 */
final class Splitter {

    record Split(SearchKey separator, int right, boolean newRoot) {
    }

    private final BTree bt;

    Splitter(BTree bt) {
        this.bt = bt;
    }

    static byte[] item(byte[] key, int tidBlock, int tidSlot, int child) {
        byte[] out = new byte[key.length + BtreePage.ITEM_OVERHEAD];
        BtreePage.putItem(ByteBuffer.wrap(out), 0, key, tidBlock, Math.max(tidSlot, 0), child);
        return out;
    }

    static byte[] copyItem(ByteBuffer page, int i) {
        byte[] out = new byte[BtreePage.itemSize(page, i)];
        page.get(BtreePage.itemOffset(page, i), out);
        return out;
    }

    /** Logs a BT_BUILD of {@code f} with {@code items} in order. */
    static void build(MiniTransaction mtr, Frame f, int level, int right, int left, List<byte[]> items) {
        int size = BtreeRecords.BUILD_HEADER;
        for (byte[] it : items) {
            size += it.length;
        }
        ByteBuffer b = mtr.begin(BtreeRecords.BT_BUILD, LogRecord.FLAG_WILL_INIT, f, 0L, size);
        b.putShort((short) level).putInt(right).putInt(left).putShort((short) items.size());
        for (byte[] it : items) {
            b.put(it);
        }
        mtr.end();
    }

    /**
     * Splits {@code f} (latched exclusively, left latched on return) inserting {@code newItem} at
     * position {@code pos}.
     */
    Split split(Frame f, int pos, byte[] newItem, int level) {
        ByteBuffer p = f.page();
        int fd = BtreePage.firstData(p);
        int n = BtreePage.itemCount(p);
        List<byte[]> items = new ArrayList<>(n + 1);
        for (int i = fd; i < n; i++) {
            items.add(copyItem(p, i));
        }
        items.add(pos - fd, newItem);
        byte[] highKey = fd == 1 ? copyItem(p, 0) : null;
        int oldRight = BtreePage.rightLink(p);
        int oldLeft = BtreePage.leftLink(p);
        int s = splitPoint(items);
        byte[] sepItem = items.get(s);
        ByteBuffer sepBuf = ByteBuffer.wrap(sepItem);
        SearchKey sep = SearchKey.ofItem(pageView(sepBuf), 0);
        byte[] leftHigh = item(sep.key(), sep.tidBlock(), sep.tidSlot(), 0);

        Frame sibling = null;
        if (oldRight != 0) {
            sibling = bt.pool.pin(bt.page(oldRight));
            sibling.latchExclusive();
        }
        Frame meta = bt.pool.pin(bt.metaPage());
        meta.latchExclusive();
        Frame right = null;
        Frame root = null;
        try {
            ByteBuffer m = meta.page();
            int blocks = m.getInt(BtreePage.META_BLOCKS);
            boolean isRoot = m.getInt(BtreePage.META_ROOT) == f.pageId().block();
            int rightBlock = blocks++;
            right = bt.pool.pinNew(bt.page(rightBlock));
            right.latchExclusive();
            MiniTransaction mtr = bt.log.begin();
            List<byte[]> leftItems = new ArrayList<>(s + 1);
            leftItems.add(leftHigh);
            leftItems.addAll(items.subList(0, s));
            List<byte[]> rightItems = new ArrayList<>(items.size() - s + 1);
            if (highKey != null) {
                rightItems.add(highKey);
            }
            rightItems.addAll(items.subList(s, items.size()));
            build(mtr, f, level, rightBlock, oldLeft, leftItems);
            build(mtr, right, level, oldRight, f.pageId().block(), rightItems);
            if (sibling != null) {
                mtr.begin(BtreeRecords.BT_SET_LEFT, 0, sibling, 0L, 4).putInt(rightBlock);
                mtr.end();
            }
            if (isRoot) {
                int rootBlock = blocks++;
                root = bt.pool.pinNew(bt.page(rootBlock));
                root.latchExclusive();
                byte[] min = item(new byte[0], 0, 0, f.pageId().block());
                byte[] down = item(sep.key(), sep.tidBlock(), sep.tidSlot(), rightBlock);
                build(mtr, root, level + 1, 0, 0, List.of(min, down));
                mtr.writeBytes(meta, BtreePage.META_ROOT, ByteBuffer.allocate(6).putInt(rootBlock)
                        .putShort((short) (level + 1)).array());
            }
            mtr.writeInt(meta, BtreePage.META_BLOCKS, blocks);
            mtr.commit();
            return new Split(sep, rightBlock, isRoot);
        } finally {
            if (root != null) {
                bt.release(root);
            }
            if (right != null) {
                bt.release(right);
            }
            bt.release(meta);
            if (sibling != null) {
                bt.release(sibling);
            }
        }
    }

    /** The first item of the right half: sizes as equal as possible, at least one item each side. */
    private static int splitPoint(List<byte[]> items) {
        int total = 0;
        for (byte[] it : items) {
            total += it.length + 2;
        }
        int acc = 0;
        for (int i = 0; i < items.size() - 1; i++) {
            acc += items.get(i).length + 2;
            if (acc * 2 >= total) {
                return Math.max(1, i + 1 == items.size() ? i : i + 1);
            }
        }
        return items.size() - 1;
    }

    /** A fake page buffer whose item 0 is the item at the start of {@code item}, for reading it. */
    private static ByteBuffer pageView(ByteBuffer item) {
        ByteBuffer page = ByteBuffer.allocate(PageLayout.HEADER_SIZE + 2 + item.capacity());
        page.putShort(PageLayout.LOWER, (short) (PageLayout.HEADER_SIZE + 2));
        page.putShort(PageLayout.HEADER_SIZE, (short) (PageLayout.HEADER_SIZE + 2));
        page.put(PageLayout.HEADER_SIZE + 2, item, 0, item.capacity());
        return page;
    }
}
