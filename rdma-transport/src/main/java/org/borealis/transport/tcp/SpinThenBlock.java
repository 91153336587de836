package org.borealis.transport.tcp;

import io.netty.channel.SelectStrategy;
import io.netty.util.IntSupplier;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.SingleThreadEventExecutor;
import io.netty.util.internal.ThreadExecutorMap;

/**
 * How an idle I/O thread waits: it polls for ready sockets (and for tasks other threads
 * submitted) without blocking for up to a budget of microseconds, then blocks in epoll_wait (or
 * select) as usual. A reply that arrives within the budget is handled without the thread being
 * put to sleep and woken, which is most of a loopback round trip's cost. A budget of 0 never
 * spins (Netty's default behaviour).
 *
 * <p>The spin is adaptive, like a JVM's adaptive spin locks: a spin that ends with nothing to do
 * costs the whole budget of CPU, and on a busy machine that is CPU the other end of the round trip
 * needs. So after a spin that found nothing the thread skips spinning for the next 1, 2, 4, ...
 * up to {@value #MAX_SKIP} idle periods (doubling with each fruitless spin in a row) and blocks at
 * once; one spin that pays resets it. On idle cores nearly every spin pays and the thread keeps
 * spinning; on a loaded machine, or on a connection with nothing to wait for, it falls back to
 * blocking within a few idle periods and spends at most one budget in {@value #MAX_SKIP} on
 * probing. One instance per event loop; only its thread calls it.
 */
final class SpinThenBlock implements SelectStrategy {

    static final int MAX_SKIP = 256;

    private final long spinNanos;
    private int skip;
    private int skipped;
    private SingleThreadEventExecutor loop;

    SpinThenBlock(long spinMicros) {
        this.spinNanos = spinMicros * 1000;
    }

    @Override
    public int calculateStrategy(IntSupplier selectNow, boolean hasTasks) throws Exception {
        if (hasTasks) {
            return selectNow.get(); // Netty's default: look, but do not block, when tasks wait
        }
        if (spinNanos == 0) {
            return SelectStrategy.SELECT;
        }
        if (skipped < skip) {
            skipped++;
            return SelectStrategy.SELECT;
        }
        long deadline = System.nanoTime() + spinNanos;
        SingleThreadEventExecutor tasks = loop();
        do {
            int ready = selectNow.get();
            if (ready > 0 || (tasks != null && tasks.pendingTasks() > 0)) {
                paid();
                return ready;
            }
            Thread.onSpinWait();
        } while (System.nanoTime() - deadline < 0);
        skip = skip == 0 ? 1 : Math.min(MAX_SKIP, skip * 2);
        skipped = 0;
        return SelectStrategy.SELECT;
    }

    private void paid() {
        skip >>= 1;
        skipped = 0;
    }

    /** This thread's event loop, for its task queue: submitters do not wake a spinning thread. */
    private SingleThreadEventExecutor loop() {
        if (loop == null) {
            EventExecutor e = ThreadExecutorMap.currentExecutor();
            if (e instanceof SingleThreadEventExecutor s) {
                loop = s;
            }
        }
        return loop;
    }

    /** Idle periods the thread will still block at once before it spins again (for tests). */
    int skipping() {
        return skip - skipped;
    }
}
