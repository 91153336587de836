package org.borealis.sql.engine;

/**
 * Analyses a table for the engine's background pass ({@link Engine#autoAnalyzer}). The engine
 * decides when (rows changed since the last analyze above the threshold); ANALYZE itself is the
 * SQL layer's, since the engine knows no column types.
 */
@FunctionalInterface
public interface AutoAnalyzer {

    /**
     * Analyses one table in a transaction of its own, without waiting for locks user transactions
     * hold.
     *
     * @return what to log of it (the table's qualified name and the rows read), or null when it
     *         was skipped (the table is gone, or the catalog was locked by DDL: tried next round)
     */
    String analyze(int tableOid);
}
