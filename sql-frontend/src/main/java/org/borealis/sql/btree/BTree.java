package org.borealis.sql.btree;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.borealis.pagestore.btree.BtreePage;
import org.borealis.pagestore.btree.BtreeRecords;
import org.borealis.pagestore.page.Fork;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageType;
import org.borealis.sql.buffer.BufferPool;
import org.borealis.sql.buffer.Frame;
import org.borealis.sql.engine.Cursor;
import org.borealis.sql.engine.Index;
import org.borealis.sql.engine.IndexEntry;
import org.borealis.sql.engine.KeyRange;
import org.borealis.sql.engine.ScanDirection;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.heap.HeapTable;
import org.borealis.sql.mtr.MiniTransaction;
import org.borealis.sql.mtr.LogWriter;
import org.borealis.sql.txn.Txn;

/**
 * A B-tree index over one heap. Descent reads the meta page for the root, then at each level
 * latches one page, moves right while the search position is at or beyond the page's high key
 * (a concurrent split moved it there), and follows the child whose separator is the largest not
 * above the position. An insert latches its leaf exclusively; when the item does not fit, the
 * {@link Splitter} splits the page (one mini-transaction) and the separator is then inserted into
 * the parent level by key, the same way, possibly splitting it in turn. A unique insert first
 * latches the leftmost leaf where the key could be and keeps it latched while it checks every
 * entry of that key (moving right as needed) and inserts, so two inserters of one key are
 * serialised. Thread-safe.
 */
public final class BTree implements Index {

    static final int MAX_LEVELS = 32;

    private final int oid;
    private final int tableOid;
    private final boolean unique;
    private final String name;
    final BufferPool pool;
    final LogWriter log;
    private final HeapTable heap;

    public BTree(int oid, String name, int tableOid, boolean unique, BufferPool pool, LogWriter log,
                 HeapTable heap) {
        this.oid = oid;
        this.name = name;
        this.tableOid = tableOid;
        this.unique = unique;
        this.pool = pool;
        this.log = log;
        this.heap = heap;
    }

    /** Creates an empty index: the meta page and an empty root leaf at block 1. */
    public static void create(int oid, BufferPool pool, LogWriter log) {
        Frame meta = pool.pinNew(new PageId(oid, Fork.MAIN, 0));
        Frame root = pool.pinNew(new PageId(oid, Fork.MAIN, 1));
        meta.latchExclusive();
        root.latchExclusive();
        try {
            MiniTransaction mtr = log.begin();
            mtr.initPage(meta, PageType.META, 0);
            Splitter.build(mtr, root, 0, 0, 0, List.of());
            mtr.writeBytes(meta, BtreePage.META_ROOT, ByteBuffer.allocate(12).putInt(1).putShort((short) 0)
                    .putShort((short) 0).putInt(2).array());
            mtr.commit();
        } finally {
            root.unlatchExclusive();
            meta.unlatchExclusive();
            pool.unpin(root);
            pool.unpin(meta);
        }
    }

    @Override
    public int oid() {
        return oid;
    }

    @Override
    public int tableOid() {
        return tableOid;
    }

    @Override
    public boolean isUnique() {
        return unique;
    }

    public String name() {
        return name;
    }

    PageId page(int block) {
        return new PageId(oid, Fork.MAIN, block);
    }

    PageId metaPage() {
        return page(0);
    }

    /** {root block, root level}. */
    int[] meta() {
        Frame m = pool.pin(metaPage());
        m.latchShared();
        try {
            ByteBuffer p = m.page();
            return new int[] {p.getInt(BtreePage.META_ROOT), Short.toUnsignedInt(p.getShort(BtreePage.META_LEVEL))};
        } finally {
            m.unlatchShared();
            pool.unpin(m);
        }
    }

    /** Blocks allocated to the index (its size). */
    public int blocks() {
        Frame m = pool.pin(metaPage());
        m.latchShared();
        try {
            return m.page().getInt(BtreePage.META_BLOCKS);
        } finally {
            m.unlatchShared();
            pool.unpin(m);
        }
    }

