package org.borealis.pagestore.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.borealis.pagestore.api.WriterStart;
import org.borealis.pagestore.node.StorageNode;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.record.LogRecordWriter;
import org.borealis.pagestore.record.RecordTypes;
import org.borealis.pagestore.service.StorageClient;
import org.borealis.pagestore.service.StorageException;
import org.borealis.pagestore.service.StorageStatus;
import org.borealis.pagestore.testing.PageModel;
import org.borealis.pagestore.testing.RecordStream;
import org.borealis.pagestore.testing.Seeds;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compute seams over one real storage node on loopback: what the compute engine's tests use. */
class SingleNodeSeamsTest {

    static final int G = 0;

    @TempDir
    Path dir;

    Transport transport;
    StorageNode node;

    @BeforeEach
    void start() throws Exception {
        transport = Transports.create(TransportConfig.defaults(TransportKind.TCP, "seams"));
        node = StorageNode.start(org.borealis.pagestore.testing.TestNodes.config(dir, "seams"), transport,
                new SimpleMeterRegistry());
    }

    @AfterEach
    void stop() {
        node.close();
        transport.close();
    }

    SingleNodeLogSink sink(long inFlight) throws Exception {
        StorageClient c = StorageClient.connect(transport, node.address(), 30_000).get(30, TimeUnit.SECONDS);
        return new SingleNodeLogSink(c, true, G, inFlight, 64 << 10);
    }

    /** An unsealed WRITE_BYTES record, as compute builds it. */
    static void unsealed(ByteBuffer out, long lsn, PageId page, int offset, byte[] bytes) {
        int start = LogRecordWriter.begin(out, RecordTypes.WRITE_BYTES, 0, lsn, 0, page);
        out.putShort((short) offset).put(bytes);
        LogRecordWriter.finish(out, start);
    }

    @Test
    void appendedRecordsBecomeDurableAndReadable() throws Exception {
        long seed = Seeds.seed("SingleNodeSeamsTest");
        Random rnd = new Random(seed);
        List<PageId> pages = RecordStream.pages(2, 5);
        PageModel model = new PageModel();
        long lsn;
        try (SingleNodeLogSink sink = sink(8 << 10)) {
            WriterStart ws = sink.open();
            assertThat(ws).isEqualTo(new WriterStart(0, 1));
            lsn = ws.durableLsn();
            ByteBuffer buf = ByteBuffer.allocate(64 << 10);
            for (int round = 0; round < 200; round++) {
                buf.clear();
                int n = 1 + rnd.nextInt(8);
                for (int i = 0; i < n; i++) {
                    lsn += 1 + rnd.nextInt(5);
                    byte[] bytes = new byte[1 + rnd.nextInt(300)];
                    rnd.nextBytes(bytes);
                    int at = buf.position();
                    unsealed(buf, lsn, pages.get(rnd.nextInt(pages.size())), 12 + rnd.nextInt(7000), bytes);
                    // the model sees the record as storage will: sealed is irrelevant to the page bytes
                    byte[] copy = new byte[buf.position() - at];
                    buf.get(at, copy);
                    model.apply(copy);
                }
                sink.append(buf.flip());
            }
            assertThat(sink.whenDurable(lsn).get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(lsn);
            assertThat(sink.durableLsn()).isEqualTo(lsn);
            assertThat(sink.whenDurable(3).get(60, TimeUnit.SECONDS)).isEqualTo(lsn);
        }
        StorageClient c = StorageClient.connect(transport, node.address(), 30_000).get(30, TimeUnit.SECONDS);
        try (SingleNodePageSource source = new SingleNodePageSource(c, true, G);
             RegisteredBuffer frame = transport.allocate(PageLayout.PAGE_SIZE)) {
            for (int i = 0; i < 50; i++) {
                PageId p = pages.get(rnd.nextInt(pages.size()));
                long at = 1 + (long) (rnd.nextDouble() * lsn);
                source.readPage(p, at, frame, 0).get(60, TimeUnit.SECONDS);
                byte[] got = new byte[PageLayout.PAGE_SIZE];
                frame.buffer().get(0, got);
                assertThat(PageModel.withoutChecksum(got)).as("%s@%d%s", p, at, Seeds.replay(seed))
                        .isEqualTo(model.at(p, at));
            }
            long above = lsn + 100;
            ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> source.readPage(pages.get(0), above, frame, 0).get(60, TimeUnit.SECONDS));
            assertThat(((StorageException) e.getCause()).storageStatus()).isEqualTo(StorageStatus.NOT_DURABLE);
            assertThat(((StorageException) e.getCause()).retriable()).isTrue();
        }
    }

    /** Records nobody waits for stay in the open batch; the waiter for the last ships them in one call. */
    @Test
    void recordsWaitForADurabilityWaiterAndShipInOneCall() throws Exception {
        PageId p = new PageId(9, 0, 0);
        StorageClient c = StorageClient.connect(transport, node.address(), 30_000).get(30, TimeUnit.SECONDS);
        try (SingleNodeLogSink sink = new SingleNodeLogSink(c, true, G, 1 << 20, 64 << 10, null, 0,
                TimeUnit.HOURS.toMicros(1))) {
            sink.open();
            long before = node.engine().metrics().appendCalls();
            ByteBuffer buf = ByteBuffer.allocate(1024);
            for (long lsn = 1; lsn <= 50; lsn++) {
                unsealed(buf.clear(), lsn, p, 100 + (int) lsn, new byte[] {(byte) lsn});
                sink.append(buf.flip());
            }
            assertThat(node.engine().metrics().appendCalls()).isEqualTo(before);
            assertThat(sink.whenDurable(50).get(60, TimeUnit.SECONDS)).isEqualTo(50);
            assertThat(node.engine().metrics().appendCalls()).isEqualTo(before + 1);
        }
    }

