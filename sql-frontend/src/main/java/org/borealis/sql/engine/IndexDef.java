package org.borealis.sql.engine;

import java.util.List;
import java.util.function.Function;

/**
 * An index to create. The engine does not know how to turn a row into a key: {@code keyOf}
 * (supplied by the SQL layer, which knows the row format) is called for each existing row when the
 * index is built, and returns null for rows the index leaves out.
 *
 * @param columns attnums of the key columns, in key order
 */
public record IndexDef(String schema, String name, int tableOid, List<Integer> columns, boolean unique,
                       boolean primary, Function<byte[], byte[]> keyOf) {

    public IndexDef {
        columns = List.copyOf(columns);
    }
}
