package org.borealis.pagestore.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.borealis.pagestore.config.LogConfig;
import org.borealis.pagestore.config.ServiceConfig;
import org.borealis.pagestore.config.StorageConfig;
import org.borealis.pagestore.config.StoreConfig;
import org.borealis.pagestore.log.AppendAck;
import org.borealis.pagestore.log.LogMode;
import org.borealis.pagestore.node.GroupState;
import org.borealis.pagestore.node.StorageNode;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.testing.PageModel;
import org.borealis.pagestore.testing.RecordStream;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;
import org.borealis.transport.rpc.RpcException;
import org.borealis.transport.rpc.RpcStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage service end to end over real tcp sockets on loopback. */
class StorageServiceTest {

    static final int G = 1;
    static final PageId P = new PageId(4000, 0, 3);

    @TempDir
    Path dir;

    Transport serverTransport;
    Transport clientTransport;
    StorageNode node;
    StorageClient client;
    RegisteredBuffer frames;

    static StorageConfig config(Path dir) {
        return new StorageConfig("svc-1", dir.toString(), new LogConfig(LogMode.FSYNC, 1 << 20),
                new StoreConfig(4, 64, java.time.Duration.ofSeconds(20), 64, java.time.Duration.ofHours(1)),
                new ServiceConfig("127.0.0.1", 0, -1, 4, 1024, 8));
    }

    @BeforeEach
    void start() throws Exception {
        serverTransport = Transports.create(TransportConfig.defaults(TransportKind.TCP, "svc-1"));
        clientTransport = Transports.create(TransportConfig.defaults(TransportKind.TCP, "client"));
        node = StorageNode.start(config(dir), serverTransport, new SimpleMeterRegistry());
        client = get(StorageClient.connect(clientTransport, node.address(), 30_000));
        frames = clientTransport.allocate(4 * PageLayout.PAGE_SIZE);
    }

    @AfterEach
    void stop() {
        client.close();
        frames.close();
        node.close();
        clientTransport.close();
        serverTransport.close();
    }

