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

    public EngineStorage(Engine engine) {
        this.engine = engine;
        engine.autoAnalyzer(new AutoAnalyze(this, engine));
    }

    public Engine engine() {
        return engine;
    }

    @Override
    public StorageSession openSession() {
        return new EngineStorageSession(this, engine);
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
