package org.borealis.sql.buffer;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.LongFunction;

import org.borealis.pagestore.api.PageSource;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed pool of 8 KiB frames in off-heap memory allocated through {@link Transport#allocate}
 * (so an rdma transport can land pages in frames), with clock-sweep eviction.
 *
 * <p>Read path, hop 1 (buffer miss): {@link #pin} finds the frame of a page or takes a victim
 * frame (pin count 0, usage count run down by the clock hand), and asks
 * {@link PageSource#readPage} (hop 2, GetPage@LSN) for the page at its
 * {@link LastWrittenLsn last-written LSN}, after waiting until that LSN is durable. Eviction only
 * forgets: frames are never written anywhere. Pages new to the database are not read:
 * {@link #pinNew} hands out a zeroed frame for the INIT record that creates the page.
 *
 * <p>Thread-safe. The hit path is a hash lookup and two atomic operations.
 */
public final class BufferPool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BufferPool.class);
    private static final int CHUNK_FRAMES = 4096;
    private static final int MAX_USAGE = 5;

    private final String nodeId;
    private final PageSource source;
    private final LastWrittenLsn lastWritten;
    private final LongFunction<CompletableFuture<?>> whenDurable;
    private final Frame[] frames;
    private final List<RegisteredBuffer> chunks = new ArrayList<>();
    private final ConcurrentHashMap<PageId, Frame> table;
    private final Object missLock = new Object();
    private int hand;

    /**
     * @param whenDurable completes once an LSN is durable (a miss reads a page only at a durable LSN)
     */
    public BufferPool(String nodeId, int frameCount, Transport transport, PageSource source,
                      LastWrittenLsn lastWritten, LongFunction<CompletableFuture<?>> whenDurable) {
        this.nodeId = nodeId;
        this.source = source;
        this.lastWritten = lastWritten;
        this.whenDurable = whenDurable;
        this.frames = new Frame[frameCount];
        this.table = new ConcurrentHashMap<>(frameCount * 2);
        try {
            for (int first = 0; first < frameCount; first += CHUNK_FRAMES) {
                int n = Math.min(CHUNK_FRAMES, frameCount - first);
                RegisteredBuffer chunk = transport.allocate(n * PageLayout.PAGE_SIZE);
                chunks.add(chunk);
                ByteBuffer all = chunk.buffer();
                for (int i = 0; i < n; i++) {
                    ByteBuffer slice = all.slice(i * PageLayout.PAGE_SIZE, PageLayout.PAGE_SIZE);
                    frames[first + i] = new Frame(first + i, slice, chunks.size() - 1, i * PageLayout.PAGE_SIZE);
                }
            }
        } catch (TransportException e) {
            close();
            throw new SqlException(SqlState.OUT_OF_MEMORY, "cannot allocate a buffer pool of " + frameCount
                    + " pages: " + e.getMessage(), e);
        }
        LOG.info("[{}] buffer pool of {} pages ({} MiB) on transport {}", nodeId, frameCount,
                (long) frameCount * PageLayout.PAGE_SIZE >> 20, transport.name());
    }

    public int size() {
        return frames.length;
    }

    /** Pins the frame holding {@code page}, reading the page on a miss. Unpin it when done. */
    public Frame pin(PageId page) {
        while (true) {
            Frame f = table.get(page);
            if (f != null) {
                if (tryPin(f, page)) {
                    if (awaitLoaded(f, page)) {
                        return f;
                    }
                    continue; // a read-ahead of the page failed: read it here, reporting its own error
                }
                Thread.onSpinWait();
                continue;
            }
            Frame loaded = loadMiss(page);
            if (loaded != null) {
                return loaded;
            }
        }
    }

    /**
     * A pinned frame for a page that does not exist yet in the database, without reading it: the
     * caller latches it and creates the page with an INIT record in a mini-transaction. When the
     * page happens to be cached already, that frame is returned pinned.
     */
    public Frame pinNew(PageId page) {
        while (true) {
            Frame cached = pinIfCached(page);
            if (cached != null) {
                return cached;
            }
            synchronized (missLock) {
                if (table.containsKey(page)) {
                    continue;
                }
                Frame f = takeVictim(page);
                PageLayout.zero(f.page());
                f.loading = CompletableFuture.completedFuture(null);
                table.put(page, f);
                return f;
            }
        }
    }

    /**
     * Starts reading {@code page} into a frame without waiting for it, unless it is cached or
     * being read already (a sequential scan asks for the pages ahead of the one it reads, so their
     * round trips to storage overlap). A later {@link #pin} finds the frame and waits for the read
     * if it is still on its way. Nothing happens when no frame is free; a failed read-ahead leaves
     * no trace but a debug line: the next pin reads the page itself.
     */
    public void readAhead(PageId page) {
        if (table.containsKey(page)) {
            return;
        }
        Frame f;
        ReadAhead done = new ReadAhead();
        synchronized (missLock) {
            if (table.containsKey(page)) {
                return;
            }
            try {
                f = takeVictim(page);
            } catch (SqlException noFreeFrame) {
                return;
            }
            f.loading = done;
            table.put(page, f);
        }
        long lsn = lastWritten.get(page);
        CompletableFuture<?> read;
        try {
            read = whenDurable.apply(lsn).thenCompose(x -> source.readPage(page, lsn, chunks.get(f.chunk), f.chunkOffset));
        } catch (RuntimeException e) {
            read = CompletableFuture.failedFuture(e);
        }
        read.whenComplete((x, e) -> {
            if (e == null) {
                done.complete(null);
            } else {
                LOG.debug("[{}] read-ahead of page {} failed: {}", nodeId, page, e.toString());
                synchronized (missLock) {
                    table.remove(page, f);
                    f.page = null;
                }
                done.completeExceptionally(e);
            }
            f.pins.decrementAndGet(); // the read-ahead's own pin
        });
    }

    /** The load of a frame started by {@link #readAhead}: its failure sends a pinner to read the page itself. */
    private static final class ReadAhead extends CompletableFuture<Void> {
    }

    /** Gives back a pin from {@link #pin} or {@link #pinNew}. */
    public void unpin(Frame f) {
        f.pins.decrementAndGet();
    }

    /** Whether {@code page} is cached (for tests and statistics). */
    public boolean isCached(PageId page) {
        return table.containsKey(page);
    }

    /** The frame holding {@code page} if cached, pinned; else null. Unpin it when done. */
    public Frame pinIfCached(PageId page) {
        while (true) {
            Frame f = table.get(page);
            if (f == null || !tryPin(f, page)) {
                return null;
            }
            if (awaitLoaded(f, page)) {
                return f;
            }
        }
    }

    /** Calls {@code each} with a copy of every cached page, read under its shared latch (for tests). */
    public void forEachCached(java.util.function.BiConsumer<PageId, ByteBuffer> each) {
        for (PageId page : new ArrayList<>(table.keySet())) {
            Frame f = pinIfCached(page);
            if (f == null) {
                continue;
            }
            ByteBuffer copy = ByteBuffer.allocate(PageLayout.PAGE_SIZE);
            f.latchShared();
            try {
                copy.put(0, f.page(), 0, PageLayout.PAGE_SIZE);
            } finally {
                f.unlatchShared();
                unpin(f);
            }
            each.accept(page, copy);
        }
    }

    private boolean tryPin(Frame f, PageId page) {
        int n = f.pins.incrementAndGet();
        if (n <= 0 || !page.equals(f.page)) {
            f.pins.decrementAndGet();
            return false;
        }
        if (f.usage < MAX_USAGE) {
            f.usage++;
        }
        return true;
    }

    private Frame loadMiss(PageId page) {
        Frame f;
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (missLock) {
            if (table.containsKey(page)) {
                return null;
            }
            f = takeVictim(page);
            f.loading = done;
            table.put(page, f);
        }
        long lsn = lastWritten.get(page);
        try {
            whenDurable.apply(lsn).get();
            source.readPage(page, lsn, chunks.get(f.chunk), f.chunkOffset).get();
            done.complete(null);
            return f;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(f, page, done, e);
        } catch (ExecutionException | RuntimeException e) {
            throw fail(f, page, done, e instanceof ExecutionException ? e.getCause() : e);
        }
    }

    /** The loader's failure: forget the frame, wake waiters, drop the loader's pin. */
    private SqlException fail(Frame f, PageId page, CompletableFuture<Void> done, Throwable cause) {
        LOG.warn("[{}] reading page {} from storage failed: {}", nodeId, page, cause.toString());
        synchronized (missLock) {
            table.remove(page, f);
            f.page = null;
        }
        done.completeExceptionally(cause);
        f.pins.decrementAndGet();
        return readError(page, cause);
    }

    private static SqlException readError(PageId page, Throwable cause) {
        return new SqlException(cause instanceof org.borealis.pagestore.CorruptionException
                ? SqlState.DATA_CORRUPTED : SqlState.IO_ERROR,
                "could not read page " + page + " from storage: " + cause.getMessage(), cause);
    }

    /**
     * A pinner of a frame being loaded waits; if the load fails it drops its pin and throws, or,
     * when the load was a read-ahead, returns false (the caller looks the page up again).
     */
    private boolean awaitLoaded(Frame f, PageId page) {
        CompletableFuture<Void> l = f.loading;
        if (l.isDone() && !l.isCompletedExceptionally()) {
            return true;
        }
        try {
            l.join();
            return true;
        } catch (RuntimeException e) {
            f.pins.decrementAndGet();
            if (l instanceof ReadAhead) {
                return false;
            }
            throw readError(page, e.getCause() != null ? e.getCause() : e);
        }
    }

    /** Under missLock: a frame pinned once for {@code page}, taken from the clock. */
    private Frame takeVictim(PageId page) {
        int limit = frames.length * (MAX_USAGE + 2);
        for (int step = 0; step < limit; step++) {
            Frame f = frames[hand];
            hand = hand + 1 == frames.length ? 0 : hand + 1;
            if (f.pins.get() != 0) {
                continue;
            }
            if (f.usage > 0) {
                f.usage--;
                continue;
            }
            if (!f.pins.compareAndSet(0, Frame.EVICTING)) {
                continue;
            }
            PageId old = f.page;
            f.page = page;
            if (old != null) {
                table.remove(old, f);
            }
            f.usage = 1;
            f.pins.addAndGet(1 - Frame.EVICTING);
            return f;
        }
        throw new SqlException(SqlState.OUT_OF_MEMORY, "no unpinned buffer available among " + frames.length
                + " pages");
    }

    @Override
    public void close() {
        for (RegisteredBuffer b : chunks) {
            b.close();
        }
        chunks.clear();
    }
}
