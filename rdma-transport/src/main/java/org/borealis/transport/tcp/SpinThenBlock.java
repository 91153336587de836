package org.borealis.transport.tcp;

import io.netty.channel.SelectStrategy;
import io.netty.util.IntSupplier;

/**
 * How an idle I/O thread waits: it polls for ready sockets without blocking for up to a budget
 * of microseconds, then blocks in epoll_wait (or select) as usual. A reply that arrives within
 * the budget is handled without the thread being put to sleep and woken, which is most of a
 * loopback round trip's cost; the price is up to the budget of CPU each time the thread goes
 * idle. A budget of 0 never spins (Netty's default behaviour).
 *
 * <p>Tasks submitted from other threads while the thread spins wait for the end of the spin at
 * most; they do not wake it.
 */
final class SpinThenBlock implements SelectStrategy {

    private final long spinNanos;

    SpinThenBlock(long spinMicros) {
        this.spinNanos = spinMicros * 1000;
    }

    @Override
    public int calculateStrategy(IntSupplier selectNow, boolean hasTasks) throws Exception {
        if (hasTasks) {
            return selectNow.get(); // Netty's default: look, but do not block, when tasks wait
        }
        if (spinNanos > 0) {
            long deadline = System.nanoTime() + spinNanos;
            do {
                int ready = selectNow.get();
                if (ready > 0) {
                    return ready;
                }
                Thread.onSpinWait();
            } while (System.nanoTime() - deadline < 0);
        }
        return SelectStrategy.SELECT;
    }
}