    void latch(Frame f, boolean exclusive) {
        if (exclusive) {
            f.latchExclusive();
        } else {
            f.latchShared();
        }
    }

    void release(Frame f) {
        if (f.isLatchedExclusively()) {
            f.unlatchExclusive();
        } else {
            f.unlatchShared();
        }
        pool.unpin(f);
    }

    /** Moves right (latch-coupled, left to right) while {@code k} is at or beyond the high key. */
    Frame moveRight(Frame f, SearchKey k, boolean exclusive) {
        while (k.beyond(f.page())) {
            Frame g = pool.pin(page(BtreePage.rightLink(f.page())));
            latch(g, exclusive);
            release(f);
            f = g;
        }
        return f;
    }

    /**
     * Descends to the page at {@code level} whose range holds {@code k}, latched as asked (pages
     * above are latched shared, one at a time). Records the page visited at each level in
     * {@code path} when given. Null when the tree is not that tall.
     */
    Frame descend(SearchKey k, boolean exclusive, int[] path, int level) {
        int[] m = meta();
        int block = m[0];
        int at = m[1];
        if (at < level) {
            return null;
        }
        while (true) {
            Frame f = pool.pin(page(block));
            boolean x = exclusive && at == level;
            latch(f, x);
            f = moveRight(f, k, x);
            if (at == level) {
                return f;
            }
            ByteBuffer p = f.page();
            if (path != null) {
                path[at] = f.pageId().block();
            }
            int fd = BtreePage.firstData(p);
            int pos = Math.max(fd, k.upperBound(p, fd + 1) - 1);
            block = BtreePage.child(p, pos);
            release(f);
            at--;
        }
    }

    static void checkKey(String name, byte[] key) {
        if (key.length > BtreePage.MAX_KEY) {
            throw new SqlException(SqlState.PROGRAM_LIMIT_EXCEEDED, "index row size " + (key.length
                    + BtreePage.ITEM_OVERHEAD) + " exceeds btree maximum, " + (BtreePage.MAX_KEY
                    + BtreePage.ITEM_OVERHEAD) + ", for index \"" + name + "\"");
        }
    }

    @Override
    public void insert(Transaction tx, byte[] key, Tid tid) {
        insert(tx, key, tid, unique);
    }

    @Override
    public void insertUnchecked(Transaction tx, byte[] key, Tid tid) {
        insert(tx, key, tid, false);
    }

    private void insert(Transaction tx, byte[] key, Tid tid, boolean checkUnique) {
        Txn t = Txn.of(tx);
        checkKey(name, key);
        SearchKey sk = SearchKey.of(key, tid);
        int[] path = new int[MAX_LEVELS];
        Frame first = null;
        Frame target;
        if (checkUnique) {
            while (true) {
                first = descend(SearchKey.before(key), true, path, 0);
                long verdict = new UniqueCheck(heap, t).check(this, first, key, tid);
                if (verdict == UniqueCheck.OK) {
                    break;
                }
                release(first);
                if (verdict == UniqueCheck.CONFLICT) {
                    throw new SqlException(SqlState.UNIQUE_VIOLATION, "duplicate key value violates unique constraint \""
                            + name + "\"");
                }
                t.waitFor(verdict, false);
            }
            target = first;
            while (sk.beyond(target.page())) {
                Frame g = pool.pin(page(BtreePage.rightLink(target.page())));
                g.latchExclusive();
                if (target != first) {
                    release(target);
                }
                target = g;
            }
        } else {
            target = descend(sk, true, path, 0);
        }
        try {
            insertInto(target, sk, 0, 0, path);
        } finally {
            release(target);
            if (first != null && first != target) {
                release(first);
            }
        }
    }

