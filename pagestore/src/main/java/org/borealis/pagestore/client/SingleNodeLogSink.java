package org.borealis.pagestore.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.borealis.pagestore.api.LogSink;
import org.borealis.pagestore.api.WriterStart;
import org.borealis.pagestore.log.AppendAck;
import org.borealis.pagestore.node.GroupState;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.record.LogRecordWriter;
import org.borealis.pagestore.service.StorageClient;
import org.borealis.transport.Transport;
import org.borealis.transport.rpc.RpcException;
import org.borealis.transport.rpc.RpcStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LogSink} over one storage node and one protection group: the durable LSN is that node's
 * SCL. Write path hop 2 on the compute side: {@link #append} seals records (previous LSN, epoch)
 * into batches and ships them as AppendLog calls, at most {@code maxInFlightBytes} unacknowledged
 * (then {@code append} blocks). Like PostgreSQL's WAL buffers, records nobody waits for yet stay
 * in the open batch: it is shipped when a {@link #whenDurable} waiter needs one of its records (a
 * commit, a page read at that LSN), when it is full, or {@code lingerMicros} after its first record
 * (so storage is never far behind). So a transaction's records usually reach storage with its
 * commit record in one AppendLog call and one log flush there, not one flush per change; and
 * {@link #whenDurable} waiters share each ack (group commit).
 *
 * <p>Failures: a retriable one (overloaded, timeout, I/O error on the node) resends the same
 * batch; the node drops records it already has. A lost connection, when the sink was given a way
 * to reconnect, reconnects with back-off and resends every unacknowledged batch in order (a node
 * that restarted keeps its epoch, so the writer goes on). Anything else — a stale epoch, a
 * rejected batch, reconnecting failing for {@code reconnectMillis} — fails the sink: waiters fail,
 * {@link #append} throws.
 *
 * <p>Thread-safe; acks are handled on the transport's I/O thread.
 */
public final class SingleNodeLogSink implements LogSink {

    private static final Logger LOG = LoggerFactory.getLogger(SingleNodeLogSink.class);
    private static final int MAX_RETRIES = 20;
    /**
     * AppendLog calls in flight at once. Small records sent one call each would otherwise fill the
     * connection's queue long before the byte limit; past this, records gather into bigger batches.
     */
    static final int MAX_IN_FLIGHT_CALLS = 16;
    static final int INITIAL_BATCH_BYTES = 8 << 10;
    /** Default longest wait of a record nobody asked to be durable before it is shipped anyway. */
    public static final long DEFAULT_LINGER_MICROS = 5_000;

    private final boolean ownsClient;
    private final int group;
    private final long maxInFlightBytes;
    private final int maxBatchBytes;
    private final Supplier<CompletableFuture<StorageClient>> reconnect;
    private final long reconnectMillis;
    private final long lingerMicros;
    private final ArrayDeque<ByteBuffer> ready = new ArrayDeque<>();
    /** Shipped, not yet acknowledged, by batch id, in order. */
    private final Map<Long, ByteBuffer> inFlight = new LinkedHashMap<>();
    private final PriorityQueue<Waiter> waiters = new PriorityQueue<>((a, b) -> Long.compare(a.lsn, b.lsn));
    private StorageClient client;
    private int generation;
    private boolean reconnecting;
    private long nextBatch;
    private ByteBuffer open;
    private long inFlightBytes;
    private long queuedBytes;
    private long lastLsn = -1;
    /** Last LSN of the batches cut so far: records above it are in the open batch. */
    private long cutLsn = -1;
    /** Highest LSN someone needs shipped (a durability waiter or the linger). */
    private long wantLsn;
    private boolean lingering;
    private int epoch;
    private volatile long durable;
    private volatile IOException failure;

    private record Waiter(long lsn, CompletableFuture<Long> done) {
    }

    /**
     * @param ownsClient       close the client with the sink
     * @param maxInFlightBytes unacknowledged bytes before {@link #append} blocks
     * @param maxBatchBytes    largest AppendLog batch (below the transport's message limit)
     * @param reconnect        makes a new client after a lost connection; null: a lost connection fails the sink
     * @param reconnectMillis  how long to keep trying to reconnect
     * @param lingerMicros     how long a record nobody waits for may stay unshipped
     */
    public SingleNodeLogSink(StorageClient client, boolean ownsClient, int group, long maxInFlightBytes,
                             int maxBatchBytes, Supplier<CompletableFuture<StorageClient>> reconnect,
                             long reconnectMillis, long lingerMicros) {
        if (maxBatchBytes < LogRecord.MAX_SIZE) {
            throw new IllegalArgumentException("maxBatchBytes must hold the largest record (" + LogRecord.MAX_SIZE
                    + " bytes), was " + maxBatchBytes);
        }
        this.client = client;
        this.ownsClient = ownsClient;
        this.group = group;
        this.maxInFlightBytes = Math.max(maxInFlightBytes, maxBatchBytes);
        this.maxBatchBytes = maxBatchBytes;
        this.reconnect = reconnect;
        this.reconnectMillis = reconnectMillis;
        if (lingerMicros < 0) {
            throw new IllegalArgumentException("lingerMicros must be >= 0, was " + lingerMicros);
        }
        this.lingerMicros = lingerMicros;
    }

    public SingleNodeLogSink(StorageClient client, boolean ownsClient, int group, long maxInFlightBytes,
                             int maxBatchBytes, Supplier<CompletableFuture<StorageClient>> reconnect,
                             long reconnectMillis) {
        this(client, ownsClient, group, maxInFlightBytes, maxBatchBytes, reconnect, reconnectMillis,
                DEFAULT_LINGER_MICROS);
    }

    public SingleNodeLogSink(StorageClient client, boolean ownsClient, int group, long maxInFlightBytes,
                             int maxBatchBytes) {
        this(client, ownsClient, group, maxInFlightBytes, maxBatchBytes, null, 0);
    }

    public SingleNodeLogSink(StorageClient client, int group) {
        this(client, false, group, 4L << 20, 256 << 10);
    }

    /**
     * A sink that owns its connection to {@code node} and reconnects to the same address for up to
     * 30 s when it is lost.
     */
    public static SingleNodeLogSink connect(Transport transport, InetSocketAddress node, int group) throws IOException {
        Supplier<CompletableFuture<StorageClient>> dial = () -> StorageClient.connect(transport, node, 10_000);
        try {
            return new SingleNodeLogSink(dial.get().get(30, TimeUnit.SECONDS), true, group, 4L << 20, 256 << 10,
                    dial, 30_000);
        } catch (Exception e) {
            throw new IOException("cannot connect to storage node " + node + ": " + e.getMessage(), e);
        }
    }

    private synchronized StorageClient client() {
        return client;
    }

    @Override
    public WriterStart open() throws IOException {
        StorageClient c = client();
        try {
            GroupState s = c.state(group).get(30, TimeUnit.SECONDS);
            int newEpoch = s.epoch() + 1;
            AppendAck ack = c.truncate(group, newEpoch, s.scl()).get(30, TimeUnit.SECONDS);
            synchronized (this) {
                epoch = newEpoch;
                lastLsn = ack.scl();
                cutLsn = ack.scl();
                durable = ack.scl();
            }
            return new WriterStart(ack.scl(), newEpoch);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("cannot open group " + group + " on " + c.remoteAddress() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("no answer from " + c.remoteAddress() + " while opening group " + group, e);
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
                if (open != null && open.remaining() < len) {
                    if (open.position() + len <= maxBatchBytes) {
                        ByteBuffer bigger = ByteBuffer.allocate(Math.min(maxBatchBytes,
                                Math.max(2 * open.capacity(), open.position() + len)));
                        open = bigger.put(open.flip());
                    } else {
                        cut();
                    }
                }
                if (open == null) {
                    // most batches are one transaction's records: start small, grow up to maxBatchBytes
                    open = ByteBuffer.allocate(Math.min(maxBatchBytes, Math.max(INITIAL_BATCH_BYTES, len)));
                }
                int at = open.position();
                open.put(records.duplicate().limit(p + len).position(p));
                LogRecordWriter.seal(open, at, lastLsn, epoch);
                queuedBytes += len;
                lastLsn = lsn;
                p += len;
            }
            send();
            if (!lingering && open != null && open.position() > 0 && failure == null) {
                lingering = true;
                CompletableFuture.delayedExecutor(lingerMicros, TimeUnit.MICROSECONDS, Runnable::run).execute(this::lingered);
            }
        }
    }

    /** The linger ran out: ship what was appended by now. */
    private synchronized void lingered() {
        lingering = false;
        wantLsn = Math.max(wantLsn, lastLsn);
        send();
    }

    private void cut() {
        if (open != null && open.position() > 0) {
            ready.add(open.flip());
            cutLsn = lastLsn;
        }
        open = null;
    }

    /**
     * Ships ready batches while there is room in flight, and the open one when someone needs one of
     * its records. Caller holds the lock.
     */
    private void send() {
        while (failure == null && !reconnecting && inFlightBytes < maxInFlightBytes
                && inFlight.size() < MAX_IN_FLIGHT_CALLS) {
            if (ready.isEmpty()) {
                if (open == null || open.position() == 0 || wantLsn <= cutLsn) {
                    return;
                }
                cut();
            }
            ByteBuffer batch = ready.poll();
            long id = nextBatch++;
            queuedBytes -= batch.remaining();
            inFlightBytes += batch.remaining();
            inFlight.put(id, batch);
            ship(id, batch, client, generation, 0);
        }
    }

    private void ship(long id, ByteBuffer batch, StorageClient c, int gen, int attempt) {
        c.append(group, epoch, batch.duplicate()).whenComplete((ack, err) -> {
            if (err == null) {
                acked(id, ack);
                return;
            }
            Throwable cause = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
            RpcException re = cause instanceof RpcException r ? r : null;
            if (re != null && re.status() == RpcStatus.CONNECTION_LOST) {
                lost(gen, cause);
            } else if (re != null && re.retriable() && attempt < MAX_RETRIES) {
                CompletableFuture.delayedExecutor(Math.min(200, 5L << attempt), TimeUnit.MILLISECONDS, Runnable::run)
                        .execute(() -> resend(id, batch, gen, attempt + 1));
            } else {
                fail(new IOException("AppendLog to " + c.remoteAddress() + " failed: " + cause.getMessage(), cause));
            }
        });
    }

    private void resend(long id, ByteBuffer batch, int gen, int attempt) {
        StorageClient c;
        synchronized (this) {
            if (gen != generation || !inFlight.containsKey(id) || failure != null) {
                return; // a reconnect resends it, or it was acknowledged meanwhile
            }
            c = client;
        }
        ship(id, batch, c, gen, attempt);
    }

    private void acked(long id, AppendAck ack) {
        synchronized (this) {
            ByteBuffer b = inFlight.remove(id);
            if (b != null) {
                inFlightBytes -= b.remaining();
            }
            if (ack.scl() > durable) {
                durable = ack.scl();
            }
            send();
            notifyAll();
        }
        completeWaiters();
    }

    /** The connection of generation {@code gen} is gone: reconnect once, then resend everything unacknowledged. */
    private void lost(int gen, Throwable cause) {
        synchronized (this) {
            if (gen != generation || reconnecting || failure != null) {
                return;
            }
            if (reconnect == null) {
                fail(new IOException("lost the connection to " + client.remoteAddress() + ": " + cause.getMessage(),
                        cause));
                return;
            }
            reconnecting = true;
            LOG.warn("lost the connection to storage node {} ({}); reconnecting and resending {} batch(es)",
                    client.remoteAddress(), cause.getMessage(), inFlight.size());
        }
        dial(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(reconnectMillis), 0);
    }

    private void dial(long deadline, int attempt) {
        reconnect.get().whenComplete((c, err) -> {
            if (err != null) {
                if (System.nanoTime() - deadline > 0) {
                    fail(new IOException("could not reconnect to the storage node within " + reconnectMillis + " ms: "
                            + err.getMessage(), err));
                } else {
                    // on the delay timer's own thread (dial does not block), not the common pool, which
                    // blocking work elsewhere in the process may keep busy
                    CompletableFuture.delayedExecutor(Math.min(1000, 20L << Math.min(attempt, 6)), TimeUnit.MILLISECONDS,
                            Runnable::run).execute(() -> dial(deadline, attempt + 1));
                }
                return;
            }
            List<Map.Entry<Long, ByteBuffer>> resend;
            StorageClient old;
            int gen;
            synchronized (this) {
                if (failure != null) {
                    c.close();
                    return;
                }
                old = client;
                client = c;
                gen = ++generation;
                reconnecting = false;
                resend = new ArrayList<>(inFlight.entrySet());
            }
            if (ownsClient) {
                old.close();
            }
            for (Map.Entry<Long, ByteBuffer> e : resend) {
                ship(e.getKey(), e.getValue(), c, gen, 0);
            }
            synchronized (this) {
                send();
            }
        });
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
        synchronized (this) {
            if (lsn > wantLsn) {
                wantLsn = lsn;
                send();
            }
        }
        completeWaiters();
        return f;
    }

    @Override
    public void close() {
        fail(new IOException("the log sink is closed"));
        if (ownsClient) {
            client().close();
        }
    }
}
