package org.borealis.pagestore.client;

import java.util.concurrent.CompletableFuture;

import org.borealis.pagestore.api.PageSource;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.service.StorageClient;
import org.borealis.transport.RegisteredBuffer;

/**
 * {@link PageSource} over one storage node and one protection group: each read is one GetPage@LSN
 * call whose page lands in the caller's registered frame by a one-sided write (read path hop 1 on
 * the compute side; the next hop is {@code StorageService}). The checksum is verified before the
 * future completes. Failures are {@code StorageException}s or {@code RpcException}s that say
 * whether a retry may help. Thread-safe.
 */
public final class SingleNodePageSource implements PageSource {

    private final StorageClient client;
    private final boolean ownsClient;
    private final int group;

    public SingleNodePageSource(StorageClient client, boolean ownsClient, int group) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.group = group;
    }

    @Override
    public CompletableFuture<Void> readPage(PageId page, long lsn, RegisteredBuffer frame, int offset) {
        return client.getPage(group, page, lsn, frame, offset).thenApply(info -> null);
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }
}
