package org.borealis.pagestore.api;

import java.util.concurrent.CompletableFuture;

import org.borealis.pagestore.page.PageId;
import org.borealis.transport.RegisteredBuffer;

/**
 * Where compute's buffer-pool misses go. The read path's seam: GetPage@LSN.
 *
 * <p>Thread-safe; many reads may be in flight.
 */
public interface PageSource extends AutoCloseable {

    /**
     * Reads {@code page} as it was at {@code lsn} (every record up to and including {@code lsn}
     * applied) into {@code frame} at {@code offset} (PAGE_SIZE bytes). A page never written reads
     * as the all-zero empty page. The frame is registered memory so an rdma transport can land the
     * page there by a one-sided transfer. The page's checksum has been verified when the future
     * completes.
     *
     * <p>The future fails with an exception saying whether a retry may help: the LSN is above what
     * storage has (not yet durable there), below its GC horizon, the page is corrupt, or no node
     * answered in time.
     */
    CompletableFuture<Void> readPage(PageId page, long lsn, RegisteredBuffer frame, int offset);

    @Override
    void close();
}
