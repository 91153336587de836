package org.borealis.sql.pgcatalog;

/**
 * Where the system relations and catalog functions read the catalog from: the engine catalog as the
 * running statement's transaction sees it. Implemented by the storage session; the snapshot is
 * built once per statement (and again after DDL in the same statement's transaction).
 */
@FunctionalInterface
public interface CatalogSource {

    CatalogSnapshot snapshot();
}
