package org.borealis.pagestore.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.service.StorageClient;
import org.borealis.pagestore.testing.PageModel;
import org.borealis.pagestore.testing.RecordStream;
import org.borealis.pagestore.testing.Seeds;
import org.borealis.pagestore.testing.StorageNodeMain;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash test: a storage node in a child JVM receives a stream of batches (several in flight) and
 * is killed with SIGKILL at a random moment, again and again. After each restart every record it
 * acknowledged is there (its SCL is at least the highest acknowledged SCL), GetPage answers equal
 * the model, and it takes the stream again from its SCL (records it already had above the SCL are
 * acknowledged as retries).
 */
class StorageNodeCrashIT {

    static final int G = 2;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedRecordSurvivesSigkill() throws Exception {
        long seed = Seeds.seed("StorageNodeCrashIT");
        String replay = Seeds.replay(seed);
        Random rnd = new Random(seed);
        List<PageId> pages = RecordStream.pages(2, 6);
        RecordStream stream = new RecordStream(0, 1);
        List<byte[]> records = new ArrayList<>();
        PageModel model = new PageModel();
        for (int i = 0; i < 40_000; i++) {
            byte[] r = stream.random(rnd, pages, 10);
            records.add(r);
            model.apply(r);
        }
        Path data = dir.resolve("node");
        long ackedScl = 0;
        int rounds = 5;
        try (Transport t = Transports.create(TransportConfig.defaults(TransportKind.TCP, "crash-client"));
             RegisteredBuffer frame = t.allocate(PageLayout.PAGE_SIZE)) {
            for (int round = 0; round <= rounds; round++) {
                Process p = startNode(data, round);
                try {
                    int port = readPort(p);
                    try (StorageClient c = StorageClient.connect(t, new InetSocketAddress("127.0.0.1", port), 30_000)
                            .get(60, TimeUnit.SECONDS)) {
                        GroupState s = c.state(G).get(60, TimeUnit.SECONDS);
                        assertThat(s.scl()).as("round %d: SCL covers every acknowledged record%s", round, replay)
                                .isGreaterThanOrEqualTo(ackedScl);
                        checkPages(c, frame, rnd, pages, model, s.scl(), replay);
                        if (round == rounds) {
                            break;
                        }
                        int from = firstAbove(records, s.scl());
                        long killAfterMs = 100 + rnd.nextInt(900);
                        AtomicLong acked = new AtomicLong(s.scl());
                        Thread killer = new Thread(() -> {
                            try {
                                Thread.sleep(killAfterMs);
                            } catch (InterruptedException e) {
                                return;
                            }
                            p.destroyForcibly(); // SIGKILL
                        });
                        killer.start();
                        stream(c, records, from, rnd, acked);
                        killer.join();
                        p.waitFor(60, TimeUnit.SECONDS);
                        ackedScl = Math.max(ackedScl, acked.get());
                        System.out.println("round " + round + ": resent from LSN " + s.scl() + ", killed after "
                                + killAfterMs + " ms, highest acknowledged SCL " + acked.get());
                    }
                } finally {
                    p.destroyForcibly();
                    p.waitFor(60, TimeUnit.SECONDS);
                }
            }
        }
        assertThat(ackedScl).as("the stream made progress" + replay).isPositive();
    }

    /** Sends batches from {@code from} with up to 8 in flight until the node dies or all are sent. */
    private static void stream(StorageClient c, List<byte[]> records, int from, Random rnd, AtomicLong acked)
            throws InterruptedException {
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
                }
            }));
        }
        for (CompletableFuture<?> f : sent) {
            try {
                f.get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                // the node was killed: calls in flight fail with a lost connection
            } catch (java.util.concurrent.TimeoutException e) {
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

    private Process startNode(Path data, int round) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("node-" + round + ".log");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), StorageNodeMain.class.getName(), data.toString());
        pb.redirectError(log.toFile());
        return pb.start();
    }

    private int readPort(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.startsWith("PORT ")) {
                return Integer.parseInt(line.substring(5).trim());
            }
        }
        String err = Files.exists(dir) ? String.join("\n", tail(dir)) : "";
        throw new AssertionError("the storage node exited before serving:\n" + err);
    }

    private static List<String> tail(Path dir) throws Exception {
        List<String> out = new ArrayList<>();
        try (var s = Files.list(dir)) {
            for (Path f : s.filter(x -> x.toString().endsWith(".log")).toList()) {
                List<String> lines = Files.readAllLines(f);
                out.addAll(lines.subList(Math.max(0, lines.size() - 30), lines.size()));
            }
        }
        return out;
    }
}
