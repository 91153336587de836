package org.borealis.sql.heap;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.borealis.sql.engine.TableActivity;
import org.borealis.sql.txn.Txn;

/**
 * A table's {@link TableActivity}, counted as it happens: rows changed since the last analyze,
 * and when and how often the table was vacuumed and analysed. Thread-safe; in memory only.
 *
 * <p>As in PostgreSQL, a transaction's changes count when it commits (an aborted one's do not),
 * so an analyze running meanwhile, which cannot see them, does not take them as covered.
 */
public final class ActivityCounters {

    private final AtomicLong modSinceAnalyze = new AtomicLong();
    private final ConcurrentHashMap<Txn, long[]> pending = new ConcurrentHashMap<>();
    private long lastVacuum;
    private long lastAutovacuum;
    private long lastAnalyze;
    private long lastAutoanalyze;
    private long vacuumCount;
    private long autovacuumCount;
    private long analyzeCount;
    private long autoanalyzeCount;

    /** A row inserted, updated or deleted by {@code t} (which one thread uses at a time). */
    void changed(Txn t) {
        long[] n = pending.get(t);
        if (n == null) {
            n = new long[1];
            pending.put(t, n);
            t.onEnd(committed -> {
                long[] done = pending.remove(t);
                if (committed && done != null) {
                    modSinceAnalyze.addAndGet(done[0]);
                }
            });
        }
        n[0]++;
    }

    public long modSinceAnalyze() {
        return modSinceAnalyze.get();
    }

    /**
     * Notes an analyze that began when {@code modsSeen} changes were counted: those are covered
     * by its statistics, the ones made while it ran still count towards the next.
     */
    public synchronized void analyzed(long modsSeen, boolean auto, long atMicros) {
        modSinceAnalyze.addAndGet(-Math.min(modsSeen, modSinceAnalyze.get()));
        if (auto) {
            lastAutoanalyze = atMicros;
            autoanalyzeCount++;
        } else {
            lastAnalyze = atMicros;
            analyzeCount++;
        }
    }

    public synchronized void vacuumed(boolean auto, long atMicros) {
        if (auto) {
            lastAutovacuum = atMicros;
            autovacuumCount++;
        } else {
            lastVacuum = atMicros;
            vacuumCount++;
        }
    }

    public synchronized TableActivity snapshot() {
        return new TableActivity(modSinceAnalyze.get(), lastVacuum, lastAutovacuum, lastAnalyze, lastAutoanalyze,
                vacuumCount, autovacuumCount, analyzeCount, autoanalyzeCount);
    }
}
