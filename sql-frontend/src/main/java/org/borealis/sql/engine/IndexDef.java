package org.borealis.sql.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * An index to create. The engine does not know how to turn a row into a key: {@code keyOf}
 * (supplied by the SQL layer, which knows the row format) is called for each existing row when the
 * index is built, and returns null for rows the index leaves out.
 *
 * @param columns     attnums of the key columns, in key order; 0 for an expression
 * @param exprColumns per key column: null for a table column, else the expression as the index's
 *                    column (its name, type, and its text as {@link ColumnDef#defaultExpr()})
 * @param predicate   a partial index's WHERE text, or null
 */
public record IndexDef(String schema, String name, int tableOid, List<Integer> columns, boolean unique,
                       boolean primary, Function<byte[], byte[]> keyOf, List<ColumnDef> exprColumns, String predicate) {

    public IndexDef {
        columns = List.copyOf(columns);
        exprColumns = exprColumns == null ? Collections.nCopies(columns.size(), null)
                : Collections.unmodifiableList(new ArrayList<>(exprColumns));
    }

    public IndexDef(String schema, String name, int tableOid, List<Integer> columns, boolean unique,
                    boolean primary, Function<byte[], byte[]> keyOf) {
        this(schema, name, tableOid, columns, unique, primary, keyOf, null, null);
    }
}
