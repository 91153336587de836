package org.borealis.sql.engine;

/** A view in the catalog: its OID (which names no pages: a view has no storage) and definition. */
public record ViewInfo(int oid, ViewDef def) {
}
