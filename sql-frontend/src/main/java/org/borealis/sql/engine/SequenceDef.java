package org.borealis.sql.engine;

/**
 * A sequence to create, with PostgreSQL's options (the SQL layer fills PostgreSQL's defaults:
 * increment 1, min 1, max Long.MAX_VALUE, start = min for ascending sequences).
 *
 * @param ownerTableOid  table owning it (SERIAL/identity; dropped with it), or 0
 * @param ownerColumn    attnum of the owning column, or 0
 */
public record SequenceDef(String schema, String name, long increment, long minValue, long maxValue, long start,
                          boolean cycle, int ownerTableOid, int ownerColumn) {

    public SequenceDef {
        if (increment == 0) {
            throw new IllegalArgumentException("INCREMENT must not be zero");
        }
    }

    public static SequenceDef ascending(String schema, String name) {
        return new SequenceDef(schema, name, 1, 1, Long.MAX_VALUE, 1, false, 0, 0);
    }
}
