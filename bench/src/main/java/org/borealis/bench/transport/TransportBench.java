package org.borealis.bench.transport;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.borealis.transport.TransportKind;

/**
 * Transport benchmark: round-trip latency of 64 B and 8 KiB two-sided messages, one-sided 8 KiB
 * reads with 1 and 16 outstanding (latency and GB/s), and 8 KiB streaming throughput, each side
 * by side with a plain blocking-socket baseline of the same sizes (ping-pong, pipelined
 * request/response, streaming) in the same run, alternating rounds after an untimed pass over every
 * case (so the JIT compiler is done before anything is timed). Prints p50/p99/p99.9, GB/s, CPU
 * microseconds per operation (the whole process: both ends share it), the ratios and whether the
 * targets were met: p50 round trip within 1.3x of the plain ping-pong,
 * 8 KiB one-sided reads at 16 outstanding at least 1 GB/s.
 *
 * <pre>
 * java -cp "bench/target/classes:bench/target/lib/*" org.borealis.bench.transport.TransportBench
 *      [--smoke] [--transport tcp|rdma|auto] [--bind ADDRESS] [--rounds N] [--io-threads N] [--only CASE]
 *      [--side both|transport|baseline] [--verbose]
 * </pre>
 */
public final class TransportBench {

    private TransportBench() {
    }

    private record Case(String name, Side transport, Side baseline) {
    }

    @FunctionalInterface
    private interface Side {
        Measurement run(int warmup, int n) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = false;
        TransportKind kind = TransportKind.TCP;
        InetAddress bind = InetAddress.getLoopbackAddress();
        int rounds = 3;
        int ioThreads = 1;
        String only = "";
        String side = "both";
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--transport" -> kind = TransportKind.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--bind" -> bind = InetAddress.getByName(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--io-threads" -> ioThreads = Integer.parseInt(args[++i]);
                case "--only" -> only = args[++i];
                case "--side" -> side = args[++i];
                case "--verbose" -> verbose = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (--smoke, --transport tcp|rdma|auto, --bind ADDRESS, --rounds N, --io-threads N, --only CASE,"
                        + " --side both|transport|baseline, --verbose)");
            }
        }
        if (smoke) {
            rounds = 1;
        }
        int scale = smoke ? 1 : 25;
        int warmup = smoke ? 2_000 : 20_000;
        int latencyOps = 2_000 * scale;
        int bulkOps = 8_000 * scale;

        try (TransportSide t = new TransportSide(kind, bind, ioThreads)) {
            List<Case> cases = List.of(
                    new Case("round trip 64 B", (w, n) -> t.roundTrip(64, w, n),
                            (w, n) -> SocketBaseline.requestResponse(64, 64, 1, w, n)),
                    new Case("round trip 8 KiB", (w, n) -> t.roundTrip(8192, w, n),
                            (w, n) -> SocketBaseline.requestResponse(8192, 8192, 1, w, n)),
                    new Case("read 8 KiB x1", (w, n) -> t.reads(8192, 1, w, n),
                            (w, n) -> SocketBaseline.requestResponse(16, 8192, 1, w, n)),
                    new Case("read 8 KiB x16", (w, n) -> t.reads(8192, 16, w, n),
                            (w, n) -> SocketBaseline.requestResponse(16, 8192, 16, w, n)),
                    new Case("stream 8 KiB", (w, n) -> t.stream(8192, 64, w, n),
                            (w, n) -> SocketBaseline.stream(8192, w + n)));
            System.out.printf("transport benchmark: %s vs plain blocking sockets on %s, %d round(s), %s%n", t.name(),
                    bind.getHostAddress(), rounds, smoke ? "smoke" : "full");
            System.out.printf("java %s, %d cpus, io threads %d%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), ioThreads);
            System.out.printf("%-18s %-9s %10s %10s %10s %9s %10s%n", "case", "side", "p50 us", "p99 us", "p99.9 us",
                    "GB/s", "cpu us/op");
            List<String> verdicts = new ArrayList<>();
            if (!smoke) { // one untimed pass over every case first: the compiler must be done before timing
                for (Case c : cases) {
                    if (c.name.contains(only)) {
                        c.transport.run(warmup, latencyOps / 2);
                        c.baseline.run(warmup, latencyOps / 2);
                    }
                }
            }
            for (Case c : cases) {
                if (!c.name.contains(only)) {
                    continue;
                }
                int n = c.name.startsWith("round trip") || c.name.endsWith("x1") ? latencyOps : bulkOps;
                Measurement mt = null;
                Measurement mb = null;
                for (int r = 0; r < rounds; r++) { // alternate, so both sides see the same machine
                    Measurement a = side.equals("baseline") ? null : c.transport.run(warmup, n);
                    Measurement b = side.equals("transport") ? null : c.baseline.run(warmup, n);
                    if (verbose) {
                        System.out.printf("  round %d: %s%s%n", r, a == null ? "" : String.format("%s p50 %.1f cpu %.1f  ",
                                t.name(), a.micros(50), a.cpuMicrosPerOp()), b == null ? "" : String.format(
                                "baseline p50 %.1f cpu %.1f", b.micros(50), b.cpuMicrosPerOp()));
                    }
                    mt = mt == null ? a : a == null ? mt : mt.plus(a);
                    mb = mb == null ? b : b == null ? mb : mb.plus(b);
                }
                if (mt == null || mb == null) {
                    print(c.name, mt == null ? "baseline" : t.name(), mt == null ? mb : mt);
                    continue;
                }
                print(c.name, t.name(), mt);
                print("", "baseline", mb);
                double p50 = mt.micros(50) / mb.micros(50);
                double gbps = mt.gigabytesPerSecond() / mb.gigabytesPerSecond();
                double cpu = mt.cpuMicrosPerOp() / mb.cpuMicrosPerOp();
                System.out.printf("%-18s %-9s %9.2fx %21s %8.2fx %9.2fx%n", "", "ratio", p50, "", gbps, cpu);
                if (c.name.startsWith("round trip")) {
                    verdicts.add(String.format("%s: p50 %.2fx the plain ping-pong (target <= 1.30x): %s", c.name, p50,
                            p50 <= 1.3 ? "met" : "MISSED"));
                }
                if (c.name.equals("read 8 KiB x16")) {
                    verdicts.add(String.format("%s: %.2f GB/s (target >= 1.00 GB/s): %s", c.name,
                            mt.gigabytesPerSecond(), mt.gigabytesPerSecond() >= 1.0 ? "met" : "MISSED"));
                }
            }
            if (smoke) {
                System.out.println("smoke run: too short to warm the JIT up, so the targets are not judged");
            } else {
                verdicts.forEach(v -> System.out.println("target " + v));
            }
        }
    }

    private static void print(String name, String side, Measurement m) {
        System.out.printf("%-18s %-9s %10.1f %10.1f %10.1f %9.2f %10.2f%n", name, side, m.micros(50), m.micros(99),
                m.micros(99.9), m.gigabytesPerSecond(), m.cpuMicrosPerOp());
    }
}
