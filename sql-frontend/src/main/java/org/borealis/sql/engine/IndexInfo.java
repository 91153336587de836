package org.borealis.sql.engine;

import java.util.List;

/** An index in the catalog; {@code columns} are attnums of the table, in key order. */
public record IndexInfo(int oid, String schema, String name, int tableOid, List<Integer> columns, boolean unique,
                        boolean primary) {

    public IndexInfo {
        columns = List.copyOf(columns);
    }
}
