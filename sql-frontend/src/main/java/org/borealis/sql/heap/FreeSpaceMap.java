package org.borealis.sql.heap;

import java.util.concurrent.atomic.AtomicInteger;

import org.borealis.pagestore.page.Fork;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.page.PageType;
import org.borealis.sql.buffer.BufferPool;
import org.borealis.sql.buffer.Frame;
import org.borealis.sql.mtr.LogWriter;
import org.borealis.sql.mtr.MiniTransaction;

/**
 * A relation's size and free-space map, in pages of its FSM fork (type META), changed by
 * WRITE_BYTES records like any page:
 *
 * <pre>
 * FSM block 0: 32 u32 blocks in the main fork
 * every FSM block k: from 36, one byte per main-fork block k*PER_PAGE + i: free bytes / 32 (capped 255)
 * </pre>
 * As in PostgreSQL the map is a hint: it is updated when an insert finds a page full and by
 * vacuum, and an insert re-checks the page it picks. Extending the relation (INIT of the new
 * block and the new size) is one mini-transaction. Thread-safe.
 */
public final class FreeSpaceMap {

    static final int NBLOCKS = 32;
    static final int FIRST = 36;
    static final int PER_PAGE = PageLayout.PAGE_SIZE - FIRST;

    private final int relation;
    private final BufferPool pool;
    private final LogWriter log;
    private final AtomicInteger hint = new AtomicInteger(-1);

    public FreeSpaceMap(int relation, BufferPool pool, LogWriter log) {
        this.relation = relation;
        this.pool = pool;
        this.log = log;
    }

    /** Creates the map of a new, empty relation. */
    public static void create(int relation, BufferPool pool, LogWriter log) {
        Frame f = pool.pinNew(new PageId(relation, Fork.FSM, 0));
        f.latchExclusive();
        try {
            MiniTransaction mtr = log.begin();
            mtr.initPage(f, PageType.META, 0);
            mtr.commit();
        } finally {
            f.unlatchExclusive();
            pool.unpin(f);
        }
    }

    /** Blocks in the relation's main fork. */
    public int blocks() {
        Frame f = pool.pin(new PageId(relation, Fork.FSM, 0));
        f.latchShared();
        try {
            return f.page().getInt(NBLOCKS);
        } finally {
            f.unlatchShared();
            pool.unpin(f);
        }
    }

    static int category(int freeBytes) {
        return Math.min(255, Math.max(0, freeBytes) >> 5);
    }

    /**
     * A block that probably has {@code need} free bytes, other than {@code exclude}: the last one
     * that had room, else one the map says has room, else a new block.
     */
    public int target(int need, int exclude) {
        int h = hint.get();
        if (h >= 0 && h != exclude) {
            return h;
        }
        int blocks = blocks();
        int want = (need + 31) >> 5;
        for (int k = 0; k * PER_PAGE < blocks; k++) {
            Frame f = pool.pin(new PageId(relation, Fork.FSM, k));
            f.latchShared();
            try {
                int n = Math.min(PER_PAGE, blocks - k * PER_PAGE);
                for (int i = 0; i < n; i++) {
                    int block = k * PER_PAGE + i;
                    if (block != exclude && (f.page().get(FIRST + i) & 0xFF) >= want) {
                        hint.set(block);
                        return block;
                    }
                }
            } finally {
                f.unlatchShared();
                pool.unpin(f);
            }
        }
        int added = extend();
        hint.set(added);
        return added;
    }

    /** Records that {@code block} has {@code freeBytes} free (logged when the category changes). */
    public void record(int block, int freeBytes) {
        hint.compareAndSet(block, -1);
        int cat = category(freeBytes);
        Frame f = pool.pin(new PageId(relation, Fork.FSM, block / PER_PAGE));
        f.latchExclusive();
        try {
            int at = FIRST + block % PER_PAGE;
            if ((f.page().get(at) & 0xFF) != cat) {
                MiniTransaction mtr = log.begin();
                mtr.writeBytes(f, at, new byte[] {(byte) cat});
                mtr.commit();
            }
        } finally {
            f.unlatchExclusive();
            pool.unpin(f);
        }
    }

    /** Adds an empty block at the end; returns its number. */
    public int extend() {
        Frame meta = pool.pin(new PageId(relation, Fork.FSM, 0));
        meta.latchExclusive();
        try {
            int block = meta.page().getInt(NBLOCKS);
            Frame page = pool.pinNew(new PageId(relation, Fork.MAIN, block));
            Frame map = null;
            int mapBlock = block / PER_PAGE;
            if (mapBlock > 0 && block % PER_PAGE == 0) {
                map = pool.pinNew(new PageId(relation, Fork.FSM, mapBlock));
                map.latchExclusive();
            }
            page.latchExclusive();
            try {
                MiniTransaction mtr = log.begin();
                mtr.initPage(page, PageType.HEAP, 0);
                if (map != null) {
                    mtr.initPage(map, PageType.META, 0);
                }
                mtr.writeInt(meta, NBLOCKS, block + 1);
                mtr.commit();
            } finally {
                page.unlatchExclusive();
                pool.unpin(page);
                if (map != null) {
                    map.unlatchExclusive();
                    pool.unpin(map);
                }
            }
            return block;
        } finally {
            meta.unlatchExclusive();
            pool.unpin(meta);
        }
    }
}
