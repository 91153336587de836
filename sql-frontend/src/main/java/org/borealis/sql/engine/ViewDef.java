package org.borealis.sql.engine;

import java.util.List;

/**
 * A view to create or replace: schema (null for {@code public}), name, output columns (name, type
 * and typmod; never NOT NULL or defaulted), the query text the SQL layer plans at each use, the
 * {@code search_path} it was created under (so unqualified names keep resolving as they did), and
 * the OIDs of the tables and views the query reads (a drop of one of them needs CASCADE).
 */
public record ViewDef(String schema, String name, List<ColumnDef> columns, String query, String searchPath,
                      List<Integer> dependsOn) {

    public ViewDef {
        columns = List.copyOf(columns);
        dependsOn = List.copyOf(dependsOn);
    }
}
