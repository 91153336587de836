package org.borealis.sql.exec.storage;

import java.util.Optional;

import org.borealis.sql.auth.RoleCredentials;
import org.borealis.sql.engine.Engine;
import org.borealis.sql.session.Storage;
import org.borealis.sql.session.StorageSession;

/**
 * The SQL layer's {@link Storage} over the storage engine; gives the engine's background pass
 * its ANALYZE ({@link AutoAnalyze}). Thread-safe.
 */
public final class EngineStorage implements Storage {

    private final Engine engine;
    private final java.util.concurrent.atomic.AtomicLong catalogVersion = new java.util.concurrent.atomic.AtomicLong();

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EngineStorage.class);

    private final String nodeId;
    /** Temporary-schema slots of the open sessions ({@link TempSchemas}). */
    private final java.util.BitSet slots = new java.util.BitSet();

    public EngineStorage(Engine engine) {
        this(engine, "compute");
    }

    /**
     * Drops what temporary schemas still hold (tables of sessions a crash or restart ended) before
     * any session opens.
     */
    public EngineStorage(Engine engine, String nodeId) {
        this.engine = engine;
        this.nodeId = nodeId;
        dropTempLeftovers();
        engine.autoAnalyzer(new AutoAnalyze(this, engine));
    }

    private void dropTempLeftovers() {
        EngineStorageSession s = new EngineStorageSession(this, engine, 0);
        try {
            s.begin(false, false);
            int cleared = TempSchemas.dropLeftovers(s);
            s.commit();
            if (cleared > 0) {
                LOG.info("[{}] dropped the temporary relations of {} ended session(s)", nodeId, cleared);
            }
        } finally {
            s.close();
        }
    }

    String nodeId() {
        return nodeId;
    }

    /** The lowest free temporary-schema slot, from {@link TempSchemas#FIRST_SLOT}. */
    synchronized int takeSlot() {
        int slot = slots.nextClearBit(TempSchemas.FIRST_SLOT);
        slots.set(slot);
        return slot;
    }

    synchronized void releaseSlot(int slot) {
        slots.clear(slot);
    }

    public Engine engine() {
        return engine;
    }

    @Override
    public StorageSession openSession() {
        return new EngineStorageSession(this, engine, takeSlot());
    }

    @Override
    public Optional<RoleCredentials> role(String name) {
        return engine.catalog().role(null, name)
                .map(r -> new RoleCredentials(r.name(), r.superuser(), r.login(), r.passwordVerifier()));
    }

    /** Changes with every DDL statement run on this node; cached plans older than it are re-planned. */
    long catalogVersion() {
        return catalogVersion.get();
    }

    void bumpCatalogVersion() {
        catalogVersion.incrementAndGet();
    }

    @Override
    public String databaseName() {
        return engine.databaseName();
    }
}
