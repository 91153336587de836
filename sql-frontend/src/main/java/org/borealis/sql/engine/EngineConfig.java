package org.borealis.sql.engine;

import java.time.Duration;

/**
 * Settings of one engine. Build with {@link #defaults(String)} and the {@code with...} methods.
 *
 * @param nodeId            prefix of every log line
 * @param bufferPoolPages   8 KiB frames in the buffer pool (at least 64)
 * @param databaseName      the database created at bootstrap (only used on an empty volume)
 * @param superuser         the bootstrap superuser role (only used on an empty volume)
 * @param superuserVerifier password verifier stored for it (SCRAM or md5 text), or null for none
 * @param autovacuumInterval how often the background vacuum looks at tables; zero disables it
 * @param lastWrittenCacheSize pages whose last-written LSN is tracked exactly; beyond, a coarse
 *                          lower bound is used
 * @param analyzeThreshold  the background pass analyses a table when the rows changed since its
 *                          last analyze exceed this plus {@code analyzeScaleFactor} × its rows
 *                          (PostgreSQL's {@code autovacuum_analyze_threshold}, 50)
 * @param analyzeScaleFactor PostgreSQL's {@code autovacuum_analyze_scale_factor}, 0.1
 */
public record EngineConfig(String nodeId, int bufferPoolPages, String databaseName, String superuser,
                           String superuserVerifier, Duration autovacuumInterval, int lastWrittenCacheSize,
                           long analyzeThreshold, double analyzeScaleFactor) {

    public EngineConfig {
        if (bufferPoolPages < 64) {
            throw new IllegalArgumentException("bufferPoolPages must be at least 64, was " + bufferPoolPages);
        }
        if (lastWrittenCacheSize < 16) {
            throw new IllegalArgumentException("lastWrittenCacheSize must be at least 16, was " + lastWrittenCacheSize);
        }
        if (analyzeThreshold < 0 || !(analyzeScaleFactor >= 0 && analyzeScaleFactor <= 100)) {
            throw new IllegalArgumentException("analyzeThreshold must be >= 0 and analyzeScaleFactor 0..100, were "
                    + analyzeThreshold + " and " + analyzeScaleFactor);
        }
    }

    /**
     * 16384 frames (128 MiB), database and superuser {@code postgres}, autovacuum every 30 s
     * analysing tables after 50 + 10 % changed rows.
     */
    public static EngineConfig defaults(String nodeId) {
        return new EngineConfig(nodeId, 16384, "postgres", "postgres", null, Duration.ofSeconds(30), 65536, 50, 0.1);
    }

    public EngineConfig withBufferPoolPages(int pages) {
        return new EngineConfig(nodeId, pages, databaseName, superuser, superuserVerifier, autovacuumInterval,
                lastWrittenCacheSize, analyzeThreshold, analyzeScaleFactor);
    }

    public EngineConfig withBootstrap(String database, String user, String verifier) {
        return new EngineConfig(nodeId, bufferPoolPages, database, user, verifier, autovacuumInterval,
                lastWrittenCacheSize, analyzeThreshold, analyzeScaleFactor);
    }

    public EngineConfig withAutovacuumInterval(Duration interval) {
        return new EngineConfig(nodeId, bufferPoolPages, databaseName, superuser, superuserVerifier, interval,
                lastWrittenCacheSize, analyzeThreshold, analyzeScaleFactor);
    }

    public EngineConfig withLastWrittenCacheSize(int size) {
        return new EngineConfig(nodeId, bufferPoolPages, databaseName, superuser, superuserVerifier,
                autovacuumInterval, size, analyzeThreshold, analyzeScaleFactor);
    }

    /** The background analyze's threshold and scale factor. */
    public EngineConfig withAutoAnalyze(long threshold, double scaleFactor) {
        return new EngineConfig(nodeId, bufferPoolPages, databaseName, superuser, superuserVerifier,
                autovacuumInterval, lastWrittenCacheSize, threshold, scaleFactor);
    }
}
