package org.borealis.sql.engine;

import java.util.List;
import java.util.function.Function;

/**
 * A constraint to add.
 *
 * @param name        constraint name (the SQL layer makes PostgreSQL's default names)
 * @param columns     attnums of the constrained columns (empty for CHECK)
 * @param indexOid    PRIMARY KEY/UNIQUE: an existing unique index to use, or 0 to create one
 * @param keyOf       PRIMARY KEY/UNIQUE when creating the index: row bytes to key bytes
 * @param refTableOid FOREIGN KEY: the referenced table, else 0
 * @param refColumns  FOREIGN KEY: attnums of the referenced columns
 * @param onDelete    FOREIGN KEY: PostgreSQL's {@code confdeltype} letter (a, r, c, n, d), else 0
 * @param onUpdate    FOREIGN KEY: {@code confupdtype}, else 0
 * @param checkExpr   CHECK: the expression text, else null
 */
public record ConstraintDef(String name, int tableOid, ConstraintKind kind, List<Integer> columns, int indexOid,
                            Function<byte[], byte[]> keyOf, int refTableOid, List<Integer> refColumns,
                            char onDelete, char onUpdate, String checkExpr) {

    public ConstraintDef {
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
    }
}
