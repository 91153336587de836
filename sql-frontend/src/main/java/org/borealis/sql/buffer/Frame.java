package org.borealis.sql.buffer;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.borealis.pagestore.page.PageId;

/**
 * One buffer-pool frame: a page's 8 KiB in registered memory, a pin count (a pinned frame is never
 * evicted), a usage count for clock-sweep, and the page latch (shared for reading the bytes,
 * exclusive for applying records). Obtained pinned from {@link BufferPool#pin}; the holder latches
 * it as needed and gives it back with {@link BufferPool#unpin}.
 */
public final class Frame {

    /** Pin count while a frame is being taken over for another page; pinners seeing it back off. */
    static final int EVICTING = Integer.MIN_VALUE / 2;

    final int index;
    final AtomicInteger pins = new AtomicInteger();
    volatile PageId page;
    volatile int usage;
    volatile CompletableFuture<Void> loading = CompletableFuture.completedFuture(null);
    private final ByteBuffer bytes;
    private final ReentrantReadWriteLock latch = new ReentrantReadWriteLock();
    final int chunkOffset;
    final int chunk;

    Frame(int index, ByteBuffer bytes, int chunk, int chunkOffset) {
        this.index = index;
        this.bytes = bytes;
        this.chunk = chunk;
        this.chunkOffset = chunkOffset;
    }

    /** The page held. */
    public PageId pageId() {
        return page;
    }

    /**
     * The page bytes (absolute indexes 0..PAGE_SIZE). Read under a latch; never change them except
     * through a mini-transaction's redo.
     */
    public ByteBuffer page() {
        return bytes;
    }

    public void latchShared() {
        latch.readLock().lock();
    }

    public void unlatchShared() {
        latch.readLock().unlock();
    }

    public void latchExclusive() {
        latch.writeLock().lock();
    }

    public void unlatchExclusive() {
        latch.writeLock().unlock();
    }

    public boolean isLatchedExclusively() {
        return latch.isWriteLockedByCurrentThread();
    }

    @Override
    public String toString() {
        return "Frame{" + index + ", " + page + ", pins=" + pins.get() + "}";
    }
}
