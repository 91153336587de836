package org.borealis.sql.plan;

import org.borealis.sql.exec.op.Operator;

/**
 * Builds the operators that read a table: a sequential scan, or an index scan over key bounds
 * evaluated when the scan opens, in key order either way. Rows carry every column of the table in order. Implemented over
 * the storage engine.
 */
public interface ScanFactory {

    Operator seqScan(TableMeta table);

    Operator indexScan(TableMeta table, TableMeta.IndexMeta index, IndexBounds bounds);

    /** An index scan whose rows come in key order, descending when {@code backward}. */
    Operator indexScan(TableMeta table, TableMeta.IndexMeta index, IndexBounds bounds, boolean backward);
}
