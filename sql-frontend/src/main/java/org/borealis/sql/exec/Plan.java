package org.borealis.sql.exec;

import java.util.List;

/**
 * An executable statement: what it returns ({@link #columns()}, null when no rows) and how to start
 * it. Each {@link #start} builds fresh operator state, so a plan may run many times but one
 * execution belongs to one portal.
 */
public interface Plan {

    /** Result columns, or null for a statement that returns no rows. */
    List<ResultColumn> columns();

    Execution start(ExecContext ctx);

    /** The operator tree, for EXPLAIN; null for plans that have none (DML, utility statements). */
    default org.borealis.sql.exec.op.Operator root() {
        return null;
    }

    /** Whether the statement writes (it then needs a read-write transaction). */
    default boolean writes() {
        return false;
    }
}
