package org.borealis.sql.plan;

import org.borealis.sql.exec.op.Operator;

/**
 * Builds the operators that read a table: a sequential scan, or an index scan over key bounds
 * evaluated when the scan opens, in key order either way. Rows carry every column of the table in
 * order, and with {@code withTid} the row's tuple id one past the last column (for row locking).
 * Implemented over the storage engine.
 */
public interface ScanFactory {

    Operator seqScan(TableMeta table);

    Operator indexScan(TableMeta table, TableMeta.IndexMeta index, IndexBounds bounds);

    /** An index scan whose rows come in key order, descending when {@code backward}. */
    Operator indexScan(TableMeta table, TableMeta.IndexMeta index, IndexBounds bounds, boolean backward);

    /**
     * An index-only scan: as {@link #indexScan(TableMeta, TableMeta.IndexMeta, IndexBounds, boolean)},
     * but rows carry only the index's columns (the others are NULL) and entries whose heap block
     * is all-visible are answered from the index alone. For a query that reads no other column of
     * the table, over an index whose column types {@code KeyDecoder} reads back.
     */
    default Operator indexOnlyScan(TableMeta table, TableMeta.IndexMeta index, IndexBounds bounds, boolean backward) {
        return indexScan(table, index, bounds, backward);
    }

    /** A sequential scan whose rows end with their tuple id. */
    default Operator seqScan(TableMeta table, boolean withTid) {
        if (withTid) {
            throw RowLocking.unsupported();
        }
        return seqScan(table);
    }

    /** An index scan whose rows end with their tuple id. */
    default Operator indexScan(TableMeta table, TableMeta.IndexMeta index, IndexBounds bounds, boolean backward,
                               boolean withTid) {
        if (withTid) {
            throw RowLocking.unsupported();
        }
        return indexScan(table, index, bounds, backward);
    }

    /** Locks the rows {@code input} yields, as {@code locking} says (SELECT ... FOR UPDATE/SHARE). */
    default Operator lockRows(Operator input, RowLocking locking) {
        throw RowLocking.unsupported();
    }

    /**
     * Plans the INSERT, UPDATE or DELETE of a data-modifying WITH query (in the statement's
     * transaction and command, as the main statement).
     */
    default org.borealis.sql.exec.Plan modify(org.borealis.sql.parser.ast.Statement statement, PlanContext pc) {
        throw new org.borealis.sql.error.SqlException(org.borealis.sql.error.SqlState.FEATURE_NOT_SUPPORTED,
                "data-modifying statements in WITH are not supported here");
    }
}
