package org.borealis.pagestore.replay;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Callable;

import org.borealis.pagestore.CorruptionException;
import org.borealis.pagestore.log.RecordLoc;
import org.borealis.pagestore.node.Group;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.redo.RedoException;
import org.borealis.pagestore.redo.RedoRegistry;
import org.borealis.pagestore.service.StorageException;
import org.borealis.pagestore.service.StorageStatus;
import org.borealis.pagestore.store.Materializer;
import org.borealis.pagestore.store.PageCache;
import org.borealis.pagestore.store.VersionKey;
import org.borealis.pagestore.store.VersionStore;
import org.borealis.pagestore.store.VersionValue;
import org.rocksdb.WriteBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background replay, the write path's last hop: takes each group's durable records above its
 * applied LSN, in LSN order up to the SCL ({@code GroupLog.records}), applies them through the
 * {@link RedoRegistry} to the newest version of their page, and writes the new versions — a full
 * image every K versions of a page, the record itself as a delta otherwise — together with the new
 * applied LSN in one RocksDB write batch. Publishes the new newest images to the {@link PageCache}
 * before the applied LSN moves, then wakes the GetPage calls waiting for it. A damaged record or
 * one that does not fit its page fail-stops the group: nothing past it is ever served.
 *
 * <p>One thread per node ({@code <node>-replay}) owns all of this; other work that must not
 * interleave with a batch (rolling back a truncation) is submitted to it with {@link #submit}.
 */
public final class Replayer implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Replayer.class);

    /** Hooks for metrics. */
    public interface Listener {
        void applied(int group, int records, long appliedLsn);
    }

    private final String nodeId;
    private final VersionStore store;
    private final PageCache cache;
    private final RedoRegistry redo;
    private final int imageEvery;
    private final int batchLimit;
    private final GroupSource groups;
    private final Listener listener;
    private final ConcurrentLinkedQueue<Runnable> commands = new ConcurrentLinkedQueue<>();
    private final Object signal = new Object();
    private final Thread thread;
    private volatile boolean running = true;
    private boolean signalled;

    public Replayer(String nodeId, VersionStore store, PageCache cache, RedoRegistry redo, int imageEvery,
                    int batchLimit, GroupSource groups, Listener listener) {
        this.nodeId = nodeId;
        this.store = store;
        this.cache = cache;
        this.redo = redo;
        this.imageEvery = imageEvery;
        this.batchLimit = batchLimit;
        this.groups = groups;
        this.listener = listener;
        this.thread = new Thread(this, nodeId + "-replay");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Wakes the replay: a group's SCL moved. Cheap; callable from any thread. */
    public void wake() {
        synchronized (signal) {
            signalled = true;
            signal.notify();
        }
    }

    /** Runs {@code work} on the replay thread between batches. */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        commands.add(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        wake();
        return f;
    }

    @Override
    public void run() {
        while (running) {
            Runnable c;
            while ((c = commands.poll()) != null) {
                c.run();
            }
            boolean busy = false;
            for (Group g : groups.groups()) {
                if (g.store().failure() == null && g.log().durableScl() > g.store().applied()) {
                    busy |= replayBatch(g);
                }
            }
            if (!busy) {
                idle();
            }
        }
    }

    private void idle() {
        for (Group g : groups.groups()) {
            long applied = g.store().applied();
            if (g.store().failure() == null && g.log().hasDeletableSegment(applied)) {
                try {
                    store.flush();
                    g.log().deleteAppliedSegments(applied);
                } catch (IOException e) {
                    LOG.warn("[{}] group {}: deleting applied log segments failed: {}", nodeId, g.id(), e.toString());
                }
            }
        }
        synchronized (signal) {
            if (!signalled && commands.isEmpty()) {
                try {
                    signal.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            signalled = false;
        }
    }

    /** The newest version of a page being built in this batch. */
    private static final class Working {
        final ByteBuffer page;
        long lsn;
        int deltas;
        boolean dirty;

        Working(byte[] bytes, long lsn, int deltas) {
            this.page = ByteBuffer.wrap(bytes);
            this.lsn = lsn;
            this.deltas = deltas;
        }
    }

    /** Applies up to {@code batchLimit} records of one group; returns whether it did any work. */
    boolean replayBatch(Group g) {
        long from = g.store().applied();
        NavigableMap<Long, RecordLoc> records = g.log().records(from, g.log().durableScl());
        if (records.isEmpty()) {
            return false;
        }
        Map<PageId, Working> work = new HashMap<>();
        LogRecord rec = new LogRecord();
        long last = from;
        int n = 0;
        try (WriteBatch wb = new WriteBatch()) {
            for (Map.Entry<Long, RecordLoc> e : records.entrySet()) {
                if (n == batchLimit) {
                    break;
                }
                RecordLoc loc = e.getValue();
                ByteBuffer rb = g.log().read(loc);
                try {
                    LogRecord.check(rb, 0, rb.capacity());
                } catch (CorruptionException ce) {
                    throw corrupt(g, loc, ce.getMessage());
                }
                rec.wrap(rb, 0);
                if (rec.lsn() != e.getKey()) {
                    throw corrupt(g, loc, "record has LSN " + rec.lsn() + ", the index says " + e.getKey());
                }
                PageId pid = rec.pageId();
                Working w = work.get(pid);
                if (w == null) {
                    w = load(g, pid);
                    work.put(pid, w);
                }
                boolean changed;
                try {
                    changed = redo.apply(w.page, rec);
                } catch (RedoException re) {
                    throw corrupt(g, loc, re.getMessage());
                }
                if (changed) {
                    byte[] key = VersionKey.of(pid, rec.lsn());
                    if (w.lsn == 0 || rec.willInit() || w.deltas + 1 >= imageEvery) {
                        PageLayout.stampChecksum(w.page);
                        wb.put(g.store().cf(), key, VersionValue.image(w.page));
                        w.deltas = 0;
                    } else {
                        wb.put(g.store().cf(), key, VersionValue.delta(rb, 0, rb.capacity()));
                        w.deltas++;
                    }
                    w.lsn = rec.lsn();
                    w.dirty = true;
                }
                last = e.getKey();
                n++;
            }
            for (Map.Entry<PageId, Working> e : work.entrySet()) {
                Working w = e.getValue();
                if (w.dirty) {
                    byte[] copy = w.page.array().clone();
                    PageLayout.stampChecksum(ByteBuffer.wrap(copy));
                    cache.put(g.id(), e.getKey(), new PageCache.Entry(w.lsn, copy, w.deltas));
                }
            }
            store.commit(g.store(), wb, last);
        } catch (StorageException se) {
            return false;
        } catch (IOException | org.rocksdb.RocksDBException ioe) {
            StorageException se = new StorageException(StorageStatus.IO_ERROR, "replay of group " + g.id()
                    + " failed: " + ioe.getMessage(), ioe);
            LOG.error("[{}] group {}: replay stopped: {}", nodeId, g.id(), ioe.toString(), ioe);
            g.store().fail(se);
            g.waiters().failAll(se);
            return false;
        }
        g.waiters().advance(last);
        listener.applied(g.id(), n, last);
        return true;
    }

    private Working load(Group g, PageId pid) throws IOException {
        PageCache.Entry c = cache.get(g.id(), pid);
        if (c != null) {
            return new Working(c.page().clone(), c.lsn(), c.deltasSinceImage());
        }
        try {
            Materializer.Page p = store.materialize(g.store(), pid, Long.MAX_VALUE);
            return new Working(p.bytes(), p.lsn(), p.deltasSinceImage());
        } catch (CorruptionException ce) {
            throw corruptStore(g, ce.getMessage());
        }
    }

    private StorageException corrupt(Group g, RecordLoc loc, String what) {
        return corruptStore(g, "log segment " + g.log().segmentName(loc.segment()) + " offset " + loc.offset()
                + ": " + what);
    }

    private StorageException corruptStore(Group g, String what) {
        StorageException e = new StorageException(StorageStatus.CORRUPTION, "group " + g.id() + " on " + nodeId
                + " is fail-stopped at applied LSN " + g.store().applied() + ": " + what);
        LOG.error("[{}] group {}: damaged data, replay stopped and nothing above LSN {} will be served: {}", nodeId,
                g.id(), g.store().applied(), what);
        g.store().fail(e);
        g.waiters().failAll(e);
        return e;
    }

    @Override
    public void close() {
        running = false;
        wake();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
