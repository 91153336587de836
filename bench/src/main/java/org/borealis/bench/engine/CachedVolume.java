package org.borealis.bench.engine;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.borealis.pagestore.api.LogSink;
import org.borealis.pagestore.api.PageSource;
import org.borealis.pagestore.api.WriterStart;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.transport.RegisteredBuffer;

/**
 * For micro benchmarks of paths that never leave compute's cache: a sink that takes records and
 * calls them durable at once, and a source that serves the never-written (all-zero) page. Only
 * for a buffer pool large enough that nothing written is evicted; the macro driver uses a real
 * storage node.
 */
final class CachedVolume implements LogSink, PageSource {

    private final AtomicLong last = new AtomicLong();

    @Override
    public WriterStart open() {
        return new WriterStart(0, 1);
    }

    @Override
    public void append(ByteBuffer records) {
        ByteBuffer b = records.duplicate();
        int pos = b.position();
        long lsn = 0;
        while (pos < b.limit()) {
            lsn = b.getLong(pos + 8);
            pos += b.getInt(pos);
        }
        last.set(lsn);
    }

    @Override
    public long durableLsn() {
        return last.get();
    }

    @Override
    public CompletableFuture<Long> whenDurable(long lsn) {
        return CompletableFuture.completedFuture(last.get());
    }

    @Override
    public CompletableFuture<Void> readPage(PageId page, long lsn, RegisteredBuffer frame, int offset) {
        ByteBuffer f = frame.buffer();
        for (int i = 0; i < PageLayout.PAGE_SIZE; i += 8) {
            f.putLong(offset + i, 0L);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
    }
}
