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
import org.borealis.transport.TransportLimits;
import org.borealis.transport.Transports;
import org.borealis.transport.rpc.ResponseDecoder;
import org.borealis.transport.rpc.RpcCall;
import org.borealis.transport.rpc.RpcClient;
import org.borealis.transport.rpc.RpcHandler;
import org.borealis.transport.rpc.RpcServer;

/**
 * GetPage@LSN latency (p50, p99) over the tcp transport on loopback, one call at a time: a page
 * from the hot-image cache, a page read from its RocksDB image, and an image plus 16 deltas —
 * side by side with the transport's plain round trips in the same run: an empty RPC answered on the
 * server's I/O thread (the baseline), the same answered from the server's executor, and an RPC whose
 * server posts a one-sided write of 8 KiB into the caller's region and the reply right behind it
 * (the shape of GetPage without any storage work). A hot GetPage is answered on the I/O thread
 * too ({@code RpcHandler.handleInline}); pages that need RocksDB go through the executor.
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
        // one I/O thread per side: every case's calls then pass through the same threads, so the
        // cases differ by their work only, not by which (idle or busy) thread a connection landed on
        try (Transport server = Transports.create(new TransportConfig(TransportKind.TCP, TransportLimits.DEFAULT, 1,
                "bench-server"));
             Transport client = Transports.create(new TransportConfig(TransportKind.TCP, TransportLimits.DEFAULT, 1,
                     "bench-client"));
             RegisteredBuffer frame = client.allocate(PageLayout.PAGE_SIZE);
             RegisteredBuffer source = server.allocate(PageLayout.PAGE_SIZE)) {
            var exec = Executors.newFixedThreadPool(2);
            RpcHandler echoHandler = new RpcHandler() {
                @Override
                public void handle(RpcCall call) {
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
                }

                @Override
                public boolean handleInline(RpcCall call) {
                    if (call.method() >= 10) {
                        return false;
                    }
                    handle(call);
                    return true;
                }
            };
            // methods 1 and 2 are answered on the I/O thread, 11 and 12 the same way on the executor
            RpcServer echo = new RpcServer("echo", server, new java.net.InetSocketAddress("127.0.0.1", 0), call -> {
                if (call.method() == 11) {
                    call.reply(ByteBuffer.allocate(0));
                } else {
                    echoHandler.handle(call);
                }
            }, exec, 1024);
            RpcServer inline = new RpcServer("echo-inline", server, new java.net.InetSocketAddress("127.0.0.1", 0),
                    echoHandler, exec, 1024);
            RpcClient rpc = RpcClient.connect(client, echo.localAddress(), 30_000, 1024).get(30, TimeUnit.SECONDS);
            RpcClient irpc = RpcClient.connect(client, inline.localAddress(), 30_000, 1024).get(30, TimeUnit.SECONDS);
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

            System.out.printf("GetPage@LSN over tcp loopback, %d calls per case, one at a time, cases interleaved%n",
                    calls);
            System.out.printf("%-34s %10s %10s %8s%n", "case", "p50 us", "p99 us", "p50/rpc");
            String[] names = {"rpc empty (I/O thread answers)", "rpc empty (executor answers)",
                "rpc + one-sided 8 KiB write (I/O)", "GetPage hot (cache)", "GetPage RocksDB image",
                "GetPage image + 16 deltas"};
            java.util.List<Supplier<CompletableFuture<?>>> cases = java.util.List.of(
                    () -> irpc.call(1, ByteBuffer.allocate(0), ResponseDecoder.COPY),
                    () -> rpc.call(11, ByteBuffer.allocate(0), ResponseDecoder.COPY),
                    () -> irpc.call(2, regionReq.duplicate(), ResponseDecoder.COPY),
                    () -> hc.getPage(0, p, last, frame, 0),
                    () -> cc.getPage(0, q, 1, frame, 0),
                    () -> cc.getPage(0, p, deltas, frame, 0));
            Histogram[] h = interleaved(cases, calls);
            double rpcP50 = h[0].getValueAtPercentile(50) / 1e3;
            for (int i = 0; i < names.length; i++) {
                double p50 = h[i].getValueAtPercentile(50) / 1e3;
                System.out.printf("%-34s %10.1f %10.1f %7.2fx%n", names[i], p50, h[i].getValueAtPercentile(99) / 1e3,
                        p50 / rpcP50);
            }

            hc.close();
            cc.close();
            rpc.close();
            irpc.close();
            inline.close();
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

    /**
     * Times {@code calls} calls of every case, one call of each case per round in an order shuffled
     * each round (after a quarter as many rounds to warm up), so that a machine whose speed drifts
     * during the run affects every case alike and no case always follows the same one.
     */
    static Histogram[] interleaved(java.util.List<Supplier<CompletableFuture<?>>> cases, int calls) throws Exception {
        Histogram[] h = new Histogram[cases.size()];
        for (int c = 0; c < h.length; c++) {
            h[c] = new Histogram(60_000_000_000L, 3);
        }
        java.util.Random rnd = new java.util.Random(42);
        int[] order = new int[h.length];
        for (int c = 0; c < h.length; c++) {
            order[c] = c;
        }
        for (int i = -calls / 4; i < calls; i++) {
            for (int k = h.length - 1; k > 0; k--) {
                int j = rnd.nextInt(k + 1);
                int t = order[k];
                order[k] = order[j];
                order[j] = t;
            }
            for (int c : order) {
                long s = System.nanoTime();
                cases.get(c).get().get(30, TimeUnit.SECONDS);
                if (i >= 0) {
                    h[c].recordValue(System.nanoTime() - s);
                }
            }
        }
        return h;
    }
}
