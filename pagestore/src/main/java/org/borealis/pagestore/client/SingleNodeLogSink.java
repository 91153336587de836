package org.borealis.pagestore.client;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.borealis.pagestore.api.LogSink;
import org.borealis.pagestore.api.WriterStart;
import org.borealis.pagestore.log.AppendAck;
import org.borealis.pagestore.node.GroupState;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.record.LogRecordWriter;
import org.borealis.pagestore.service.StorageClient;
import org.borealis.transport.rpc.RpcException;
import org.borealis.transport.rpc.RpcStatus;

/**
 * {@link LogSink} over one storage node and one protection group: the durable LSN is that node's
 * SCL. Write path hop 2 on the compute side: {@link #append} seals records (previous LSN, epoch)
 * into batches and ships them as AppendLog calls, at most {@code maxInFlightBytes} unacknowledged
 * (then {@code append} blocks); a batch is cut when the previous ones are in flight, so an idle
 * sink sends each record at once and a busy one sends big batches. {@link #whenDurable} waiters
 * share each ack (group commit). Retriable failures resend the same batch (the node drops the
 * records it already has); others fail the sink.
 *
 * <p>Thread-safe; acks are handled on the transport's I/O thread.
 */
public final class SingleNodeLogSink implements LogSink {

    private static final int MAX_RETRIES = 20;

    private final StorageClient client;
    private final boolean ownsClient;
    private final int group;
    private final long maxInFlightBytes;
    private final int maxBatchBytes;
    private final ArrayDeque<ByteBuffer> ready = new ArrayDeque<>();
    private final PriorityQueue<Waiter> waiters = new PriorityQueue<>((a, b) -> Long.compare(a.lsn, b.lsn));
    private ByteBuffer open;
    private long inFlightBytes;
    private long queuedBytes;
    private long lastLsn = -1;
    private int epoch;
    private volatile long durable;
    private volatile IOException failure;

    private record Waiter(long lsn, CompletableFuture<Long> done) {
    }

    /**
     * @param ownsClient   close the client with the sink
     * @param maxInFlightBytes unacknowledged bytes before {@link #append} blocks
     * @param maxBatchBytes    largest AppendLog batch (below the transport's message limit)
     */
    public SingleNodeLogSink(StorageClient client, boolean ownsClient, int group, long maxInFlightBytes,
                             int maxBatchBytes) {
        if (maxBatchBytes < LogRecord.MAX_SIZE) {
            throw new IllegalArgumentException("maxBatchBytes must hold the largest record (" + LogRecord.MAX_SIZE
                    + " bytes), was " + maxBatchBytes);
        }
        this.client = client;
        this.ownsClient = ownsClient;
        this.group = group;
        this.maxInFlightBytes = Math.max(maxInFlightBytes, maxBatchBytes);
        this.maxBatchBytes = maxBatchBytes;
    }

    public SingleNodeLogSink(StorageClient client, int group) {
        this(client, false, group, 4L << 20, 256 << 10);
    }

    @Override
    public WriterStart open() throws IOException {
        try {
            GroupState s = client.state(group).get(30, TimeUnit.SECONDS);
            int newEpoch = s.epoch() + 1;
            AppendAck ack = client.truncate(group, newEpoch, s.scl()).get(30, TimeUnit.SECONDS);
            synchronized (this) {
                epoch = newEpoch;
                lastLsn = ack.scl();
                durable = ack.scl();
            }
            return new WriterStart(ack.scl(), newEpoch);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("cannot open group " + group + " on " + client.remoteAddress() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("no answer from " + client.remoteAddress() + " while opening group " + group, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening group " + group, e);
        }
    }

    @Override
    public void append(ByteBuffer records) throws IOException {
        synchronized (this) {
            if (lastLsn < 0) {
                throw new IllegalStateException("open() the sink before appending");
            }
            while (failure == null && inFlightBytes + queuedBytes >= 2 * maxInFlightBytes) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for room to append", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            int p = records.position();
            int end = records.limit();
            while (p < end) {
                int len = records.getInt(p);
                if (len < LogRecord.OVERHEAD || len > LogRecord.MAX_SIZE || p + len > end) {
                    throw new IllegalArgumentException("not a whole record at byte " + (p - records.position())
                            + " (length " + len + ")");
                }
                long lsn = records.getLong(p + 8);
                if (lsn <= lastLsn) {
                    throw new IllegalArgumentException("LSN " + lsn + " is not above the last appended " + lastLsn);
                }
                if (open == null || open.remaining() < len) {
                    cut();
                    open = ByteBuffer.allocate(maxBatchBytes);
                }
                int at = open.position();
                open.put(records.duplicate().limit(p + len).position(p));
                LogRecordWriter.seal(open, at, lastLsn, epoch);
                queuedBytes += len;
                lastLsn = lsn;
                p += len;
            }
            send();
        }
    }

    private void cut() {
        if (open != null && open.position() > 0) {
            ready.add(open.flip());
        }
        open = null;
    }

    /** Ships ready batches (and the open one) while there is room in flight. Caller holds the lock. */
    private void send() {
        while (failure == null && inFlightBytes < maxInFlightBytes) {
            if (ready.isEmpty()) {
                if (open == null || open.position() == 0) {
                    return;
                }
                cut();
            }
            ByteBuffer batch = ready.poll();
            queuedBytes -= batch.remaining();
            inFlightBytes += batch.remaining();
            ship(batch, 0);
        }
    }

    private void ship(ByteBuffer batch, int attempt) {
        client.append(group, epoch, batch.duplicate()).whenComplete((ack, err) -> {
            if (err == null) {
                acked(batch, ack);
                return;
            }
            Throwable c = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
            boolean retry = c instanceof RpcException re && re.retriable() && re.status() != RpcStatus.CONNECTION_LOST
                    && attempt < MAX_RETRIES;
            if (retry) {
                CompletableFuture.delayedExecutor(Math.min(200, 5L << attempt), TimeUnit.MILLISECONDS)
                        .execute(() -> ship(batch, attempt + 1));
            } else {
                fail(new IOException("AppendLog to " + client.remoteAddress() + " failed: " + c.getMessage(), c));
            }
        });
    }

    private void acked(ByteBuffer batch, AppendAck ack) {
        synchronized (this) {
            inFlightBytes -= batch.remaining();
            if (ack.scl() > durable) {
                durable = ack.scl();
            }
            send();
            notifyAll();
        }
        completeWaiters();
    }

    private void completeWaiters() {
        while (true) {
            Waiter w;
            synchronized (waiters) {
                w = waiters.peek();
                if (w == null || w.lsn > durable) {
                    return;
                }
                waiters.poll();
            }
            w.done.complete(durable);
        }
    }

    private void fail(IOException e) {
        synchronized (this) {
            if (failure == null) {
                failure = e;
            }
            notifyAll();
        }
        synchronized (waiters) {
            while (!waiters.isEmpty()) {
                waiters.poll().done.completeExceptionally(failure);
            }
        }
    }

    @Override
    public long durableLsn() {
        return durable;
    }

    @Override
    public CompletableFuture<Long> whenDurable(long lsn) {
        CompletableFuture<Long> f = new CompletableFuture<>();
        synchronized (waiters) {
            if (failure != null) {
                f.completeExceptionally(failure);
                return f;
            }
            waiters.add(new Waiter(lsn, f));
        }
        completeWaiters();
        return f;
    }

    @Override
    public void close() {
        fail(new IOException("the log sink is closed"));
        if (ownsClient) {
            client.close();
        }
    }
}
