package org.borealis.bench.rdma;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.borealis.transport.CompletionHandler;
import org.borealis.transport.Endpoint;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.TransportException;

/**
 * One-sided read bandwidth, measured as perftest's {@code ib_read_bw} measures it: reads of one
 * size from the same remote buffer, {@code depth} in flight (each completion posts the next, each
 * read into its own slot of the local buffer), timed from the first post to the last completion.
 * After the first posts, each read is posted from the previous one's completion; nothing is
 * allocated per read.
 */
final class ReadThroughput implements CompletionHandler {

    private Endpoint endpoint;
    private RegisteredBuffer local;
    private RegisteredBuffer remote;
    private int size;
    private final AtomicInteger toPost = new AtomicInteger();
    private final AtomicInteger toComplete = new AtomicInteger();
    private long startedAt;
    private CompletableFuture<Long> done;

    /**
     * Runs {@code count} reads of {@code bytes}, {@code depth} at a time; {@code local} holds
     * {@code depth} slots of {@code bytes}. Returns MB/s (10^6 bytes per second).
     */
    double run(Endpoint e, RegisteredBuffer l, RegisteredBuffer r, int bytes, int depth, int count) throws Exception {
        endpoint = e;
        local = l;
        remote = r;
        size = bytes;
        toPost.set(count);
        toComplete.set(count);
        done = new CompletableFuture<>();
        startedAt = System.nanoTime();
        for (int slot = 0; slot < depth && toPost.getAndDecrement() > 0; slot++) {
            post(slot);
        }
        long nanos = done.get(10, TimeUnit.MINUTES);
        return (double) count * bytes / (nanos / 1e9) / 1e6;
    }

    private void post(int slot) {
        if (!endpoint.read(local, slot * size, remote.region(), 0, size, this, slot)) {
            done.completeExceptionally(new IllegalStateException("read refused with at most depth in flight"));
        }
    }

    @Override
    public void onComplete(Endpoint e, long opId, int bytes) {
        if (toComplete.decrementAndGet() == 0) {
            done.complete(System.nanoTime() - startedAt);
        } else if (toPost.getAndDecrement() > 0) {
            post((int) opId);
        }
    }

    @Override
    public void onFailure(Endpoint e, long opId, TransportException cause) {
        done.completeExceptionally(cause);
    }
}
