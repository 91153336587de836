/**
 * Mini-transactions and the log writer: the only way a page changes on compute. Read
 * {@link org.borealis.sql.mtr.MiniTransaction} (build records for exclusively latched pages),
 * then {@link org.borealis.sql.mtr.LogWriter} (the LSN allocator: stamps, appends to the
 * {@link org.borealis.pagestore.api.LogSink} in LSN order, applies through
 * {@link org.borealis.pagestore.redo.RedoRegistry#standard()}, waits for durability).
 */
package org.borealis.sql.mtr;
