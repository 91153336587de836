package org.borealis.fabric.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.borealis.fabric.node.NodeRuntime;

/**
 * The processes of {@code borealis up}: writes each node's configuration into the data folder,
 * starts the storage node and then the compute node as child JVMs (each in its own session, so a
 * terminal's Ctrl-C reaches only {@code up}, which then stops them in order: compute first),
 * and waits for each to listen. Each child watches {@code up}'s pid and stops itself when
 * {@code up} is gone, even if it was killed with SIGKILL.
 */
final class LocalCluster {

    private final LocalConfig config;
    private final Path dir;
    private final Path logs;
    private Process storage;
    private Process compute;

    LocalCluster(LocalConfig config, Path dir) {
        this.config = config;
        this.dir = dir;
        this.logs = dir.resolve("logs");
    }

    Path logs() {
        return logs;
    }

    void start() throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Path storageYaml = dir.resolve("storage.yaml");
        Files.writeString(storageYaml, """
                # written by borealis up from %s
                node-id: storage-1
                data-dir: %s
                service:
                  host: %s
                  port: %d
                  admin-port: %d
                """.formatted("local.yaml", dir.resolve("storage-1").toAbsolutePath(), config.host(), config.storagePort(),
                config.adminPorts() ? config.storagePort() + 1 : -1));
        Path computeYaml = dir.resolve("compute.yaml");
        Files.writeString(computeYaml, """
                # written by borealis up from %s
                node-id: compute-1
                admin-port: %d
                storage:
                  address: %s:%d
                engine:
                  buffer-pool-pages: %d
                  database: %s
                  superuser: %s
                wire:
                  host: %s
                  port: %d
                """.formatted("local.yaml", config.adminPorts() ? config.storagePort() + 2 : -1, config.host(),
                config.storagePort(), config.bufferPoolPages(), config.database(), config.superuser(), config.host(),
                config.port()));
        storage = spawn("storage", storageYaml, logs.resolve("storage-1.log"));
        awaitListening(storage, "storage node", config.storagePort(), logs.resolve("storage-1.log"));
        compute = spawn("compute", computeYaml, logs.resolve("compute-1.log"));
        awaitListening(compute, "compute node", config.port(), logs.resolve("compute-1.log"));
    }

    private Process spawn(String command, Path yaml, Path log) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            cmd.add("/usr/bin/setsid");
        }
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("--add-exports");
        cmd.add("java.base/sun.nio.ch=ALL-UNNAMED");
        cmd.add("-D" + NodeRuntime.PARENT_PID_PROPERTY + "=" + ProcessHandle.current().pid());
        String home = System.getProperty("borealis.home");
        if (home != null) {
            cmd.add("-Dborealis.home=" + home);
            cmd.add("-Djava.library.path=" + Path.of(home, "native", "target"));
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(BorealisCommand.class.getName());
        cmd.add(command);
        cmd.add("--config");
        cmd.add(yaml.toAbsolutePath().toString());
        cmd.add("--transport");
        cmd.add(config.transport());
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    private void awaitListening(Process p, String what, int port, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(config.startTimeoutSeconds());
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new UserException(what + " exited with status " + p.exitValue() + " while starting; see " + log);
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(config.host(), port), 200);
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new UserException(what + " did not listen on " + config.host() + ":" + port + " within "
                + config.startTimeoutSeconds() + " s; see " + log);
    }

    /** The child that exited, or null while both run. */
    String exited() {
        if (compute != null && !compute.isAlive()) {
            return "compute node (status " + compute.exitValue() + ", log " + logs.resolve("compute-1.log") + ")";
        }
        if (storage != null && !storage.isAlive()) {
            return "storage node (status " + storage.exitValue() + ", log " + logs.resolve("storage-1.log") + ")";
        }
        return null;
    }

    /** Stops compute, then storage: SIGTERM, then SIGKILL after a grace period. */
    void stop() {
        stop(compute);
        stop(storage);
    }

    private static void stop(Process p) {
        if (p == null || !p.isAlive()) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
