package org.borealis.sql.vacuum;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs vacuum in the background: every interval, each table whose estimated dead versions exceed
 * 50 + 20 % of its live ones (PostgreSQL's default thresholds) is vacuumed, on one daemon thread
 * named {@code autovacuum-NODE}. Failures are logged and retried next round.
 */
public final class AutoVacuum implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AutoVacuum.class);

    private final ScheduledExecutorService exec;

    /**
     * @param tables     OIDs of the tables to look at each round
     * @param needsWork  whether a table has enough dead versions
     * @param vacuum     vacuums a table; false when it could not run now (skipped)
     */
    public AutoVacuum(String nodeId, Duration interval, Supplier<int[]> tables, IntPredicate needsWork,
                      IntPredicate vacuum) {
        exec = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "autovacuum-" + nodeId);
            t.setDaemon(true);
            return t;
        });
        long ms = interval.toMillis();
        exec.scheduleWithFixedDelay(() -> {
            try {
                for (int oid : tables.get()) {
                    if (needsWork.test(oid) && vacuum.test(oid)) {
                        LOG.debug("[{}] autovacuum: vacuumed relation {}", nodeId, oid);
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("[{}] autovacuum round failed: {}", nodeId, e.toString());
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        exec.shutdownNow();
        try {
            exec.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
