/**
 * The heap access method: row versions with an MVCC header in slotted pages
 * ({@code org.borealis.pagestore.heap.HeapPage}), inserted, updated (new version and ctid link),
 * deleted and locked through logged records only. Read {@link org.borealis.sql.heap.HeapTable}
 * first, then {@link org.borealis.sql.heap.FreeSpaceMap} (relation size and free space, logged)
 * and {@link org.borealis.sql.heap.RowChange} (the concurrency protocol of update, delete and
 * row locks); {@link org.borealis.sql.heap.VisibilityMap} keeps the all-visible bits vacuum sets
 * and every heap change clears, which index-only scans read.
 */
package org.borealis.sql.heap;
