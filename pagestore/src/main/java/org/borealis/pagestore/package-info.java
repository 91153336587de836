/**
 * Page and log-record formats, redo, and the storage node. "The log is the database": compute
 * sends log records; this module persists them, replays them into page versions and serves any
 * page at any LSN.
 *
 * <p>Start with {@link org.borealis.pagestore.record.LogRecord} (the record format),
 * {@link org.borealis.pagestore.page.PageLayout} (the page header) and
 * {@link org.borealis.pagestore.redo.RedoRegistry} (the one place a record becomes page bytes).
 * {@link org.borealis.pagestore.api} holds the seams compute depends on.
 *
 * <p>The storage node: {@link org.borealis.pagestore.node.StorageNode} starts one;
 * {@link org.borealis.pagestore.node.StorageEngine} coordinates the durable log
 * ({@link org.borealis.pagestore.log}), replay ({@link org.borealis.pagestore.replay}) and the
 * versioned page store ({@link org.borealis.pagestore.store}); {@link org.borealis.pagestore.service}
 * puts it on the transport and {@link org.borealis.pagestore.client} implements the compute seams
 * over one node. {@code docs/storage.md} walks through it.
 */
package org.borealis.pagestore;
