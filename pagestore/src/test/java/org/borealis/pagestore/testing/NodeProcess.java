package org.borealis.pagestore.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.borealis.pagestore.log.LogMode;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.TransportLimits;

/**
 * A storage node in a child JVM ({@link StorageNodeMain}) for multi-process tests (in the
 * test-jar): started with a log mode and a transport; everything it prints (stdout and stderr, so
 * its log lines and a crashing JVM's report) goes to a log file, copied by a daemon thread that
 * keeps reading for the child's whole life (a pipe nobody reads fills up and stops the child at
 * its next log line); {@link #kill} is SIGKILL. The child gets this JVM's class path and library path (for the rdma transport's
 * native library) and logging configuration, and the JVM flags in
 * {@code -Dborealis.test.childJvmFlags} (the lab passes flags that make JVMs start faster under
 * software emulation).
 */
public final class NodeProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;
    private final String mode;

    private NodeProcess(Process process, Path log, int port, String mode) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.mode = mode;
    }

    /**
     * The transport configuration of both ends of a multi-process test: the default limits with a
     * connect (and handshake) timeout of 30 s instead of 5 s, since a JVM that has just started
     * under software emulation (the lab guest) can take longer than that to answer.
     */
    public static TransportConfig transportConfig(TransportKind kind, String nodeId) {
        TransportLimits d = TransportLimits.DEFAULT;
        return new TransportConfig(kind, new TransportLimits(d.maxMessageSize(), d.maxOneSidedSize(),
                d.maxOutstanding(), 30_000), 0, nodeId);
    }

    /** Starts a node on {@code data} on any free port and waits until it serves. */
    public static NodeProcess start(Path data, LogMode mode, TransportKind transport, Path log) throws IOException {
        return start(data, mode, transport, log, 0);
    }

    /** Starts a node on {@code data} serving on {@code port} (0: any free one) and waits until it serves. */
    public static NodeProcess start(Path data, LogMode mode, TransportKind transport, Path log, int port)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                "--add-exports", "java.base/sun.nio.ch=ALL-UNNAMED",
                "-Djava.library.path=" + System.getProperty("java.library.path")));
        String extra = System.getProperty("borealis.test.childJvmFlags", "").trim();
        if (!extra.isEmpty()) {
            cmd.addAll(List.of(extra.split("\\s+")));
        }
        String logback = System.getProperty("logback.configurationFile");
        if (logback != null) {
            cmd.add("-Dlogback.configurationFile=" + logback);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), StorageNodeMain.class.getName(),
                data.toString(), mode.configName(), transport.name().toLowerCase(Locale.ROOT), Integer.toString(port)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        String reported = null;
        String line;
        while ((line = r.readLine()) != null) {
            out.write(line);
            out.newLine();
            out.flush();
            if (line.startsWith("MODE ")) {
                reported = line.substring(5).trim();
            } else if (line.startsWith("PORT ")) {
                Thread drain = new Thread(() -> copy(r, out), "node-output-" + log.getFileName());
                drain.setDaemon(true);
                drain.start();
                return new NodeProcess(p, log, Integer.parseInt(line.substring(5).trim()), reported);
            }
        }
        out.close();
        p.destroyForcibly();
        int exit;
        try {
            exit = p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = -1;
        }
        throw new AssertionError("the storage node exited (status " + exit + ") before serving; the end of its output ("
                + log + "):\n" + tail(log));
    }

    /** Copies the rest of the child's output into its log file, line by line, until the child is gone. */
    private static void copy(BufferedReader r, BufferedWriter out) {
        try (r; out) {
            String line;
            while ((line = r.readLine()) != null) {
                out.write(line);
                out.newLine();
                out.flush();
            }
        } catch (IOException e) {
            // the child is gone or the log cannot be written: nothing left to copy
        }
    }

    /** Where the node serves (loopback; the rdma transport maps it to its device's address). */
    public InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    /** The log mode the node reported it uses. */
    public String logMode() {
        return mode;
    }

    /** Checks the node uses {@code expected}. */
    public NodeProcess assertLogMode(LogMode expected) {
        assertThat(mode).as("the node's log mode").isEqualTo(expected.configName());
        return this;
    }

    /** SIGKILL, without waiting. */
    public void kill() {
        process.destroyForcibly();
    }

    /** The last lines of the node's log, for failure messages. */
    public String logTail() {
        return tail(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
