package org.borealis.sql.exec;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Named fault-injection points of the executor, inert unless a test arms one: an armed point
 * throws the test's exception on its n-th hit, once, so a test can make a real statement fail with
 * an unexpected (non-SQL) exception at a chosen place and check what the client and the session
 * see. Unarmed, a hit is one volatile read.
 */
public enum FaultPoint {

    /** {@link org.borealis.sql.exec.op.ProjectOp} computing an output row. */
    PROJECT_ROW;

    private volatile Armed armed;

    private record Armed(AtomicInteger left, Supplier<? extends RuntimeException> fault) {
    }

    /** Called where the point sits; throws only when a test armed it and its hit count is reached. */
    public void hit() {
        Armed a = armed;
        if (a != null && a.left.decrementAndGet() == 0) {
            armed = null;
            throw a.fault.get();
        }
    }

    /**
     * Arms this point to throw {@code fault}'s exception on its {@code nth} hit (1 = the next one).
     * Closing the returned handle disarms it if it has not fired.
     */
    public AutoCloseable arm(int nth, Supplier<? extends RuntimeException> fault) {
        if (nth < 1) {
            throw new IllegalArgumentException("nth must be >= 1: " + nth);
        }
        armed = new Armed(new AtomicInteger(nth), fault);
        return () -> armed = null;
    }
}
