/**
 * The compute node: PostgreSQL wire protocol, SQL, catalog, executor, access methods, MVCC and a
 * buffer manager whose misses are GetPage@LSN calls. Compute never writes a page anywhere: every
 * change is a log record handed to a {@link org.borealis.pagestore.api.LogSink}.
 */
package org.borealis.sql;
