package org.borealis.pagestore.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.borealis.pagestore.config.LogConfig;
import org.borealis.pagestore.config.StorageConfig;
import org.borealis.pagestore.log.LogMode;
import org.borealis.pagestore.node.StorageNode;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.service.StorageClient;
import org.borealis.pagestore.service.StorageException;
import org.borealis.pagestore.service.StorageStatus;
import org.borealis.pagestore.testing.LabSupport;
import org.borealis.pagestore.testing.NodeProcess;
import org.borealis.pagestore.testing.PageModel;
import org.borealis.pagestore.testing.RecordStream;
import org.borealis.pagestore.testing.Seeds;
import org.borealis.pagestore.testing.TestNodes;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;
import org.borealis.transport.rdma.RdmaTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end over RDMA: a storage node in its own JVM on the {@code rdma} transport (log mode
 * {@code auto}, on the lab's DAX filesystem when {@code -Dborealis.test.daxDir} names one, where it
 * must pick pmem), and in this JVM the compute side's seams on {@code rdma} too. The
 * {@link SingleNodeLogSink} ships a seeded random stream of records (AppendLog calls: two-sided
 * messages); half-way the node is killed with SIGKILL and restarted on the same data (in this
 * JVM, on a transport of its own), and the sink reconnects and resends. Then {@link SingleNodePageSource} reads pages at random LSNs, 64 at a
 * time into one registered buffer of frames (the node lands each page there with a one-sided
 * RDMA WRITE), and every page must equal the model. Needs a verbs device (the lab guest's rxe0);
 * skipped with the reason elsewhere.
 */
class ComputeSeamsOverRdmaLabTest {

    static final int G = 3;
    static final int FRAMES = 64;

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsRdma() {
        RdmaTestSupport.requireRdma();
    }

    @Test
    void whatTheSinkWroteThePageSourceReadsBackAcrossANodeCrash() throws Exception {
        long seed = Seeds.seed("ComputeSeamsOverRdmaLabTest");
        String replay = Seeds.replay(seed);
        Random rnd = new Random(seed);
        double scale = Double.parseDouble(System.getProperty("borealis.test.scale", "1"));
        int records = Math.max(1_000, (int) (20_000 * scale));
        List<PageId> pages = RecordStream.pages(3, 8);
        RecordStream stream = new RecordStream(0, 1);
        PageModel model = new PageModel();
        List<byte[]> all = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            byte[] r = stream.random(rnd, pages, 4);
            all.add(r);
            model.apply(r);
        }
        long last = RecordStream.lsnOf(all.get(all.size() - 1));
        Path dax = LabSupport.daxDirOrNull();
        Path data = (dax != null ? Files.createTempDirectory(dax, "seams-") : tmp).resolve("node");
        LogMode expected = dax != null ? LogMode.PMEM : LogMode.FSYNC;

        try (Transport t = Transports.create(NodeProcess.transportConfig(TransportKind.RDMA, "compute"));
             Transport restartTransport = Transports.create(NodeProcess.transportConfig(TransportKind.RDMA, "restarted"))) {
            NodeProcess node = NodeProcess.start(data, LogMode.AUTO, TransportKind.RDMA, tmp.resolve("node-0.log"))
                    .assertLogMode(expected);
            AtomicReference<InetSocketAddress> where = new AtomicReference<>(node.address());
            StorageNode restarted = null;
            try {
                StorageClient first = StorageClient.connect(t, where.get(), 30_000).get(60, TimeUnit.SECONDS);
                try (SingleNodeLogSink sink = new SingleNodeLogSink(first, true, G, 1 << 20, 256 << 10,
                        () -> StorageClient.connect(t, where.get(), 30_000), 600_000)) {
                    sink.open();
                    int half = all.size() / 2;
                    append(sink, all.subList(0, half), rnd);
                    node.kill(); // records may be in flight: the sink resends what was not acknowledged
                    node.close();
                    // the node restarts in this JVM: the recovery of what the killed process left
                    // in its log is the same code, and it spares a second JVM start, which costs
                    // a minute and a half under the lab's emulation
                    StorageConfig config = TestNodes.config(data, "restarted");
                    restarted = StorageNode.start(config.withLog(new LogConfig(LogMode.AUTO, config.log().segmentSize())),
                            restartTransport, new SimpleMeterRegistry());
                    assertThat(restarted.engine().logMode()).as("the restarted node's log mode").isEqualTo(expected);
                    where.set(new InetSocketAddress("127.0.0.1", restarted.address().getPort()));
                    append(sink, all.subList(half, all.size()), rnd);
                    assertThat(sink.whenDurable(last).get(600, TimeUnit.SECONDS)).as(replay).isEqualTo(last);
                }
                StorageClient reader = StorageClient.connect(t, where.get(), 30_000).get(60, TimeUnit.SECONDS);
                try (SingleNodePageSource source = new SingleNodePageSource(reader, true, G);
                     RegisteredBuffer frames = t.allocate(FRAMES * PageLayout.PAGE_SIZE)) {
                    awaitReplay(source, frames, pages.get(0), last);
                    for (int round = 0; round < 4; round++) {
                        readAndCheck(source, frames, pages, model, rnd, last, replay);
                    }
                }
            } catch (AssertionError | Exception e) {
                throw new AssertionError(e.getMessage() + "\nthe killed node's log ends:\n" + node.logTail(), e);
            } finally {
                node.close();
                if (restarted != null) {
                    restarted.close();
                }
            }
        }
    }

    /** Appends the records in batches of random size. */
    private static void append(SingleNodeLogSink sink, List<byte[]> records, Random rnd) throws Exception {
        int i = 0;
        while (i < records.size()) {
            int n = Math.min(records.size() - i, 1 + rnd.nextInt(16));
            sink.append(RecordStream.batch(records.subList(i, i + n)));
            i += n;
        }
    }

    /**
     * Waits until the restarted node has replayed up to {@code last}: under the lab's software
     * emulation replay after a restart can take longer than the node's bounded wait for one read
     * ({@code store.apply-wait}), which then answers NOT_YET_APPLIED, a retriable error; so retry
     * that (and only that) for up to ten minutes.
     */
    private static void awaitReplay(SingleNodePageSource source, RegisteredBuffer frames, PageId page, long last)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (true) {
            try {
                source.readPage(page, last, frames, 0).get(120, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof StorageException se)
                        || se.storageStatus() != StorageStatus.NOT_YET_APPLIED || System.nanoTime() > deadline) {
                    throw e;
                }
                System.out.println("ComputeSeamsOverRdmaLabTest: waiting for replay: " + se.getMessage());
            }
        }
    }

    /** {@link #FRAMES} reads in flight at once, each into its own frame, then each checked. */
    private static void readAndCheck(SingleNodePageSource source, RegisteredBuffer frames, List<PageId> pages,
                                     PageModel model, Random rnd, long last, String replay) throws Exception {
        PageId[] page = new PageId[FRAMES];
        long[] lsn = new long[FRAMES];
        CompletableFuture<?>[] reads = new CompletableFuture<?>[FRAMES];
        for (int f = 0; f < FRAMES; f++) {
            page[f] = pages.get(rnd.nextInt(pages.size()));
            lsn[f] = 1 + (long) (rnd.nextDouble() * last);
            reads[f] = source.readPage(page[f], lsn[f], frames, f * PageLayout.PAGE_SIZE);
        }
        CompletableFuture.allOf(reads).get(120, TimeUnit.SECONDS);
        for (int f = 0; f < FRAMES; f++) {
            byte[] got = new byte[PageLayout.PAGE_SIZE];
            frames.buffer().get(f * PageLayout.PAGE_SIZE, got);
            assertThat(PageModel.withoutChecksum(got)).as("page %s at LSN %d in frame %d%s", page[f], lsn[f], f, replay)
                    .isEqualTo(model.at(page[f], lsn[f]));
        }
    }
}
