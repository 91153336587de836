package org.borealis.bench.rdma;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.borealis.transport.CompletionHandler;
import org.borealis.transport.Endpoint;
import org.borealis.transport.EndpointHandler;
import org.borealis.transport.Listener;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportException;
import org.borealis.transport.TransportKind;
import org.borealis.transport.TransportLimits;
import org.borealis.transport.Transports;

/**
 * Latency of a transport, measured the way perftest measures verbs, so the two can be compared
 * in the same run: a two-sided ping-pong (one message each way; the round trip is recorded) of
 * each size, and one-sided reads of 8 KiB (each read is a round trip), one operation in flight.
 * A server and a client transport run in this JVM, the server echoing every message from its I/O
 * thread.
 *
 * <pre>
 *   java ... org.borealis.bench.rdma.TransportLatency [--transport rdma|tcp] [--iterations N]
 *        [--warmup N] [--sizes 64,8192] [--read 8192] [--bw-depth 32]
 *        [--rounds R] [--warmup-rounds W] [--baseline 'SHELL COMMAND']
 * </pre>
 *
 * Prints one line per case: {@code <transport> <case> <bytes> p50_us=.. p99_us=.. n=..}, and then
 * the read bandwidth with {@code --bw-depth} reads in flight ({@link ReadThroughput}, 4 x the
 * iterations): {@code <transport> read-bw <bytes> MBps=.. depth=.. n=..}.
 *
 * <p>Each latency line also gives {@code alloc_bytes_per_op}: what the transports' I/O threads
 * allocated per operation over the case, warm-up included (read from the JVM's per-thread
 * allocation counters).
 *
 * <p>With {@code --rounds R} the cases run R times over the same connection, each line ending in
 * {@code round=r}. With {@code --baseline}, the command (run by {@code bash -c}, its output passed
 * through, {@code BOREALIS_ROUND} set to the round) runs in every round too, before this JVM's
 * cases in odd rounds and after them in even ones, so that a baseline and the transport are always
 * measured minutes, not a whole run, apart and neither always goes first: on a machine whose speed
 * drifts (an emulated guest) the ratio of neighbours is steadier than the ratio of two runs.
 * {@code --warmup-rounds W} runs all cases W times first, printing nothing and running no
 * baseline, so that the JIT compiler is done before anything is measured (an emulated CPU
 * compiles slowly).
 */
public final class TransportLatency {

    private TransportLatency() {
    }

