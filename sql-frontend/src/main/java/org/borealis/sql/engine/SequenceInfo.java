package org.borealis.sql.engine;

/** A sequence in the catalog: its definition (its OID names its state page). */
public record SequenceInfo(int oid, SequenceDef def) {
}
