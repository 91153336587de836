package org.borealis.pagestore.replay;

import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * GetPage calls of one group waiting for replay to reach their LSN. Registration re-checks the
 * applied LSN under the same lock {@link #advance} takes, so no waiter misses its wake-up.
 * Timeouts are the caller's ({@code orTimeout}); completed waiters are dropped on the next advance.
 */
public final class ApplyWaiters {

    private record Waiter(long lsn, CompletableFuture<Void> done) {
    }

    private final PriorityQueue<Waiter> queue = new PriorityQueue<>((a, b) -> Long.compare(a.lsn, b.lsn));
    private final LongSupplier applied;
    private RuntimeException failure;

    public ApplyWaiters(LongSupplier applied) {
        this.applied = applied;
    }

    /** Completes once the applied LSN is at least {@code lsn}; fails if the group fails first. */
    public synchronized CompletableFuture<Void> await(long lsn) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        if (failure != null) {
            f.completeExceptionally(failure);
        } else if (applied.getAsLong() >= lsn) {
            f.complete(null);
        } else {
            queue.add(new Waiter(lsn, f));
        }
        return f;
    }

    public synchronized void advance(long appliedLsn) {
        while (!queue.isEmpty() && (queue.peek().lsn <= appliedLsn || queue.peek().done.isDone())) {
            queue.poll().done.complete(null);
        }
    }

    public synchronized void failAll(RuntimeException e) {
        failure = e;
        while (!queue.isEmpty()) {
            queue.poll().done.completeExceptionally(e);
        }
    }

    public synchronized int size() {
        return queue.size();
    }
}
