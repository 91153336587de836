package org.borealis.sql.engine;

import java.util.List;

/** A table to create: schema (null for {@code public}), name and columns in order. */
public record TableDef(String schema, String name, List<ColumnDef> columns) {

    public TableDef {
        columns = List.copyOf(columns);
    }
}