    static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(60, TimeUnit.SECONDS);
    }

    static Throwable failure(CompletableFuture<?> f) throws Exception {
        try {
            f.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("expected a failure");
    }

    static StorageStatus status(CompletableFuture<?> f) throws Exception {
        Throwable t = failure(f);
        assertThat(t).isInstanceOf(StorageException.class);
        return ((StorageException) t).storageStatus();
    }

    @Test
    void appendThenGetPageLandsThePageInTheFrame() throws Exception {
        RecordStream s = new RecordStream(0, 1);
        PageModel model = new PageModel();
        byte[] a = s.init(10, P, 8);
        byte[] b = s.write(11, P, 500, new byte[] {1, 2, 3});
        byte[] c = s.write(12, P, 501, new byte[] {9});
        for (byte[] r : List.of(a, b, c)) {
            model.apply(r);
        }
        AppendAck ack = get(client.append(G, 1, RecordStream.batch(a, b, c)));
        assertThat(ack).isEqualTo(new AppendAck(12, 1, 3));

        for (long lsn : new long[] {12, 11, 10, 9}) {
            StorageClient.PageInfo info = get(client.getPage(G, P, lsn, frames, PageLayout.PAGE_SIZE));
            byte[] got = new byte[PageLayout.PAGE_SIZE];
            frames.buffer().get(PageLayout.PAGE_SIZE, got);
            assertThat(PageModel.withoutChecksum(got)).as("LSN %d", lsn).isEqualTo(model.at(P, lsn));
            assertThat(info.versionLsn()).isEqualTo(lsn == 9 ? 0 : lsn);
            assertThat(info.checksum()).isEqualTo(ByteBuffer.wrap(got).getInt(8));
        }
        List<GroupState> states = get(client.state());
        assertThat(states).containsExactly(new GroupState(G, 12, 12, 0, 1));
        assertThat(get(client.state(99))).isEqualTo(new GroupState(99, 0, 0, 0, 0));
    }

    @Test
    void failuresComeBackTypedWithTheirRetriableFlag() throws Exception {
        RecordStream s = new RecordStream(0, 2);
        get(client.append(G, 2, RecordStream.batch(s.write(5, P, 100, new byte[] {1}), s.write(6, P, 100, new byte[] {2}))));
        RecordStream old = new RecordStream(6, 1);
        StorageException stale = (StorageException) failure(client.append(G, 1,
                RecordStream.batch(old.write(7, P, 100, new byte[] {3}))));
        assertThat(stale.storageStatus()).isEqualTo(StorageStatus.STALE_EPOCH);
        assertThat(stale.retriable()).isFalse();
        assertThat(stale.getMessage()).startsWith("STALE_EPOCH: ").contains("epoch 2");

        StorageException notDurable = (StorageException) failure(client.getPage(G, P, 7, frames, 0));
        assertThat(notDurable.storageStatus()).isEqualTo(StorageStatus.NOT_DURABLE);
        assertThat(notDurable.retriable()).isTrue();

        byte[] bad = s.write(7, P, 100, new byte[] {3});
        bad[50] ^= 1;
        assertThat(status(client.append(G, 2, RecordStream.batch(bad)))).isEqualTo(StorageStatus.BAD_BATCH);

        get(client.setHorizon(G, 6));
        assertThat(status(client.getPage(G, P, 5, frames, 0))).isEqualTo(StorageStatus.BELOW_HORIZON);
        assertThat(get(client.state(G)).horizon()).isEqualTo(6);
        assertThat(status(client.truncate(G, 1, 0))).isEqualTo(StorageStatus.STALE_EPOCH);
    }

    @Test
    void aMalformedRequestIsRefusedAndTheNodeKeepsServing() throws Exception {
        // a GetPage whose region is too small for a page, and a truncated AppendLog header
        RegisteredBuffer tiny = clientTransport.allocate(100);
        try {
            assertThatThrownBy(() -> client.getPage(G, P, 0, tiny, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        } finally {
            tiny.close();
        }
        org.borealis.transport.rpc.RpcClient raw = get(org.borealis.transport.rpc.RpcClient.connect(clientTransport,
                node.address(), 30_000, 16));
        try {
            Throwable t = failure(raw.call(StorageMethods.APPEND_LOG, ByteBuffer.allocate(3),
                    org.borealis.transport.rpc.ResponseDecoder.COPY));
            assertThat(((RpcException) t).status()).isEqualTo(RpcStatus.BAD_REQUEST);
            ByteBuffer smallRegion = ByteBuffer.allocate(StorageMethods.GET_PAGE_REQUEST).putInt(G);
            P.writeTo(smallRegion);
            smallRegion.putLong(0);
            frames.region().slice(0, 100).writeTo(smallRegion);
            t = failure(raw.call(StorageMethods.GET_PAGE, smallRegion.flip(),
                    org.borealis.transport.rpc.ResponseDecoder.COPY));
            assertThat(((RpcException) t).status()).isEqualTo(RpcStatus.BAD_REQUEST);
            assertThat(t.getMessage()).contains("a page needs 8192");
            t = failure(raw.call(77, ByteBuffer.allocate(0), org.borealis.transport.rpc.ResponseDecoder.COPY));
            assertThat(((RpcException) t).status()).isEqualTo(RpcStatus.UNKNOWN_METHOD);
        } finally {
            raw.close();
        }
        RecordStream s = new RecordStream(0, 1);
        assertThat(get(client.append(G, 1, RecordStream.batch(s.write(1, P, 100, new byte[] {1})))).scl()).isEqualTo(1);
    }

    /**
     * The reply travels right behind the page's one-sided write: when the caller's side refuses
     * the write (a region with a key it never registered), the reply must never arrive as a
     * success; the call fails as a lost connection and the node keeps serving.
     */
    @Test
    void aGetPageIntoARegionTheCallerRefusesNeverSucceeds() throws Exception {
        RecordStream s = new RecordStream(0, 1);
        get(client.append(G, 1, RecordStream.batch(s.init(1, P, 0), s.write(2, P, 64, new byte[] {5}))));
        org.borealis.transport.rpc.RpcClient raw = get(org.borealis.transport.rpc.RpcClient.connect(clientTransport,
                node.address(), 30_000, 16));
        try {
            org.borealis.transport.RemoteRegion r = frames.region();
            ByteBuffer req = ByteBuffer.allocate(StorageMethods.GET_PAGE_REQUEST).putInt(G);
            P.writeTo(req);
            req.putLong(2);
            new org.borealis.transport.RemoteRegion(r.address(), r.key() + 1, r.length()).writeTo(req);
            Throwable t = failure(raw.call(StorageMethods.GET_PAGE, req.flip(),
                    org.borealis.transport.rpc.ResponseDecoder.COPY));
            assertThat(t).isInstanceOf(RpcException.class);
            assertThat(((RpcException) t).status()).isEqualTo(RpcStatus.CONNECTION_LOST);
        } finally {
            raw.close();
        }
        StorageClient.PageInfo info = get(client.getPage(G, P, 2, frames, 0));
        assertThat(info.versionLsn()).isEqualTo(2);
        assertThat(frames.buffer().get(64)).isEqualTo((byte) 5);
    }

    @Test
    void pagesNeverWrittenAreAllZero() throws Exception {
        RecordStream s = new RecordStream(0, 1);
        get(client.append(G, 1, RecordStream.batch(s.write(1, P, 100, new byte[] {1}))));
        frames.buffer().put(0, new byte[PageLayout.PAGE_SIZE]).put(10, (byte) 7);
        StorageClient.PageInfo info = get(client.getPage(G, new PageId(1, 0, 1), 1, frames, 0));
        assertThat(info.versionLsn()).isZero();
        assertThat(PageLayout.isAllZero(frames.buffer().slice(0, PageLayout.PAGE_SIZE))).isTrue();
    }

    @Test
    void manyConcurrentReadsShareTheSlots() throws Exception {
        RecordStream s = new RecordStream(0, 1);
        get(client.append(G, 1, RecordStream.batch(s.init(1, P, 0), s.write(2, P, 64, new byte[] {5}))));
        RegisteredBuffer many = clientTransport.allocate(64 * PageLayout.PAGE_SIZE);
        try {
            CompletableFuture<?>[] reads = new CompletableFuture<?>[64];
            for (int i = 0; i < 64; i++) {
                reads[i] = client.getPage(G, P, 2, many, i * PageLayout.PAGE_SIZE);
            }
            get(CompletableFuture.allOf(reads));
            for (int i = 0; i < 64; i++) {
                assertThat(many.buffer().get(i * PageLayout.PAGE_SIZE + 64)).isEqualTo((byte) 5);
            }
        } finally {
            many.close();
        }
        assertThatThrownBy(() -> client.getPage(G, P, 2, frames, 4 * PageLayout.PAGE_SIZE))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