    public static void main(String[] args) throws Exception {
        String kind = "rdma";
        int iterations = 5_000;
        int warmup = 1_000;
        List<Integer> sizes = List.of(64, 8192);
        int readSize = 8192;
        int bwDepth = 32;
        int rounds = 1;
        int warmupRounds = 0;
        String baseline = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--transport" -> kind = args[++i];
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--sizes" -> {
                    List<Integer> s = new ArrayList<>();
                    for (String v : args[++i].split(",")) {
                        s.add(Integer.parseInt(v.trim()));
                    }
                    sizes = s;
                }
                case "--read" -> readSize = Integer.parseInt(args[++i]);
                case "--bw-depth" -> bwDepth = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup-rounds" -> warmupRounds = Integer.parseInt(args[++i]);
                case "--baseline" -> baseline = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        TransportKind k = TransportKind.valueOf(kind.toUpperCase(Locale.ROOT));
        TransportLimits limits = new TransportLimits(1 << 20, 1 << 20, 256, 30_000);
        try (Transport server = Transports.create(new TransportConfig(k, limits, 1, "bench-server"));
             Transport client = Transports.create(new TransportConfig(k, limits, 1, "bench-client"))) {
            Echo echo = new Echo();
            Listener listener = server.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), e -> echo);
            PingPong pp = new PingPong();
            Endpoint c = client.connect(listener.localAddress(), pp).get(60, TimeUnit.SECONDS);
            RegisteredBuffer remote = readSize > 0 ? server.allocate(readSize) : null;
            RegisteredBuffer local = readSize > 0 ? client.allocate(readSize) : null;
            RegisteredBuffer slots = readSize > 0 && bwDepth > 0 ? client.allocate(bwDepth * readSize) : null;
            for (int round = 1 - warmupRounds; round <= rounds; round++) {
                boolean quiet = round < 1;
                String tag = rounds > 1 || baseline != null ? " round=" + round : "";
                if (baseline != null && !quiet && round % 2 == 1) {
                    runBaseline(baseline, round);
                }
                for (int size : sizes) {
                    long a0 = ioThreadBytes();
                    Histogram h = pp.run(c, size, warmup, iterations);
                    print(quiet, server.name(), "send-rtt", size, h, perOp(a0, warmup + iterations) + tag);
                }
                if (remote != null) {
                    long a0 = ioThreadBytes();
                    Histogram h = new Reads().run(c, local, remote, readSize, warmup, iterations);
                    print(quiet, server.name(), "read", readSize, h, perOp(a0, warmup + iterations) + tag);
                    if (slots != null) {
                        new ReadThroughput().run(c, slots, remote, readSize, bwDepth, warmup);
                        double mbps = new ReadThroughput().run(c, slots, remote, readSize, bwDepth, iterations * 4);
                        if (!quiet) {
                            System.out.printf(Locale.ROOT, "%s read-bw %d MBps=%.1f depth=%d n=%d%s%n",
                                    server.name(), readSize, mbps, bwDepth, iterations * 4, tag);
                        }
                    }
                }
                if (baseline != null && !quiet && round % 2 == 0) {
                    runBaseline(baseline, round);
                }
            }
            for (RegisteredBuffer b : new RegisteredBuffer[] {slots, local, remote}) {
                if (b != null) {
                    b.close();
                }
            }
            c.close();
            listener.close();
        }
    }

    static void print(boolean quiet, String transport, String what, int bytes, Histogram h, String tag) {
        if (quiet) {
            return;
        }
        System.out.printf(Locale.ROOT, "%s %s %d p50_us=%.2f p99_us=%.2f n=%d mean_us=%.2f%s%n", transport, what,
                bytes, h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getTotalCount(),
                h.getMean() / 1000.0, tag);
    }

    /**
     * Bytes allocated so far by the transports' I/O threads (rdma pollers {@code borealis-rdma-*},
     * tcp event loops {@code tcp-*}), which run every callback of this driver too; the driver's
     * handlers allocate nothing per operation, so the difference over a case is the transport's.
     */
    static long ioThreadBytes() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String n = t.getName();
            if (n.startsWith("borealis-rdma-") || n.startsWith("tcp-")) {
                long b = mx.getThreadAllocatedBytes(t.threadId());
                sum += Math.max(0, b);
            }
        }
        return sum;
    }

    static String perOp(long before, int ops) {
        return String.format(Locale.ROOT, " alloc_bytes_per_op=%.1f", (ioThreadBytes() - before) / (double) ops);
    }

    /** Runs the baseline command of one round, its output passed through; fails if it fails. */
    static void runBaseline(String command, int round) throws Exception {
        System.out.flush();
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).inheritIO();
        pb.environment().put("BOREALIS_ROUND", Integer.toString(round));
        int rc = pb.start().waitFor();
        if (rc != 0) {
            throw new IllegalStateException("baseline command exited with " + rc + " in round " + round);
        }
    }

    /** Server side: sends every message back. */
    static final class Echo implements EndpointHandler, CompletionHandler {
        @Override
        public void onMessage(Endpoint endpoint, ByteBuffer message) {
            if (!endpoint.send(message, this, 0)) {
                throw new IllegalStateException("echo refused by back-pressure");
            }
        }

        @Override
        public void onComplete(Endpoint endpoint, long opId, int bytes) {
        }

        @Override
        public void onFailure(Endpoint endpoint, long opId, TransportException cause) {
        }
    }

    /** Client side: one message in flight; the reply's arrival starts the next. */
    static final class PingPong implements EndpointHandler, CompletionHandler {
        private ByteBuffer message;
        private Histogram histogram;
        private int left;
        private int warm;
        private long sentAt;
        private CompletableFuture<Histogram> done;

        Histogram run(Endpoint e, int size, int warmup, int iterations) throws Exception {
            message = ByteBuffer.allocateDirect(size);
            histogram = new Histogram(3_600_000_000L, 3);
            warm = warmup;
            left = warmup + iterations;
            done = new CompletableFuture<>();
            next(e);
            return done.get(10, TimeUnit.MINUTES);
        }

        private void next(Endpoint e) {
            sentAt = System.nanoTime();
            if (!e.send(message, this, 0)) { // send leaves the position alone
                done.completeExceptionally(new IllegalStateException("send refused with one in flight"));
            }
        }

        @Override
        public void onMessage(Endpoint endpoint, ByteBuffer reply) {
            long rtt = System.nanoTime() - sentAt;
            if (warm > 0) {
                warm--;
            } else {
                histogram.recordValue(rtt);
            }
            if (--left == 0) {
                done.complete(histogram);
            } else {
                next(endpoint);
            }
        }

        @Override
        public void onComplete(Endpoint endpoint, long opId, int bytes) {
        }

        @Override
        public void onFailure(Endpoint endpoint, long opId, TransportException cause) {
            done.completeExceptionally(cause);
        }
    }

    /** One-sided reads, one in flight; each completion starts the next. */
    static final class Reads implements CompletionHandler {
        private Endpoint endpoint;
        private RegisteredBuffer local;
        private RegisteredBuffer remote;
        private int size;
        private Histogram histogram;
        private int left;
        private int warm;
        private long postedAt;
        private CompletableFuture<Histogram> done;

        Histogram run(Endpoint e, RegisteredBuffer l, RegisteredBuffer r, int bytes, int warmup, int iterations)
                throws Exception {
            endpoint = e;
            local = l;
            remote = r;
            size = bytes;
            histogram = new Histogram(3_600_000_000L, 3);
            warm = warmup;
            left = warmup + iterations;
            done = new CompletableFuture<>();
            post();
            return done.get(10, TimeUnit.MINUTES);
        }

        private void post() {
            postedAt = System.nanoTime();
            if (!endpoint.read(local, 0, remote.region(), 0, size, this, 0)) {
                done.completeExceptionally(new IllegalStateException("read refused with none in flight"));
            }
        }

        @Override
        public void onComplete(Endpoint e, long opId, int bytes) {
            long t = System.nanoTime() - postedAt;
            if (warm > 0) {
                warm--;
            } else {
                histogram.recordValue(t);
            }
            if (--left == 0) {
                done.complete(histogram);
            } else {
                post();
            }
        }

        @Override
        public void onFailure(Endpoint e, long opId, TransportException cause) {
            done.completeExceptionally(cause);
        }
    }
}
