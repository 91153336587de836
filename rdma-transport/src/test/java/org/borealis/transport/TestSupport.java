package org.borealis.transport;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Knobs and waits shared by the transport tests.
 *
 * <ul>
 *   <li>{@code -Dborealis.test.scale=0.2} multiplies operation counts (for slow machines, such as
 *       the rdma transport under software emulation); default 1.</li>
 *   <li>{@code -Dborealis.test.timeoutSeconds=N}: how long a wait may take before the test fails
 *       as hung (a guard against hangs, never a timing assertion); default 60.</li>
 * </ul>
 */
public final class TestSupport {

    public static final double SCALE = Double.parseDouble(System.getProperty("borealis.test.scale", "1"));
    public static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("borealis.test.timeoutSeconds", 60));

    private TestSupport() {
    }

    /** {@code n} times the scale, at least 1. */
    public static int scaled(int n) {
        return Math.max(1, (int) Math.round(n * SCALE));
    }

    public static <T> T await(CompletableFuture<T> future) throws InterruptedException, ExecutionException {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("nothing happened within " + TIMEOUT + " (hung?)", e);
        }
    }

    public static void await(CountDownLatch latch) throws InterruptedException {
        if (!latch.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still " + latch.getCount() + " events missing after " + TIMEOUT + " (hung?)");
        }
    }

    public static <T> T take(BlockingQueue<T> queue, String what) throws InterruptedException {
        T item = queue.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (item == null) {
            throw new AssertionError("no " + what + " within " + TIMEOUT + " (hung?)");
        }
        return item;
    }
}
