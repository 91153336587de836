package org.borealis.pagestore.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.borealis.pagestore.api.PageSource;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.service.StorageClient;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.rpc.RpcException;
import org.borealis.transport.rpc.RpcStatus;

/**
 * {@link PageSource} over one storage node and one protection group: each read is one GetPage@LSN
 * call whose page lands in the caller's registered frame by a one-sided write (read path hop 1 on
 * the compute side; the next hop is {@code StorageService}). The checksum is verified before the
 * future completes. Failures are {@code StorageException}s or {@code RpcException}s that say
 * whether a retry may help. Over a {@link StorageConnection}, a read that lost its connection
 * reconnects and is sent again until a deadline. Thread-safe.
 */
public final class SingleNodePageSource implements PageSource {

    private final StorageClient client;
    private final StorageConnection connection;
    private final boolean ownsClient;
    private final int group;
    private final long retryNanos;

    public SingleNodePageSource(StorageClient client, boolean ownsClient, int group) {
        this.client = client;
        this.connection = null;
        this.ownsClient = ownsClient;
        this.group = group;
        this.retryNanos = 0;
    }

    /**
     * Reads through {@code connection} (not closed with this source): a read whose connection was
     * lost dials the node again and is sent again (GetPage has no side effects), with back-off, for
     * up to {@code retryMillis} — so a storage node restarting on the same address holds reads up
     * instead of failing them; past that, the read fails with the last error.
     */
    public SingleNodePageSource(StorageConnection connection, int group, long retryMillis) {
        this.client = null;
        this.connection = connection;
        this.ownsClient = false;
        this.group = group;
        this.retryNanos = TimeUnit.MILLISECONDS.toNanos(retryMillis);
    }

    @Override
    public CompletableFuture<Void> readPage(PageId page, long lsn, RegisteredBuffer frame, int offset) {
        if (connection == null) {
            return client.getPage(group, page, lsn, frame, offset).thenApply(info -> null);
        }
        return read(page, lsn, frame, offset, System.nanoTime() + retryNanos, 0);
    }

    private CompletableFuture<Void> read(PageId page, long lsn, RegisteredBuffer frame, int offset, long deadline,
                                         int attempt) {
        return connection.reconnect().thenCompose(c -> c.getPage(group, page, lsn, frame, offset))
                .<Void>thenApply(info -> null)
                .exceptionallyCompose(err -> {
                    if (!connectionLost(err) || System.nanoTime() - deadline > 0) {
                        return CompletableFuture.failedFuture(err);
                    }
                    // the first retry at once (a connection closed meanwhile), then 20 ms doubling up to 1 s
                    long pause = attempt == 0 ? 0 : Math.min(1000, 20L << Math.min(attempt - 1, 6));
                    // run on the delay timer's own thread (the next attempt does not block): the common
                    // pool may be busy with blocking work and would hold the retry up
                    return CompletableFuture.supplyAsync(() -> null,
                                    CompletableFuture.delayedExecutor(pause, TimeUnit.MILLISECONDS, Runnable::run))
                            .thenCompose(x -> read(page, lsn, frame, offset, deadline, attempt + 1));
                });
    }

    private static boolean connectionLost(Throwable err) {
        Throwable c = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
        return c instanceof RpcException re && re.status() == RpcStatus.CONNECTION_LOST;
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }
}
