package org.borealis.sql.engine;

/**
 * A schema (namespace) created by CREATE SCHEMA.
 *
 * @param ownerOid the owning role's OID, or 0 for the bootstrap superuser
 */
public record SchemaInfo(int oid, String name, int ownerOid) {
}
