package org.borealis.sql.plan;

import java.util.List;

import org.borealis.sql.engine.RowLockMode;
import org.borealis.sql.engine.WaitPolicy;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.BoundExpr;

/**
 * What the row-locking step of {@code SELECT ... FOR UPDATE/SHARE} needs, as the planner lays it
 * out: each row reaching it holds the select list (and hidden sort columns) first and then, from
 * {@code inputStart}, a copy of the whole input row of the FROM clause, in which each locked table
 * has its columns and, after them, its row's tuple id.
 *
 * <p>When a locked row turns out to have been updated by a transaction that committed meanwhile
 * (READ COMMITTED), the newest version replaces that table's columns in the input copy, the
 * {@code recheck} condition (WHERE and inner join conditions) is evaluated again on it, and the
 * row is dropped if it no longer holds, or else its {@code outputs} are computed again, as
 * PostgreSQL's EvalPlanQual does.
 *
 * @param targets    the locked tables
 * @param inputStart where the input copy starts in a row
 * @param inputWidth its width
 * @param recheck    the query's conditions over the input row, or null
 * @param outputs    the select list and hidden sort columns over the input row
 */
public record RowLocking(List<Target> targets, int inputStart, int inputWidth, BoundExpr recheck,
                         List<BoundExpr> outputs) {

    /**
     * One locked table of the FROM clause.
     *
     * @param firstColumn where its columns start in the input row; its tuple id follows them
     */
    public record Target(TableMeta table, int firstColumn, RowLockMode mode, WaitPolicy waitPolicy) {
        public int tidColumn() {
            return firstColumn + table.columns().size();
        }
    }

    static SqlException unsupported() {
        return new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "row locking is not supported by this storage");
    }

    /** The hidden column after a locked table's columns that holds its row's tuple id. */
    static final String TID_COLUMN = "\u0000tid";
}
