package org.borealis.fabric.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged {@code borealis} distribution as child processes for *IT tests: writes a
 * local.yaml with free ports, starts {@code borealis up}, waits for it to print the psql line,
 * and stops it with {@code borealis down}.
 */
final class LocalUp implements AutoCloseable {

    final Path dir;
    final Path data;
    final int port;
    final int storagePort;
    final Path config;
    private Process up;
    private final Path upLog;

    LocalUp(Path dir) throws IOException {
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = freePort();
        int sp;
        do {
            sp = freePort();
        } while (sp == port || sp + 1 == port || sp + 2 == port);
        this.storagePort = sp;
        this.config = dir.resolve("local.yaml");
        this.upLog = dir.resolve("up.out");
        Files.writeString(config, """
                data-dir: %s
                port: %d
                storage-port: %d
                admin-ports: false
                buffer-pool-pages: 8192
                """.formatted(data, port, storagePort));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static List<String> borealis(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-cp");
        cmd.add(System.getProperty("borealis.distribution.jar") + ":" + System.getProperty("borealis.distribution.lib") + "/*");
        cmd.add(BorealisCommand.class.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Starts {@code borealis up} and waits until it says it is up. */
    void start() throws Exception {
        up = new ProcessBuilder(borealis("up", "--config", config.toString())).redirectErrorStream(true)
                .redirectOutput(upLog.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String out = Files.exists(upLog) ? Files.readString(upLog) : "";
            if (out.contains("psql -h 127.0.0.1 -p " + port + " -U postgres")) {
                return;
            }
            if (!up.isAlive()) {
                throw new IllegalStateException("borealis up exited: " + out);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("borealis up did not come up: " + Files.readString(upLog));
    }

    String output() throws IOException {
        return Files.readString(upLog);
    }

    /** Runs a command to completion; returns exit code and output. */
    static Result run(List<String> cmd, long timeoutSeconds) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + cmd);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    record Result(int exit, String output) {
    }

    /** {@code borealis down}, then waits for up to exit. */
    void down() throws Exception {
        Result r = run(borealis("down", "--config", config.toString()), 90);
        if (r.exit() != 0) {
            throw new IllegalStateException("borealis down failed: " + r.output());
        }
        up.waitFor(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (up != null && up.isAlive()) {
            up.destroy();
            if (!up.waitFor(60, TimeUnit.SECONDS)) {
                up.destroyForcibly();
            }
        }
    }
}
