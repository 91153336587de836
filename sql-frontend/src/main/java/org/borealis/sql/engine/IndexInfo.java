package org.borealis.sql.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An index in the catalog; {@code columns} are attnums of the table, in key order (0 for an
 * expression). {@code exprs} has, per key column, null for a table column or the expression's
 * text; {@code predicate} is a partial index's WHERE text, or null.
 */
public record IndexInfo(int oid, String schema, String name, int tableOid, List<Integer> columns, boolean unique,
                        boolean primary, List<String> exprs, String predicate) {

    public IndexInfo {
        columns = List.copyOf(columns);
        exprs = exprs == null ? Collections.nCopies(columns.size(), null) : Collections.unmodifiableList(new ArrayList<>(exprs));
    }

    public IndexInfo(int oid, String schema, String name, int tableOid, List<Integer> columns, boolean unique,
                     boolean primary) {
        this(oid, schema, name, tableOid, columns, unique, primary, null, null);
    }

    /** Whether every key is a plain column and the index is not partial. */
    public boolean plain() {
        return predicate == null && !columns.contains(0);
    }
}
