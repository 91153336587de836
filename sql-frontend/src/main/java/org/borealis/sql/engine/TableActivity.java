package org.borealis.sql.engine;

/**
 * What a table has seen since this engine opened (PostgreSQL's cumulative statistics of
 * {@code pg_stat_user_tables}; like PostgreSQL's after a crash, they start again from zero when
 * the engine opens). Times are microseconds since the Unix epoch, 0 for never.
 *
 * @param modSinceAnalyze  rows inserted, updated or deleted since the table was last analysed
 *                         (PostgreSQL's {@code n_mod_since_analyze}): what the background analyze goes by
 * @param lastVacuum       the last {@code VACUUM} of the table
 * @param lastAutovacuum   the last vacuum by the background pass
 * @param lastAnalyze      the last {@code ANALYZE}
 * @param lastAutoanalyze  the last analyze by the background pass
 * @param vacuumCount      {@code VACUUM}s
 * @param autovacuumCount  background vacuums
 * @param analyzeCount     {@code ANALYZE}s
 * @param autoanalyzeCount background analyzes
 */
public record TableActivity(long modSinceAnalyze, long lastVacuum, long lastAutovacuum, long lastAnalyze,
                            long lastAutoanalyze, long vacuumCount, long autovacuumCount, long analyzeCount,
                            long autoanalyzeCount) {

    /** A table nothing happened to (or one this engine does not know). */
    public static final TableActivity NONE = new TableActivity(0, 0, 0, 0, 0, 0, 0, 0, 0);
}
