package org.borealis.pagestore.client;

import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;

import org.borealis.pagestore.service.StorageClient;
import org.borealis.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compute side's connection to one storage node, shared by its {@link SingleNodeLogSink} and
 * {@link SingleNodePageSource}, that can be dialled again after it is lost (a storage node that
 * restarted on the same address, a network blip). {@link #reconnect} returns the current client
 * while it is open; once it is closed, the first caller dials the same address and every caller
 * meanwhile gets that same attempt, so the sink and the page source never hold two connections.
 * A failed attempt is not retried here: the sink retries with back-off until its deadline, a page
 * read fails retriably and the next read tries again. Thread-safe.
 */
public final class StorageConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StorageConnection.class);

    private final String nodeId;
    private final Transport transport;
    private final InetSocketAddress address;
    private final long connectTimeoutMillis;
    private StorageClient current;
    private CompletableFuture<StorageClient> dialling;
    private long lostSince = -1;
    private boolean closed;

    /** Wraps an open client of {@code address}; later connections are dialled the same way. */
    public StorageConnection(String nodeId, Transport transport, InetSocketAddress address, StorageClient first,
                             long connectTimeoutMillis) {
        this.nodeId = nodeId;
        this.transport = transport;
        this.address = address;
        this.current = first;
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    /** The client now (possibly closed, if the connection was lost and nobody reconnected yet). */
    public synchronized StorageClient current() {
        return current;
    }

    /** The current client while it is open; otherwise the (one) attempt to dial the node again. */
    public CompletableFuture<StorageClient> reconnect() {
        CompletableFuture<StorageClient> attempt;
        synchronized (this) {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("the storage connection is closed"));
            }
            if (current.isOpen()) {
                return CompletableFuture.completedFuture(current);
            }
            if (dialling != null) {
                return dialling;
            }
            attempt = new CompletableFuture<>();
            dialling = attempt;
            if (lostSince < 0) {
                lostSince = System.nanoTime();
                LOG.warn("[{}] the connection to storage node {} is lost; reconnecting", nodeId, address);
            }
        }
        StorageClient.connect(transport, address, connectTimeoutMillis).whenComplete((c, err) -> {
            StorageClient old = null;
            boolean keep;
            long downNanos = 0;
            synchronized (this) {
                dialling = null;
                keep = err == null && !closed;
                if (keep) {
                    old = current;
                    current = c;
                    downNanos = System.nanoTime() - lostSince;
                    lostSince = -1;
                }
            }
            if (err != null) {
                LOG.debug("[{}] storage node {} not reachable yet: {}", nodeId, address, err.getMessage());
                attempt.completeExceptionally(err);
                return;
            }
            if (!keep) {
                c.close();
                attempt.completeExceptionally(new IllegalStateException("the storage connection is closed"));
                return;
            }
            old.close();
            LOG.info("[{}] reconnected to storage node {} after {} ms", nodeId, address, downNanos / 1_000_000);
            attempt.complete(c);
        });
        return attempt;
    }

    @Override
    public void close() {
        StorageClient c;
        synchronized (this) {
            closed = true;
            c = current;
        }
        c.close();
    }
}
