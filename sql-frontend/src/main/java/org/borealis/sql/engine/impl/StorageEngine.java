package org.borealis.sql.engine.impl;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.borealis.pagestore.api.LogSink;
import org.borealis.pagestore.api.PageSource;
import org.borealis.pagestore.api.WriterStart;
import org.borealis.sql.btree.BTree;
import org.borealis.sql.buffer.BufferPool;
import org.borealis.sql.buffer.LastWrittenLsn;
import org.borealis.sql.catalog.CatalogImpl;
import org.borealis.sql.engine.AutoAnalyzer;
import org.borealis.sql.engine.Catalog;
import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.EngineConfig;
import org.borealis.sql.engine.Index;
import org.borealis.sql.engine.IndexInfo;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.RelationStats;
import org.borealis.sql.engine.Session;
import org.borealis.sql.engine.Table;
import org.borealis.sql.engine.TableActivity;
import org.borealis.sql.engine.TableStatistics;
import org.borealis.sql.engine.VacuumResult;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.heap.HeapTable;
import org.borealis.sql.mtr.LogWriter;
import org.borealis.sql.txn.CommitLog;
import org.borealis.sql.txn.ControlPage;
import org.borealis.sql.txn.LockManager;
import org.borealis.sql.txn.LockTag;
import org.borealis.sql.txn.TransactionManager;
import org.borealis.sql.txn.Txn;
import org.borealis.sql.vacuum.AutoVacuum;
import org.borealis.sql.vacuum.Vacuum;
import org.borealis.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens an engine on a volume and wires its parts.
 *
 * <p>Recovery is no replay: {@link LogSink#open()} says where the durable log ends; the log
 * writer continues above it, the buffer pool reads every page at (at least) that LSN, and the
 * xids this writer hands out start at the limit logged on the control page, so every earlier
 * transaction without a commit record counts as aborted. On an empty volume (or one whose
 * bootstrap never finished) the catalog is created first.
 */
public final class StorageEngine implements Engine {

    private static final Logger LOG = LoggerFactory.getLogger(StorageEngine.class);
    private static final long VACUUM_OWNER_BASE = -1_000_000L;

    private final EngineConfig config;
    final BufferPool pool;
    final LogWriter log;
    final TransactionManager tm;
    final CatalogImpl catalog;
    private final Vacuum vacuum;
    private final AutoVacuum autoVacuum;
    private final java.util.concurrent.atomic.AtomicLong vacuumOwners = new java.util.concurrent.atomic.AtomicLong();
    private volatile AutoAnalyzer autoAnalyzer;

    private StorageEngine(EngineConfig config, LogSink sink, PageSource source, Transport transport) {
        this.config = config;
        String node = config.nodeId();
        WriterStart start;
        try {
            start = sink.open();
        } catch (IOException e) {
            throw new SqlException(SqlState.IO_ERROR, "could not open the log: " + e.getMessage(), e);
        }
        LastWrittenLsn lastWritten = new LastWrittenLsn(config.lastWrittenCacheSize(), start.durableLsn());
        this.log = new LogWriter(node, sink, start.durableLsn(), lastWritten);
        this.pool = new BufferPool(node, config.bufferPoolPages(), transport, source, lastWritten, log::whenDurable);
        ControlPage control = new ControlPage(pool, log);
        boolean bootstrap = !control.isBootstrapped();
        if (bootstrap) {
            control.initialise();
        }
        long horizon = control.xidLimit();
        CommitLog clog = new CommitLog(pool, log, horizon);
        this.tm = new TransactionManager(node, log, control, clog, new LockManager(), horizon);
        this.catalog = new CatalogImpl(pool, log, tm, control);
        if (bootstrap) {
            LOG.info("[{}] empty volume: creating the catalog, database {} and superuser {}", node,
                    config.databaseName(), config.superuser());
            catalog.bootstrap(config.databaseName(), config.superuser(), config.superuserVerifier());
            log.awaitDurable(control.markBootstrapped());
        }
        this.vacuum = new Vacuum(pool, log, tm);
        Duration every = config.autovacuumInterval();
        this.autoVacuum = every == null || every.isZero() ? null
                : new AutoVacuum(node, every, this::tableOids, this::needsVacuum, this::tryVacuum,
                        this::needsAnalyze, this::tryAnalyze);
        LOG.info("[{}] engine open at durable LSN {} (epoch {}), database {}", node, start.durableLsn(),
                start.epoch(), catalog.databaseName());
    }

    public static Engine open(EngineConfig config, LogSink sink, PageSource source, Transport transport) {
        return new StorageEngine(config, sink, source, transport);
    }

    @Override
    public Session openSession() {
        return new SessionImpl(this);
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public Table table(int relationOid) {
        return catalog.heap(relationOid);
    }

    @Override
    public Index index(int indexOid) {
        return catalog.btree(indexOid);
    }

    @Override
    public RelationStats stats(int oid) {
        RelationInfo r = catalog.relation(null, oid).orElseThrow(() -> new SqlException(SqlState.UNDEFINED_TABLE,
                "relation with OID " + oid + " does not exist"));
        if (r.kind() == RelationKind.INDEX) {
            BTree bt = catalog.btree(oid);
            RelationStats table = stats(bt.tableOid());
            return new RelationStats(bt.blocks(), table.liveTuples(), 0);
        }
        if (r.kind() != RelationKind.TABLE) {
            return new RelationStats(1, 1, 0);
        }
        HeapTable h = catalog.heap(oid);
        if (h.liveBase() < 0) {
            Txn counter = tm.begin(org.borealis.sql.engine.Isolation.READ_COMMITTED, true);
            long n = 0;
            try (org.borealis.sql.engine.Cursor<org.borealis.sql.engine.Row> c = h.scan(counter)) {
                while (c.hasNext()) {
                    c.next();
                    n++;
                }
            } finally {
                counter.rollback();
            }
            h.setLiveCount(n);
        }
        long[] changes = h.changeCounters();
        return new RelationStats(h.freeSpace().blocks(), Math.max(0, h.liveBase() + changes[0] - changes[1]),
                changes[1], h.allVisibleCount());
    }

    @Override
    public long countAllVisible(int tableOid) {
        HeapTable h = catalog.heap(tableOid);
        long n = h.visibilityMap().count(h.freeSpace().blocks());
        h.setAllVisibleCount(n);
        return n;
    }

    @Override
    public VacuumResult vacuum(int tableOid) {
        HeapTable heap = catalog.heap(tableOid);
        long owner = VACUUM_OWNER_BASE - vacuumOwners.incrementAndGet();
        LockManager locks = tm.locks();
        locks.acquire(owner, LockTag.ddl(), LockManager.Mode.EXCLUSIVE, true);
        try {
            VacuumResult r = vacuumLocked(heap);
            heap.activity().vacuumed(false, nowMicros());
            return r;
        } finally {
            locks.releaseAll(owner);
        }
    }

    private static long nowMicros() {
        return java.time.Instant.now().toEpochMilli() * 1000;
    }

    private VacuumResult vacuumLocked(HeapTable heap) {
        List<BTree> indexes = new ArrayList<>();
        for (IndexInfo x : catalog.committedIndexes(heap.oid())) {
            indexes.add(catalog.btree(x.oid()));
        }
        synchronized (heap) {
            return vacuum.run(heap, indexes);
        }
    }

    private boolean tryVacuum(int oid) {
        long owner = VACUUM_OWNER_BASE - vacuumOwners.incrementAndGet();
        LockManager locks = tm.locks();
        if (!locks.acquire(owner, LockTag.ddl(), LockManager.Mode.EXCLUSIVE, false)) {
            return false;
        }
        try {
            HeapTable heap = catalog.heap(oid);
            vacuumLocked(heap);
            heap.activity().vacuumed(true, nowMicros());
            return true;
        } finally {
            locks.releaseAll(owner);
        }
    }

    private boolean needsVacuum(int oid) {
        HeapTable h = catalog.heap(oid);
        long[] c = h.changeCounters();
        long live = Math.max(0, h.liveBase()) + c[0] - c[1];
        return c[1] > 50 + live / 5;
    }

    /**
     * PostgreSQL's rule: rows changed since the last analyze above threshold + scale factor ×
     * the rows that analyze found (0 for a table never analysed, as PostgreSQL takes reltuples
     * -1).
     */
    private boolean needsAnalyze(int oid) {
        if (autoAnalyzer == null || catalog.relation(null, oid).filter(r -> !r.system()).isEmpty()) {
            return false;
        }
        long mods = catalog.heap(oid).activity().modSinceAnalyze();
        if (mods <= config.analyzeThreshold()) {
            return false;
        }
        double reltuples = catalog.statistics(null, oid).map(TableStatistics::reltuples).orElse(0.0);
        return mods > config.analyzeThreshold() + config.analyzeScaleFactor() * Math.max(0, reltuples);
    }

    private String tryAnalyze(int oid) {
        AutoAnalyzer a = autoAnalyzer;
        return a == null ? null : a.analyze(oid);
    }

    @Override
    public TableActivity activity(int tableOid) {
        RelationInfo r = catalog.relation(null, tableOid).orElse(null);
        if (r == null || r.kind() != RelationKind.TABLE) {
            return TableActivity.NONE;
        }
        return catalog.heap(tableOid).activity().snapshot();
    }

    @Override
    public void analyzed(int tableOid, long modsSeen, boolean auto) {
        if (catalog.relation(null, tableOid).filter(r -> r.kind() == RelationKind.TABLE).isPresent()) {
            catalog.heap(tableOid).activity().analyzed(modsSeen, auto, nowMicros());
        }
    }

    @Override
    public void autoAnalyzer(AutoAnalyzer analyzer) {
        this.autoAnalyzer = analyzer;
    }

    private int[] tableOids() {
        return catalog.committedTables().stream().mapToInt(RelationInfo::oid).toArray();
    }

    @Override
    public VacuumResult vacuumAll() {
        VacuumResult total = new VacuumResult(0, 0, 0);
        for (int oid : tableOids()) {
            total = total.plus(vacuum(oid));
        }
        return total;
    }

    @Override
    public String databaseName() {
        return catalog.databaseName();
    }

    @Override
    public long lastLsn() {
        return log.lastLsn();
    }

    /** The buffer pool (for tests and benchmarks). */
    public BufferPool bufferPool() {
        return pool;
    }

    /** The transaction manager (for tests). */
    public TransactionManager transactions() {
        return tm;
    }

    @Override
    public void close() {
        if (autoVacuum != null) {
            autoVacuum.close();
        }
        pool.close();
        LOG.info("[{}] engine closed at LSN {}", config.nodeId(), log.lastLsn());
    }
}
