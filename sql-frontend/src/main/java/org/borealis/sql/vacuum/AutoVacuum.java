package org.borealis.sql.vacuum;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs vacuum and analyze in the background, as PostgreSQL's autovacuum: every interval, each
 * table whose estimated dead versions exceed 50 + 20 % of its live ones is vacuumed, then each
 * whose rows changed since its last analyze exceed the analyze threshold is analysed (the engine
 * decides both), on one daemon thread named {@code autovacuum-NODE}. Each table is worked on in
 * transactions of its own that never wait for user transactions' locks: a table that cannot be
 * done now is left for the next round. One INFO line per table analysed; failures are logged and
 * retried next round.
 */
public final class AutoVacuum implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AutoVacuum.class);

    private final ScheduledExecutorService exec;

    /**
     * @param tables       OIDs of the tables to look at each round
     * @param needsWork    whether a table has enough dead versions
     * @param vacuum       vacuums a table; false when it could not run now (skipped)
     * @param needsAnalyze whether a table has enough changed rows
     * @param analyze      analyses a table; what to log of it, or null when skipped
     */
    public AutoVacuum(String nodeId, Duration interval, Supplier<int[]> tables, IntPredicate needsWork,
                      IntPredicate vacuum, IntPredicate needsAnalyze, IntFunction<String> analyze) {
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
                for (int oid : tables.get()) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    analyzeOne(nodeId, oid, needsAnalyze, analyze);
                }
            } catch (RuntimeException e) {
                LOG.warn("[{}] autovacuum round failed: {}", nodeId, e.toString());
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
    }

    private static void analyzeOne(String nodeId, int oid, IntPredicate needsAnalyze, IntFunction<String> analyze) {
        try {
            if (!needsAnalyze.test(oid)) {
                return;
            }
            String done = analyze.apply(oid);
            if (done != null) {
                LOG.info("[{}] automatic analyze of table {}", nodeId, done);
            }
        } catch (RuntimeException e) {
            // one table's failure (dropped meanwhile, a corrupt row) leaves the others to be analysed
            LOG.warn("[{}] automatic analyze of relation {} failed: {}", nodeId, oid, e.toString());
        }
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
