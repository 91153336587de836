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
}
