/**
 * Page and log-record formats, redo, and the storage node. "The log is the database": compute
 * sends log records; this module persists them, replays them into page versions and serves any
 * page at any LSN.
 *
 * <p>Start with {@link org.borealis.pagestore.record.LogRecord} (the record format),
 * {@link org.borealis.pagestore.page.PageLayout} (the page header) and
 * {@link org.borealis.pagestore.redo.RedoRegistry} (the one place a record becomes page bytes).
 * {@link org.borealis.pagestore.api} holds the seams compute depends on.
 */
package org.borealis.pagestore;
