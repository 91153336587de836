package org.borealis.pagestore.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.borealis.pagestore.log.LogMode;
import org.borealis.pagestore.node.GroupState;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.service.StorageClient;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;

/**
 * The storage node crash test, for any log mode and transport (in the test-jar): a storage node in
 * a child JVM ({@link StorageNodeMain}) receives a stream of batches (several in flight) and is
 * killed with SIGKILL at a random moment (100-1000 ms after its first acknowledgement in the
 * round), again and again. After each restart every record it
 * acknowledged is there (its SCL is at least the highest acknowledged SCL), GetPage answers equal
 * the model, and it takes the stream again from its SCL (records it already had above the SCL are
 * acknowledged as retries). Each start must report the expected log mode.
 */
public final class CrashRounds {

    static final int G = 2;

    private final Path dir;
    private final Path data;
    private final LogMode mode;
    private final LogMode expectedMode;
    private final TransportKind transport;
    private final int rounds;
    private final int records;

    /**
     * @param dir          a folder for the child's logs
     * @param data         the node's data folder
     * @param mode         the configured {@code log.mode}
     * @param expectedMode what the node must report it uses ({@code auto} resolves to pmem or fsync)
     * @param transport    between this JVM and the node
     * @param rounds       how many times the node is killed
     * @param records      how many records the stream has
     */
    public CrashRounds(Path dir, Path data, LogMode mode, LogMode expectedMode, TransportKind transport, int rounds,
                       int records) {
        this.dir = dir;
        this.data = data;
        this.mode = mode;
        this.expectedMode = expectedMode;
        this.transport = transport;
        this.rounds = rounds;
        this.records = records;
    }

    /** Runs the rounds; {@code name} labels the seed line. */
    public void run(String name) throws Exception {
        long seed = Seeds.seed(name);
        String replay = Seeds.replay(seed);
        Random rnd = new Random(seed);
        List<PageId> pages = RecordStream.pages(2, 6);
        RecordStream stream = new RecordStream(0, 1);
        List<byte[]> all = new ArrayList<>();
        PageModel model = new PageModel();
        for (int i = 0; i < records; i++) {
            byte[] r = stream.random(rnd, pages, 10);
            all.add(r);
            model.apply(r);
        }
        long ackedScl = 0;
        try (Transport t = Transports.create(NodeProcess.transportConfig(transport, "crash-client"));
             RegisteredBuffer frame = t.allocate(PageLayout.PAGE_SIZE)) {
            for (int round = 0; round <= rounds; round++) {
                try (NodeProcess node = NodeProcess.start(data, mode, transport, dir.resolve("node-" + round + ".log"))) {
                    node.assertLogMode(expectedMode);
                    try (StorageClient c = StorageClient.connect(t, node.address(), 30_000).get(60, TimeUnit.SECONDS)) {
                        GroupState s = c.state(G).get(60, TimeUnit.SECONDS);
                        assertThat(s.scl()).as("round %d: SCL covers every acknowledged record%s", round, replay)
                                .isGreaterThanOrEqualTo(ackedScl);
                        checkPages(c, frame, rnd, pages, model, s.scl(), replay);
                        if (round == rounds) {
                            break;
                        }
                        int from = firstAbove(all, s.scl());
                        long killAfterMs = 100 + rnd.nextInt(900);
                        AtomicLong acked = new AtomicLong(s.scl());
                        CountDownLatch firstAck = new CountDownLatch(1);
                        Thread killer = new Thread(() -> {
                            try {
                                // the clock starts at the first acknowledgement, so that a slow
                                // machine (the emulated lab guest) still kills a node mid-stream
                                firstAck.await(60, TimeUnit.SECONDS);
                                Thread.sleep(killAfterMs);
                            } catch (InterruptedException e) {
                                return;
                            }
                            node.kill();
                        });
                        killer.start();
                        stream(c, all, from, rnd, acked, firstAck);
                        killer.join();
                        ackedScl = Math.max(ackedScl, acked.get());
                        System.out.println("round " + round + ": resent from LSN " + s.scl() + ", killed " + killAfterMs + " ms after the first ack, "
                                + "highest acknowledged SCL " + acked.get());
                    }
                }
            }
        }
        assertThat(ackedScl).as("the stream made progress" + replay).isPositive();
    }

    /** Sends batches from {@code from} with up to 8 in flight until the node dies or all are sent. */
    private static void stream(StorageClient c, List<byte[]> records, int from, Random rnd, AtomicLong acked,
                               CountDownLatch firstAck) throws InterruptedException {
        Semaphore window = new Semaphore(8);
        int i = from;
        List<CompletableFuture<?>> sent = new ArrayList<>();
        while (i < records.size() && c.isOpen()) {
            int n = Math.min(records.size() - i, 1 + rnd.nextInt(32));
            ByteBuffer batch = RecordStream.batch(records.subList(i, i + n));
            i += n;
            if (!window.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new AssertionError("no ack and no failure within 60 s (hung?)");
            }
            sent.add(c.append(G, 1, batch).whenComplete((ack, err) -> {
                window.release();
                if (ack != null) {
                    acked.accumulateAndGet(ack.scl(), Math::max);
                    firstAck.countDown();
                }
            }));
        }
        for (CompletableFuture<?> f : sent) {
            try {
                f.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // the node was killed: calls in flight fail with a lost connection
            } catch (TimeoutException e) {
                throw new AssertionError("a call neither answered nor failed within 60 s (hung?)", e);
            }
        }
    }

    private static void checkPages(StorageClient c, RegisteredBuffer frame, Random rnd, List<PageId> pages,
                                   PageModel model, long scl, String replay) throws Exception {
        for (int i = 0; i < 40 && scl > 0; i++) {
            PageId p = pages.get(rnd.nextInt(pages.size()));
            long lsn = 1 + (long) (rnd.nextDouble() * scl);
            c.getPage(G, p, lsn, frame, 0).get(60, TimeUnit.SECONDS);
            byte[] got = new byte[PageLayout.PAGE_SIZE];
            frame.buffer().get(0, got);
            assertThat(PageModel.withoutChecksum(got)).as("page %s at LSN %d%s", p, lsn, replay)
                    .isEqualTo(model.at(p, lsn));
        }
    }

    private static int firstAbove(List<byte[]> records, long scl) {
        int i = 0;
        while (i < records.size() && RecordStream.lsnOf(records.get(i)) <= scl) {
            i++;
        }
        return i;
    }
}
