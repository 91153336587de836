package org.borealis.sql.engine;

import java.util.List;

/** A constraint in the catalog; fields as in {@link ConstraintDef}, {@code indexOid} filled for keys. */
public record ConstraintInfo(int oid, String name, int tableOid, ConstraintKind kind, List<Integer> columns,
                             int indexOid, int refTableOid, List<Integer> refColumns, char onDelete,
                             char onUpdate, String checkExpr) {

    public ConstraintInfo {
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
    }
}
