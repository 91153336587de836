package org.borealis.sql.testutil;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.borealis.pagestore.CorruptionException;
import org.borealis.pagestore.api.LogSink;
import org.borealis.pagestore.api.PageSource;
import org.borealis.pagestore.api.WriterStart;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.record.LogRecordWriter;
import org.borealis.pagestore.redo.RedoRegistry;
import org.borealis.transport.RegisteredBuffer;

/**
 * A volume in memory for unit tests of the engine: takes records as a log sink (every record is
 * durable at once, unless {@link #holdDurability} is on), seals and checks them, and serves pages
 * by replaying each page's records through {@link RedoRegistry#standard()}, as a storage node does.
 * Integration tests use the real storage node instead.
 */
public final class MemoryVolume implements LogSink, PageSource {

    private final Map<PageId, List<byte[]>> byPage = new TreeMap<>();
    private final List<Long> lsns = new ArrayList<>();
    private long last;
    private long durable;
    private int epoch;
    private boolean hold;
    private final List<Object[]> waiters = new ArrayList<>();
    private long appended;

    @Override
    public synchronized WriterStart open() {
        epoch++;
        // a crash loses whatever was not durable
        truncateAbove(durable);
        return new WriterStart(durable, epoch);
    }

    private void truncateAbove(long lsn) {
        for (List<byte[]> recs : byPage.values()) {
            recs.removeIf(r -> ByteBuffer.wrap(r).getLong(8) > lsn);
        }
        last = Math.min(last, lsn);
    }

    @Override
    public synchronized void append(ByteBuffer records) throws IOException {
        ByteBuffer b = records.duplicate();
        LogRecord view = new LogRecord();
        int pos = b.position();
        while (pos < b.limit()) {
            int len = b.getInt(pos);
            byte[] copy = new byte[len];
            b.get(pos, copy);
            ByteBuffer c = ByteBuffer.wrap(copy);
            long lsn = c.getLong(8);
            if (lsn <= last) {
                throw new IOException("record LSN " + lsn + " is not above " + last);
            }
            LogRecordWriter.seal(c, 0, last, epoch);
            try {
                LogRecord.check(c, 0, len);
            } catch (CorruptionException e) {
                throw new IOException(e);
            }
            view.wrap(c, 0);
            byPage.computeIfAbsent(view.pageId(), p -> new ArrayList<>()).add(copy);
            last = lsn;
            appended++;
            pos += len;
        }
        if (!hold) {
            advance(last);
        }
    }

    /** With {@code on}, records stay non-durable until {@link #release()}: a crash then loses them. */
    public synchronized void holdDurability(boolean on) {
        hold = on;
        if (!on) {
            advance(last);
        }
    }

    /** How many callers wait for an LSN to become durable (held back by {@link #holdDurability}). */
    public synchronized int waiting() {
        return waiters.size();
    }

    public synchronized void release() {
        advance(last);
    }

    private void advance(long to) {
        durable = Math.max(durable, to);
        List<Object[]> done = new ArrayList<>();
        for (Object[] w : waiters) {
            if ((long) w[0] <= durable) {
                done.add(w);
            }
        }
        waiters.removeAll(done);
        for (Object[] w : done) {
            @SuppressWarnings("unchecked")
            CompletableFuture<Long> f = (CompletableFuture<Long>) w[1];
            f.complete(durable);
        }
    }

    @Override
    public synchronized long durableLsn() {
        return durable;
    }

    @Override
    public synchronized CompletableFuture<Long> whenDurable(long lsn) {
        if (lsn <= durable) {
            return CompletableFuture.completedFuture(durable);
        }
        CompletableFuture<Long> f = new CompletableFuture<>();
        waiters.add(new Object[] {lsn, f});
        return f;
    }

    /** Records appended so far. */
    public synchronized long appended() {
        return appended;
    }

    public synchronized long lastLsn() {
        return last;
    }

    /** Every page with records. */
    public synchronized Set<PageId> pages() {
        return Set.copyOf(byPage.keySet());
    }

    /** The type of the last record of {@code page}, or -1 when it has none. */
    public synchronized int lastRecordType(PageId page) {
        List<byte[]> recs = byPage.getOrDefault(page, List.of());
        if (recs.isEmpty()) {
            return -1;
        }
        LogRecord view = new LogRecord();
        view.wrap(ByteBuffer.wrap(recs.get(recs.size() - 1)), 0);
        return view.type();
    }

    /** The page as of {@code lsn}, checksum stamped. */
    public synchronized ByteBuffer materialise(PageId page, long lsn) {
        ByteBuffer out = ByteBuffer.allocate(PageLayout.PAGE_SIZE);
        LogRecord view = new LogRecord();
        for (byte[] r : byPage.getOrDefault(page, List.of())) {
            view.wrap(ByteBuffer.wrap(r), 0);
            if (view.lsn() <= lsn) {
                RedoRegistry.standard().apply(out, view);
            }
        }
        if (!PageLayout.isAllZero(out)) {
            PageLayout.stampChecksum(out);
        }
        return out;
    }

    @Override
    public CompletableFuture<Void> readPage(PageId page, long lsn, RegisteredBuffer frame, int offset) {
        try {
            ByteBuffer p = materialise(page, lsn);
            frame.buffer().put(offset, p, 0, PageLayout.PAGE_SIZE);
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public void close() {
    }
}
