package org.borealis.sql.exec.storage;

import java.util.Optional;

import org.borealis.sql.auth.RoleCredentials;
import org.borealis.sql.engine.Engine;
import org.borealis.sql.session.Storage;
import org.borealis.sql.session.StorageSession;

/** The SQL layer's {@link Storage} over the storage engine. Thread-safe. */
public final class EngineStorage implements Storage {

    private final Engine engine;

    public EngineStorage(Engine engine) {
        this.engine = engine;
    }

    public Engine engine() {
        return engine;
    }

    @Override
    public StorageSession openSession() {
        return new EngineStorageSession(engine);
    }

    @Override
    public Optional<RoleCredentials> role(String name) {
        return engine.catalog().role(null, name)
                .map(r -> new RoleCredentials(r.name(), r.superuser(), r.login(), r.passwordVerifier()));
    }

    @Override
    public String databaseName() {
        return engine.databaseName();
    }
}