    /** Without a waiter, the linger ships records anyway: storage's SCL reaches them. */
    @Test
    void theLingerShipsRecordsNobodyWaitsFor() throws Exception {
        PageId p = new PageId(9, 0, 0);
        StorageClient c = StorageClient.connect(transport, node.address(), 30_000).get(30, TimeUnit.SECONDS);
        StorageClient observer = StorageClient.connect(transport, node.address(), 30_000).get(30, TimeUnit.SECONDS);
        try (SingleNodeLogSink sink = new SingleNodeLogSink(c, true, G, 1 << 20, 64 << 10, null, 0, 1_000)) {
            sink.open();
            ByteBuffer buf = ByteBuffer.allocate(1024);
            for (long lsn = 1; lsn <= 30; lsn++) {
                unsealed(buf.clear(), lsn, p, 100 + (int) lsn, new byte[] {(byte) lsn});
                sink.append(buf.flip());
            }
            while (observer.state(G).get(30, TimeUnit.SECONDS).scl() < 30) {
                Thread.sleep(2);
            }
            assertThat(sink.durableLsn()).isLessThanOrEqualTo(30);
        } finally {
            observer.close();
        }
    }

    @Test
    void aNewWriterFencesTheOldOne() throws Exception {
        PageId p = new PageId(9, 0, 0);
        try (SingleNodeLogSink first = sink(1 << 20); SingleNodeLogSink second = sink(1 << 20)) {
            first.open();
            ByteBuffer buf = ByteBuffer.allocate(1024);
            unsealed(buf, 10, p, 100, new byte[] {1});
            first.append(buf.flip());
            assertThat(first.whenDurable(10).get(60, TimeUnit.SECONDS)).isEqualTo(10);

            WriterStart ws = second.open();
            assertThat(ws).isEqualTo(new WriterStart(10, 2));
            buf.clear();
            unsealed(buf, 11, p, 100, new byte[] {2});
            first.append(buf.flip());
            ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> first.whenDurable(11).get(60, TimeUnit.SECONDS));
            assertThat(e.getCause()).isInstanceOf(IOException.class).hasMessageContaining("STALE_EPOCH");
            assertThatThrownBy(() -> first.append(ByteBuffer.allocate(0))).isInstanceOf(IOException.class);

            buf.clear();
            unsealed(buf, 11, p, 100, new byte[] {3});
            second.append(buf.flip());
            assertThat(second.whenDurable(11).get(60, TimeUnit.SECONDS)).isEqualTo(11);
        }
    }

    @Test
    void recordsMustBeWholeAndAscending() throws Exception {
        try (SingleNodeLogSink sink = sink(1 << 20)) {
            assertThatThrownBy(() -> sink.append(ByteBuffer.allocate(LogRecord.OVERHEAD)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("open()");
            sink.open();
            ByteBuffer buf = ByteBuffer.allocate(1024);
            unsealed(buf, 5, new PageId(9, 0, 0), 100, new byte[] {1});
            sink.append(buf.flip());
            buf.clear();
            unsealed(buf, 5, new PageId(9, 0, 0), 100, new byte[] {1});
            assertThatThrownBy(() -> sink.append(buf.flip())).hasMessageContaining("not above the last appended 5");
            assertThatThrownBy(() -> sink.append(ByteBuffer.allocate(20))).hasMessageContaining("not a whole record");
        }
    }

    @Test
    void theSinkReconnectsAndResendsWhenTheNodeRestarts() throws Exception {
        PageId p = new PageId(9, 0, 0);
        java.util.concurrent.atomic.AtomicReference<java.net.InetSocketAddress> where =
                new java.util.concurrent.atomic.AtomicReference<>(node.address());
        StorageClient first = StorageClient.connect(transport, where.get(), 30_000).get(30, TimeUnit.SECONDS);
        try (SingleNodeLogSink sink = new SingleNodeLogSink(first, true, G, 1 << 20, 64 << 10,
                () -> StorageClient.connect(transport, where.get(), 5_000), 60_000)) {
            sink.open();
            ByteBuffer buf = ByteBuffer.allocate(4096);
            for (long lsn = 1; lsn <= 20; lsn++) {
                unsealed(buf.clear(), lsn, p, 100, new byte[] {(byte) lsn});
                sink.append(buf.flip());
            }
            assertThat(sink.whenDurable(20).get(60, TimeUnit.SECONDS)).isEqualTo(20);

            node.close();
            for (long lsn = 21; lsn <= 40; lsn++) {
                unsealed(buf.clear(), lsn, p, 100 + (int) lsn, new byte[] {(byte) lsn});
                sink.append(buf.flip());
            }
            CompletableFuture<Long> done = sink.whenDurable(40);
            node = StorageNode.start(org.borealis.pagestore.testing.TestNodes.config(dir, "seams"), transport,
                    new SimpleMeterRegistry());
            where.set(node.address());
            assertThat(done.get(60, TimeUnit.SECONDS)).isEqualTo(40);
        }
        StorageClient c = StorageClient.connect(transport, node.address(), 30_000).get(30, TimeUnit.SECONDS);
        try (SingleNodePageSource source = new SingleNodePageSource(c, true, G);
             RegisteredBuffer frame = transport.allocate(PageLayout.PAGE_SIZE)) {
            source.readPage(p, 40, frame, 0).get(60, TimeUnit.SECONDS);
            assertThat(frame.buffer().get(100)).isEqualTo((byte) 20);
            assertThat(frame.buffer().get(140)).isEqualTo((byte) 40);
            assertThat(c.state(G).get(30, TimeUnit.SECONDS).epoch()).isEqualTo(1);
        }
    }
}
