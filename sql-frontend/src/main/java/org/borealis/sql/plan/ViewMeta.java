package org.borealis.sql.plan;

import java.util.List;

/**
 * What the planner knows of a view: its output columns (names, types, typmods as created), the
 * query text it expands to in FROM, and the {@code search_path} that query was created under.
 */
public record ViewMeta(int oid, String schema, String name, List<TableMeta.Column> columns, String query,
                       String searchPath) {

    public ViewMeta {
        columns = List.copyOf(columns);
    }
}
