/**
 * The buffer pool: a fixed set of 8 KiB frames in registered off-heap memory, whose misses are
 * GetPage@LSN calls. Read {@link org.borealis.sql.buffer.BufferPool} first, then
 * {@link org.borealis.sql.buffer.Frame} (pins and latches) and
 * {@link org.borealis.sql.buffer.LastWrittenLsn}. Compute never writes a page: pages change only
 * through mini-transactions ({@code org.borealis.sql.mtr}), and eviction only forgets.
 */
package org.borealis.sql.buffer;
