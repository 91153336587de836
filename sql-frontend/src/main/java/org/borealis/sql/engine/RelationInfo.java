package org.borealis.sql.engine;

import java.util.List;

/**
 * A relation in the catalog. Columns are numbered from 1 in list order (PostgreSQL's attnum);
 * dropped columns keep their place in the list ({@link ColumnDef#dropped()}).
 *
 * @param oid    relation OID (also its page-id relation number)
 * @param system true for the engine's own system tables
 */
public record RelationInfo(int oid, String schema, String name, RelationKind kind, List<ColumnDef> columns,
                           boolean system) {

    public RelationInfo {
        columns = List.copyOf(columns);
    }

    /** 1-based attnum of a column, or 0 when there is none of that name. */
    public int attnum(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).dropped() && columns.get(i).name().equals(column)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The newest {@link ColumnDef#typeXid()} of the columns: row versions older than it have another format. */
    public long rewriteXid() {
        long x = 0;
        for (ColumnDef c : columns) {
            x = Math.max(x, c.typeXid());
        }
        return x;
    }

    /** Whether some column was dropped (stored rows then differ from the visible columns). */
    public boolean hasDropped() {
        for (ColumnDef c : columns) {
            if (c.dropped()) {
                return true;
            }
        }
        return false;
    }
}
