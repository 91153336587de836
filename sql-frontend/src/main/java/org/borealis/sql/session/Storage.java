package org.borealis.sql.session;

import java.util.Optional;

/**
 * The database a compute node serves, as sessions see it: one {@link StorageSession} per client
 * session, roles for authentication, the database name. Implemented over the storage engine.
 */
public interface Storage {

    StorageSession openSession();

    /** A role by name, read outside any transaction (for authentication). */
    Optional<org.borealis.sql.auth.RoleCredentials> role(String name);

    String databaseName();
}