    /** Inserts item (sk, child) into the exclusively latched page {@code f} at {@code level}. */
    void insertInto(Frame f, SearchKey sk, int child, int level, int[] path) {
        ByteBuffer p = f.page();
        int fd = BtreePage.firstData(p);
        int pos = level == 0 ? sk.lowerBound(p, fd) : sk.lowerBound(p, Math.min(fd + 1, BtreePage.itemCount(p)));
        byte[] item = Splitter.item(sk.key(), sk.tidBlock(), sk.tidSlot(), child);
        if (BtreePage.freeSpace(p) >= item.length + 2) {
            MiniTransaction mtr = log.begin();
            mtr.begin(BtreeRecords.BT_INSERT, 0, f, 0L, 2 + item.length).putShort((short) pos).put(item);
            mtr.end();
            mtr.commit();
            return;
        }
        Splitter.Split s = new Splitter(this).split(f, pos, item, level);
        if (!s.newRoot()) {
            insertDownlink(level + 1, s.separator(), s.right(), path);
        }
    }

    private void insertDownlink(int level, SearchKey sep, int right, int[] path) {
        Frame f;
        if (level < MAX_LEVELS && path[level] != 0) {
            f = pool.pin(page(path[level]));
            f.latchExclusive();
            f = moveRight(f, sep, true);
        } else {
            f = descend(sep, true, path, level);
            if (f == null) {
                throw new SqlException(SqlState.INTERNAL_ERROR, "index \"" + name + "\" has no level " + level
                        + " for a split below it");
            }
        }
        try {
            insertInto(f, sep, right, level, path);
        } finally {
            release(f);
        }
    }

    @Override
    public List<Tid> lookup(Transaction tx, byte[] key) {
        Txn.of(tx);
        List<Tid> out = new ArrayList<>();
        Frame f = descend(SearchKey.before(key), false, null, 0);
        int pos = SearchKey.before(key).lowerBound(f.page(), BtreePage.firstData(f.page()));
        try {
            while (true) {
                ByteBuffer p = f.page();
                int n = BtreePage.itemCount(p);
                for (int i = pos; i < n; i++) {
                    if (!Arrays.equals(key, BtreePage.key(p, i))) {
                        return out;
                    }
                    out.add(new Tid(BtreePage.tidBlock(p, i), BtreePage.tidSlot(p, i)));
                }
                if (BtreePage.isRightmost(p) || !Arrays.equals(key, BtreePage.key(p, 0))) {
                    return out;
                }
                Frame g = pool.pin(page(BtreePage.rightLink(p)));
                g.latchShared();
                release(f);
                f = g;
                pos = BtreePage.firstData(g.page());
            }
        } finally {
            release(f);
        }
    }

    @Override
    public Cursor<IndexEntry> scan(Transaction tx, KeyRange range, ScanDirection direction) {
        Txn.of(tx);
        return new BTreeScan(this, range, direction, null);
    }

    @Override
    public Cursor<IndexEntry> scanIndexOnly(Transaction tx, KeyRange range, ScanDirection direction) {
        Txn.of(tx);
        return new BTreeScan(this, range, direction, heap == null ? null : heap.visibilityMap());
    }

    /** Removes every entry whose tid is in {@code dead} (vacuum); returns how many. */
    public long bulkDelete(java.util.Set<Tid> dead) {
        if (dead.isEmpty()) {
            return 0;
        }
        long removed = 0;
        Frame f = descend(SearchKey.MIN, true, null, 0);
        while (true) {
            ByteBuffer p = f.page();
            int n = BtreePage.itemCount(p);
            List<Integer> hit = new ArrayList<>();
            for (int i = BtreePage.firstData(p); i < n; i++) {
                if (dead.contains(new Tid(BtreePage.tidBlock(p, i), BtreePage.tidSlot(p, i)))) {
                    hit.add(i);
                }
            }
            if (!hit.isEmpty()) {
                MiniTransaction mtr = log.begin();
                ByteBuffer b = mtr.begin(BtreeRecords.BT_DELETE, 0, f, 0L, 2 + 2 * hit.size());
                b.putShort((short) hit.size());
                for (int i : hit) {
                    b.putShort((short) i);
                }
                mtr.end();
                mtr.commit();
                removed += hit.size();
            }
            if (BtreePage.isRightmost(f.page())) {
                release(f);
                return removed;
            }
            Frame g = pool.pin(page(BtreePage.rightLink(f.page())));
            g.latchExclusive();
            release(f);
            f = g;
        }
    }
}
