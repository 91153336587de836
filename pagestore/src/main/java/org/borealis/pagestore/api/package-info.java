/**
 * The two seams compute depends on: {@link org.borealis.pagestore.api.LogSink} (append records,
 * learn the durable LSN) and {@link org.borealis.pagestore.api.PageSource} (a page at an LSN).
 * The single-storage-node implementations live next to the storage client; {@code fabric}
 * supplies the quorum-replicated ones. The SQL engine knows nothing else of storage.
 */
package org.borealis.pagestore.api;
