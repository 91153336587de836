package org.borealis.pagestore.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borealis.pagestore.service.StorageServiceTest.G;
import static org.borealis.pagestore.service.StorageServiceTest.P;
import static org.borealis.pagestore.service.StorageServiceTest.failure;
import static org.borealis.pagestore.service.StorageServiceTest.get;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.borealis.pagestore.node.StorageEngine;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.testing.PageModel;
import org.borealis.pagestore.testing.RecordStream;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;
import org.borealis.transport.rpc.RpcException;
import org.borealis.transport.rpc.RpcServer;
import org.borealis.transport.rpc.RpcStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GetPage's fast path: a page whose asked version is in the hot-page cache is answered on the I/O
 * thread, so it is served even by a node whose executor takes no work; everything else still goes
 * through the executor (here refused, so it fails OVERLOADED instead of being answered wrongly).
 */
class StorageServiceInlineTest {

    @TempDir
    Path dir;

    @Test
    void cachedPagesAreServedWithoutTheExecutorAndOthersAreNot() throws Exception {
        Executor refusing = r -> {
            throw new RejectedExecutionException("no threads");
        };
        RecordStream s = new RecordStream(0, 1);
        PageModel model = new PageModel();
        byte[][] records = {s.init(10, P, 8), s.write(11, P, 500, new byte[] {1, 2, 3}), s.write(12, P, 501, new byte[] {9})};
        for (byte[] r : records) {
            model.apply(r);
        }
        try (Transport server = Transports.create(TransportConfig.defaults(TransportKind.TCP, "svc-inline"));
             Transport client = Transports.create(TransportConfig.defaults(TransportKind.TCP, "client"));
             StorageEngine engine = StorageEngine.open(StorageServiceTest.config(dir), new SimpleMeterRegistry());
             StorageService service = new StorageService(engine, server, 4);
             RpcServer rpc = new RpcServer("svc-inline", server, new InetSocketAddress("127.0.0.1", 0), service,
                     refusing, 64);
             StorageClient c = get(StorageClient.connect(client, rpc.localAddress(), 30_000));
             RegisteredBuffer frame = client.allocate(PageLayout.PAGE_SIZE)) {
            engine.append(G, 1, RecordStream.batch(records)).get(60, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (engine.state(G).applied() < 12 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(engine.state(G).applied()).isEqualTo(12);

            for (int i = 0; i < 20; i++) {
                StorageClient.PageInfo info = get(c.getPage(G, P, 12, frame, 0));
                assertThat(info.versionLsn()).isEqualTo(12);
                assertThat(info.cacheHit()).isTrue();
                byte[] got = new byte[PageLayout.PAGE_SIZE];
                frame.buffer().get(0, got);
                assertThat(PageModel.withoutChecksum(got)).isEqualTo(model.at(P, 12));
            }
            // an older version is not in the cache: it needs RocksDB, so the executor
            assertOverloaded(c.getPage(G, P, 11, frame, 0));
            // above the SCL: the executor path gives that error; refused by the executor here
            assertOverloaded(c.getPage(G, P, 13, frame, 0));
            // served from the cache again afterwards
            assertThat(get(c.getPage(G, P, 12, frame, 0)).versionLsn()).isEqualTo(12);
        }
    }

    private static void assertOverloaded(java.util.concurrent.CompletableFuture<?> f) throws Exception {
        Throwable err = failure(f);
        assertThat(err).isInstanceOf(RpcException.class);
        assertThat(((RpcException) err).status()).isEqualTo(RpcStatus.OVERLOADED);
    }
}
