package org.borealis.sql.mtr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.borealis.pagestore.api.LogSink;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.redo.RedoException;
import org.borealis.pagestore.redo.RedoRegistry;
import org.borealis.sql.buffer.Frame;
import org.borealis.sql.buffer.LastWrittenLsn;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one LSN allocator and the door to the {@link LogSink}. Write path, hop 2:
 * {@link #commit(MiniTransaction)} stamps a mini-transaction's records with consecutive LSNs,
 * marks the last as a consistency point, appends them to the sink (hop 3, the sink seals and ships
 * them) and applies them to the cached frames through {@link RedoRegistry#standard()} — the same
 * code storage replays with — all under one lock, so records reach the sink in LSN order and a
 * page's bytes on compute equal storage's at the same LSN. {@link #awaitDurable} is the group
 * commit: every waiter shares the sink's durable-LSN advances.
 *
 * <p>Thread-safe. After a sink failure every later commit fails with {@code 58030}.
 */
public final class LogWriter {

    private static final Logger LOG = LoggerFactory.getLogger(LogWriter.class);

    private final String nodeId;
    private final LogSink sink;
    private final RedoRegistry redo;
    private final LastWrittenLsn lastWritten;
    private final LogRecord view = new LogRecord();
    private long lastLsn;
    private volatile Throwable failed;

    /** @param startLsn the durable LSN the sink opened at: new records take LSNs above it */
    public LogWriter(String nodeId, LogSink sink, long startLsn, LastWrittenLsn lastWritten) {
        this.nodeId = nodeId;
        this.sink = sink;
        this.redo = RedoRegistry.standard();
        this.lastWritten = lastWritten;
        this.lastLsn = startLsn;
    }

    /** A new mini-transaction writing through this log. */
    public MiniTransaction begin() {
        return new MiniTransaction(this);
    }

    synchronized long commit(MiniTransaction mtr) {
        if (failed != null) {
            throw new SqlException(SqlState.IO_ERROR, "the log has failed: " + failed.getMessage(), failed);
        }
        ByteBuffer buf = mtr.buffer();
        int n = mtr.starts.size();
        long lsn = lastLsn;
        for (int i = 0; i < n; i++) {
            int start = mtr.starts.get(i);
            lsn++;
            buf.putLong(start + 8, lsn);
            if (i == n - 1) {
                buf.putShort(start + 6, (short) (buf.getShort(start + 6) | LogRecord.FLAG_CONSISTENCY_POINT));
            }
        }
        try {
            sink.append(buf.duplicate().flip());
        } catch (IOException | RuntimeException e) {
            failed = e;
            LOG.error("[{}] appending to the log failed; this node can write no more: {}", nodeId, e.toString());
            throw new SqlException(SqlState.IO_ERROR, "could not append to the log: " + e.getMessage(), e);
        }
        lastLsn = lsn;
        for (int i = 0; i < n; i++) {
            Frame f = mtr.frames.get(i);
            view.wrap(buf, mtr.starts.get(i));
            try {
                redo.apply(f.page(), view);
            } catch (RedoException e) {
                failed = e;
                LOG.error("[{}] applying {} to the cached page failed: {}", nodeId, view, e.getMessage());
                throw new SqlException(SqlState.INTERNAL_ERROR, "redo of a logged record failed: " + e.getMessage(), e);
            }
            lastWritten.written(f.pageId(), view.lsn());
        }
        return lsn;
    }

    /** LSN of the last record appended. */
    public synchronized long lastLsn() {
        return lastLsn;
    }

    /** The sink's durable LSN. */
    public long durableLsn() {
        return sink.durableLsn();
    }

    public CompletableFuture<?> whenDurable(long lsn) {
        if (lsn <= sink.durableLsn()) {
            return CompletableFuture.completedFuture(null);
        }
        return sink.whenDurable(lsn);
    }

    /** Blocks until {@code lsn} is durable (group commit). */
    public void awaitDurable(long lsn) {
        if (lsn <= sink.durableLsn()) {
            return;
        }
        try {
            sink.whenDurable(lsn).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SqlException(SqlState.QUERY_CANCELED, "interrupted while waiting for the log to be durable");
        } catch (ExecutionException e) {
            throw new SqlException(SqlState.IO_ERROR, "the log did not become durable at LSN " + lsn + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }
}
