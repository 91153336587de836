package org.borealis.bench.storage;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.HdrHistogram.Histogram;
import org.borealis.pagestore.config.LogConfig;
import org.borealis.pagestore.config.ServiceConfig;
import org.borealis.pagestore.config.StorageConfig;
import org.borealis.pagestore.config.StoreConfig;
import org.borealis.pagestore.log.LogMode;
import org.borealis.pagestore.node.StorageNode;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.record.LogRecordWriter;
import org.borealis.pagestore.record.RecordTypes;
import org.borealis.pagestore.service.StorageClient;
import org.borealis.transport.CompletionHandler;
import org.borealis.transport.Endpoint;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.RemoteRegion;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportException;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;
import org.borealis.transport.rpc.ResponseDecoder;
import org.borealis.transport.rpc.RpcClient;
import org.borealis.transport.rpc.RpcServer;

/**
 * GetPage@LSN latency (p50, p99) over the tcp transport on loopback, one call at a time: a page
 * from the hot-image cache, a page read from its RocksDB image, and an image plus 16 deltas —
 * side by side with the transport's plain round trips in the same run: an empty RPC, and an RPC
 * whose server posts a one-sided write of 8 KiB into the caller's region and the reply right behind
 * it (the shape of GetPage without any storage work).
 *
 * <p>Usage: {@code GetPageBench DIR [calls-per-case]}.
 */
public final class GetPageBench {

    private GetPageBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-getpage");
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        LogIngestBench.deleteTree(dir);
        Files.createDirectories(dir);
        try (Transport server = Transports.create(TransportConfig.defaults(TransportKind.TCP, "bench-server"));
             Transport client = Transports.create(TransportConfig.defaults(TransportKind.TCP, "bench-client"));
             RegisteredBuffer frame = client.allocate(PageLayout.PAGE_SIZE);
             RegisteredBuffer source = server.allocate(PageLayout.PAGE_SIZE)) {
            var exec = Executors.newFixedThreadPool(2);
            RpcServer echo = new RpcServer("echo", server, new java.net.InetSocketAddress("127.0.0.1", 0), call -> {
                if (call.method() == 1) {
                    call.reply(ByteBuffer.allocate(0));
                    return;
                }
                RemoteRegion r = RemoteRegion.readFrom(call.payload());
                call.endpoint().write(source, 0, r, 0, PageLayout.PAGE_SIZE, new CompletionHandler() {
                    @Override
                    public void onComplete(Endpoint e, long op, int bytes) {
                    }

                    @Override
                    public void onFailure(Endpoint e, long op, TransportException cause) {
                    }
                }, 0);
                call.reply(ByteBuffer.allocate(13));
            }, exec, 1024);
            RpcClient rpc = RpcClient.connect(client, echo.localAddress(), 30_000, 1024).get(30, TimeUnit.SECONDS);
            ByteBuffer regionReq = ByteBuffer.allocate(RemoteRegion.SIZE);
            frame.region().writeTo(regionReq);
            regionReq.flip();

            StorageNode hot = StorageNode.start(config(dir.resolve("hot"), 16, 16_384), server, new SimpleMeterRegistry());
            StorageNode cold = StorageNode.start(config(dir.resolve("cold"), 17, 0), server, new SimpleMeterRegistry());
            StorageClient hc = StorageClient.connect(client, hot.address(), 30_000).get(30, TimeUnit.SECONDS);
            StorageClient cc = StorageClient.connect(client, cold.address(), 30_000).get(30, TimeUnit.SECONDS);
            PageId p = new PageId(1, 0, 0);
            PageId q = new PageId(1, 0, 1);
            long last = load(hc, p, 0, 17);
            load(cc, q, 0, 1);
            long deltas = load(cc, p, 0, 17);
            hc.getPage(0, p, last, frame, 0).get(30, TimeUnit.SECONDS);

            System.out.printf("GetPage@LSN over tcp loopback, %d calls per case, one at a time%n", calls);
            System.out.printf("%-34s %10s %10s %8s%n", "case", "p50 us", "p99 us", "p50/rpc");
            double rpcP50 = report("rpc round trip (empty)", calls, 0,
                    () -> rpc.call(1, ByteBuffer.allocate(0), ResponseDecoder.COPY));
            report("rpc + one-sided 8 KiB write", calls, rpcP50,
                    () -> rpc.call(2, regionReq.duplicate(), ResponseDecoder.COPY));
            report("GetPage hot (cache)", calls, rpcP50, () -> hc.getPage(0, p, last, frame, 0));
            report("GetPage RocksDB image", calls, rpcP50, () -> cc.getPage(0, q, 1, frame, 0));
            report("GetPage image + 16 deltas", calls, rpcP50, () -> cc.getPage(0, p, deltas, frame, 0));

            hc.close();
            cc.close();
            rpc.close();
            hot.close();
            cold.close();
            echo.close();
            exec.shutdownNow();
        }
        LogIngestBench.deleteTree(dir);
    }

    static StorageConfig config(Path dir, int imageEvery, int cache) {
        return new StorageConfig("bench", dir.toString(), new LogConfig(LogMode.FSYNC, 64 << 20),
                new StoreConfig(imageEvery, cache, Duration.ofSeconds(10), 4096, Duration.ofHours(1)),
                new ServiceConfig("127.0.0.1", 0, -1, 2, 1024, 16));
    }

    /** Writes {@code versions} versions of a page (an init, then writes); returns the last LSN. */
    static long load(StorageClient c, PageId page, long after, int versions) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(versions * 200);
        var st = c.state(0).get(30, TimeUnit.SECONDS);
        long prev = st.scl();
        long lsn = prev;
        for (int v = 0; v < versions; v++) {
            lsn++;
            if (v == 0) {
                LogRecordWriter.write(b, RecordTypes.INIT_PAGE, LogRecord.FLAG_WILL_INIT, lsn, prev, 1, 0, page,
                        ByteBuffer.allocate(4).putShort(0, (short) 1));
            } else {
                ByteBuffer pl = ByteBuffer.allocate(66).putShort(0, (short) (64 * v));
                LogRecordWriter.write(b, RecordTypes.WRITE_BYTES, 0, lsn, prev, 1, 0, page, pl);
            }
            prev = lsn;
        }
        c.append(0, 1, b.flip()).get(30, TimeUnit.SECONDS);
        return lsn;
    }

    static double report(String what, int calls, double rpcP50, Supplier<CompletableFuture<?>> call) throws Exception {
        for (int i = 0; i < calls / 4; i++) {
            call.get().get(30, TimeUnit.SECONDS);
        }
        Histogram h = new Histogram(60_000_000_000L, 3);
        for (int i = 0; i < calls; i++) {
            long s = System.nanoTime();
            call.get().get(30, TimeUnit.SECONDS);
            h.recordValue(System.nanoTime() - s);
        }
        double p50 = h.getValueAtPercentile(50) / 1e3;
        System.out.printf("%-34s %10.1f %10.1f %8s%n", what, p50, h.getValueAtPercentile(99) / 1e3,
                rpcP50 == 0 ? "1.00x" : String.format("%.2fx", p50 / rpcP50));
        return p50;
    }
}
