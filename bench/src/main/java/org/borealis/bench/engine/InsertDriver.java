package org.borealis.bench.engine;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.borealis.pagestore.client.SingleNodeLogSink;
import org.borealis.pagestore.client.SingleNodePageSource;
import org.borealis.pagestore.config.StorageConfig;
import org.borealis.pagestore.node.StorageNode;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.record.LogRecordWriter;
import org.borealis.pagestore.record.RecordTypes;
import org.borealis.pagestore.service.StorageClient;
import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.EngineConfig;
import org.borealis.sql.engine.Index;
import org.borealis.sql.engine.IndexDef;
import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.Session;
import org.borealis.sql.engine.Table;
import org.borealis.sql.engine.TableDef;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.engine.Transaction;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;

/**
 * Inserts per second into a table with a primary key, against a storage node in this process over
 * the tcp transport on loopback: each client thread runs transactions of one 100-byte row insert,
 * its primary-key entry and the commit, and the commit latency (from {@code commit()} until it
 * returns, i.e. durable) is recorded. Baseline in the same run, same number of threads: one
 * 100-byte record appended straight to a log sink of another group on the same node and waited for
 * until durable (the floor a commit cannot beat).
 *
 * <p>Usage: {@code InsertDriver DIR [threads] [seconds-per-case]}.
 */
public final class InsertDriver {

    private InsertDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-insert");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        deleteTree(dir);
        Files.createDirectories(dir);
        try (Transport nodeTransport = Transports.create(TransportConfig.defaults(TransportKind.TCP, "bench-storage"));
             StorageNode node = StorageNode.start(StorageConfig.defaults().withDataDir(dir.toString()), nodeTransport,
                     new SimpleMeterRegistry());
             Transport computeTransport = Transports.create(TransportConfig.defaults(TransportKind.TCP, "bench-compute"));
             StorageClient client = StorageClient.connect(computeTransport, node.address(), 5_000).get(30, TimeUnit.SECONDS)) {
            System.out.printf("inserts into a table with a primary key, %d threads, %d s per case, tcp loopback%n",
                    threads, seconds);
            System.out.printf("%-26s %12s %10s %10s %10s%n", "case", "tx/s", "p50 us", "p99 us", "p99.9 us");
            Histogram base = baseline(client, threads, seconds);
            Histogram engine = engine(client, computeTransport, threads, seconds);
            System.out.printf("commit p50 / log round trip p50: %.2fx; commits/s vs appends/s: %.0f%%%n",
                    engine.getValueAtPercentile(50) / (double) base.getValueAtPercentile(50),
                    100.0 * engine.getTotalCount() / base.getTotalCount());
        }
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void row(String what, Histogram h, double seconds) {
        System.out.printf("%-26s %12.0f %10.1f %10.1f %10.1f%n", what, h.getTotalCount() / seconds,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                h.getValueAtPercentile(99.9) / 1000.0);
    }

    /** Threads append one record each and wait until it is durable, to a group of their own. */
    private static Histogram baseline(StorageClient client, int threads, int seconds) throws Exception {
        SingleNodeLogSink sink = new SingleNodeLogSink(client, 2);
        sink.open();
        AtomicLong lsn = new AtomicLong(sink.durableLsn());
        Object order = new Object();
        Recorder rec = new Recorder(3);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                ByteBuffer buf = ByteBuffer.allocate(256);
                byte[] payload = new byte[100 - LogRecord.OVERHEAD - 2];
                try {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        long mine;
                        synchronized (order) {
                            mine = lsn.incrementAndGet();
                            buf.clear();
                            int at = LogRecordWriter.begin(buf, RecordTypes.WRITE_BYTES, LogRecord.FLAG_CONSISTENCY_POINT,
                                    mine, 0, new PageId(99, 0, id));
                            buf.putShort((short) 64).put(payload);
                            LogRecordWriter.finish(buf, at);
                            sink.append(buf.flip());
                        }
                        sink.whenDurable(mine).get();
                        rec.recordValue(System.nanoTime() - start);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            all.add(th);
            th.start();
        }
        for (Thread th : all) {
            th.join();
        }
        Histogram h = rec.getIntervalHistogram();
        row("log append + durable", h, seconds);
        sink.close();
        return h;
    }

    private static Histogram engine(StorageClient client, Transport transport, int threads, int seconds)
            throws Exception {
        SingleNodeLogSink sink = new SingleNodeLogSink(client, 1);
        SingleNodePageSource source = new SingleNodePageSource(client, false, 1);
        try (Engine e = Engine.open(EngineConfig.defaults("bench-compute").withAutovacuumInterval(Duration.ZERO),
                sink, source, transport)) {
            Transaction ddl = e.openSession().begin(Isolation.READ_COMMITTED, false);
            ddl.startStatement();
            RelationInfo r = e.catalog().createTable(ddl, new TableDef(null, "bench", List.of(
                    ColumnDef.of("id", 20).withNotNull(true), ColumnDef.of("payload", 25))));
            Index pk = e.index(e.catalog().createIndex(ddl, new IndexDef(null, "bench_pkey", r.oid(), List.of(1), true,
                    true, row -> java.util.Arrays.copyOf(row, 8))).oid());
            ddl.commit();
            Table table = e.table(r.oid());
            AtomicLong ids = new AtomicLong();
            Recorder commits = new Recorder(3);
            Recorder txs = new Recorder(3);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            List<Thread> all = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread th = new Thread(() -> {
                    Session s = e.openSession();
                    byte[] row = new byte[100];
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        long id = ids.incrementAndGet();
                        ByteBuffer.wrap(row).putLong(id ^ Long.MIN_VALUE);
                        Transaction tx = s.begin(Isolation.READ_COMMITTED, false);
                        tx.startStatement();
                        Tid tid = table.insert(tx, row);
                        pk.insert(tx, java.util.Arrays.copyOf(row, 8), tid);
                        long c = System.nanoTime();
                        tx.commit();
                        long done = System.nanoTime();
                        commits.recordValue(done - c);
                        txs.recordValue(done - start);
                    }
                });
                all.add(th);
                th.start();
            }
            for (Thread th : all) {
                th.join();
            }
            Histogram c = commits.getIntervalHistogram();
            Histogram whole = txs.getIntervalHistogram();
            row("engine insert tx (whole)", whole, seconds);
            row("engine commit only", c, seconds);
            return c;
        } finally {
            source.close();
            sink.close();
        }
    }
}
