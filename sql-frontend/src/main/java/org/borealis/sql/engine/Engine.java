package org.borealis.sql.engine;

import org.borealis.pagestore.api.LogSink;
import org.borealis.pagestore.api.PageSource;
import org.borealis.sql.engine.impl.StorageEngine;
import org.borealis.transport.Transport;

/**
 * One compute node's storage engine over a volume: the entry point of the API.
 *
 * <p>{@link #open} recovers the volume through {@link LogSink#open()} (no redo on compute: pages
 * are read from storage at the durable LSN; transactions without a commit record are aborted),
 * and on an empty volume bootstraps the catalog, the database name and the bootstrap superuser
 * named in the {@link EngineConfig}. The engine never writes a page: every change is a log record
 * handed to the sink and applied to the cached page by the same redo code storage replays with.
 *
 * <p>Thread-safe. Sessions, transactions and cursors are each used by one thread at a time.
 */
public interface Engine extends AutoCloseable {

    /**
     * Opens the engine on a volume.
     *
     * @param sink      where log records go; {@link LogSink#open()} is called here
     * @param source    where buffer-pool misses go (GetPage@LSN)
     * @param transport allocates the buffer pool's frames (registered memory)
     * @throws org.borealis.sql.error.SqlException {@code 58030} when storage cannot be reached,
     *         {@code XX001} when what it returns is corrupt
     */
    static Engine open(EngineConfig config, LogSink sink, PageSource source, Transport transport) {
        return StorageEngine.open(config, sink, source, transport);
    }

    /** A new session: the scope of transactions and of sequence {@code currval}/{@code lastval}. */
    Session openSession();

    /** Catalog DDL and lookups. */
    Catalog catalog();

    /**
     * The heap of a table.
     *
     * @throws org.borealis.sql.error.SqlException {@code 42P01} when no table has that OID
     */
    Table table(int relationOid);

    /**
     * A B-tree index.
     *
     * @throws org.borealis.sql.error.SqlException {@code 42704} when no index has that OID
     */
    Index index(int indexOid);

    /** Planner statistics of a table or index: pages and (estimated) live and dead tuples. */
    RelationStats stats(int relationOid);

    /**
     * Counts a table's all-visible pages in its visibility map now and keeps the count for
     * {@link #stats} (ANALYZE does, as PostgreSQL's updates {@code relallvisible}).
     */
    default long countAllVisible(int tableOid) {
        return 0;
    }

    /**
     * Vacuums one table (SQL {@code VACUUM t}): prunes row versions no snapshot can see any more
     * and their index entries, logged like every change. Runs in the caller's thread; must not be
     * called inside a transaction block of the same session.
     */
    VacuumResult vacuum(int tableOid);

    /** Vacuums every table, the system tables included (SQL {@code VACUUM}). */
    VacuumResult vacuumAll();

    /**
     * What a table has seen since the engine opened ({@code pg_stat_user_tables}): rows changed
     * since its last analyze, vacuum and analyze times and counts; {@link TableActivity#NONE} for
     * an OID that names no table.
     */
    TableActivity activity(int tableOid);

    /**
     * Notes an ANALYZE of a table (by a statement, or by the {@link AutoAnalyzer} when
     * {@code auto}) that began when {@code modsSeen} rows had changed since the previous one.
     */
    void analyzed(int tableOid, long modsSeen, boolean auto);

    /**
     * Sets what the background pass calls to analyse a table whose rows changed since its last
     * analyze exceed {@link EngineConfig#analyzeThreshold()} + {@link EngineConfig#analyzeScaleFactor()}
     * × its rows at that analyze (PostgreSQL's autovacuum rule). Without one (or without a
     * background pass, {@link EngineConfig#autovacuumInterval()} zero) tables are analysed only
     * when asked.
     */
    void autoAnalyzer(AutoAnalyzer analyzer);

    /** The database name chosen at bootstrap (stored in the catalog). */
    String databaseName();

    /** LSN of the last record this engine appended (0 before the first). */
    long lastLsn();

    /** Closes sessions' resources and the buffer pool; does not close the sink or source. */
    @Override
    void close();
}
