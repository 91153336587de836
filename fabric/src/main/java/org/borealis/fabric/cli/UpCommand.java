package org.borealis.fabric.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.borealis.fabric.config.ConfigBinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code borealis up}: the embedded default. Starts a storage node and a compute node as separate
 * processes from {@code conf/local.yaml}, everything under one data folder (logs in its
 * {@code logs/}), prints how to connect, and runs until Ctrl-C or {@code borealis down}, then stops
 * both cleanly. Starting again keeps the data. The folder is locked while up runs, so a second
 * {@code up} on it refuses.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start a storage node and a compute node on this machine (psql-ready).")
public final class UpCommand implements Callable<Integer> {

    static final String LOCK = "borealis.lock";
    static final String PID = "up.pid";

    @Option(names = "--config", paramLabel = "FILE", description = "local cluster configuration (default: conf/local.yaml if present)")
    Path config;

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (overrides data-dir)")
    Path data;

    @Override
    public Integer call() throws Exception {
        LocalConfig c = load(config);
        Path dir = (data != null ? data : c.dataDir()).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        try (FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String pid = Files.exists(dir.resolve(PID)) ? Files.readString(dir.resolve(PID)).trim() : "?";
                throw new UserException("another borealis up (pid " + pid + ") is already running on " + dir
                        + "; stop it with 'borealis down --data " + dir + "' or Ctrl-C in its terminal");
            }
            Files.writeString(dir.resolve(PID), ProcessHandle.current().pid() + "\n");
            return run(c, dir);
        }
    }

    static LocalConfig load(Path config) throws IOException, org.borealis.fabric.config.ConfigException {
        Path f = config;
        if (f == null) {
            String home = System.getProperty("borealis.home");
            Path local = Path.of("conf", "local.yaml");
            f = Files.exists(local) ? local : home != null && Files.exists(Path.of(home, "conf", "local.yaml"))
                    ? Path.of(home, "conf", "local.yaml") : null;
        }
        return f == null ? LocalConfig.defaults() : ConfigBinder.load(f, LocalConfig.class);
    }

    private int run(LocalConfig c, Path dir) throws Exception {
        LocalCluster cluster = new LocalCluster(c, dir);
        CountDownLatch stopped = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        Thread hook = new Thread(() -> {
            if (!stopping.compareAndSet(false, true)) {
                return;
            }
            System.out.println("borealis: stopping (compute, then storage)...");
            cluster.stop();
            try {
                Files.deleteIfExists(dir.resolve(PID));
            } catch (IOException ignored) {
                // best effort
            }
            System.out.println("borealis: stopped; data kept in " + dir);
            stopped.countDown();
        }, "borealis-up-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        System.out.println("borealis: starting a storage node and a compute node, data in " + dir);
        cluster.start();
        System.out.println("borealis: up. Connect with:");
        System.out.println();
        System.out.println("    psql -h " + c.host() + " -p " + c.port() + " -U " + c.superuser()
                + (c.database().equals(c.superuser()) ? "" : " " + c.database()));
        System.out.println();
        System.out.println("Logs: " + cluster.logs() + ". Stop with Ctrl-C or 'borealis down --data " + dir + "'.");
        while (!stopping.get()) {
            String gone = cluster.exited();
            if (gone != null && !stopping.get()) {
                System.err.println("borealis: the " + gone + " exited; stopping");
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException alreadyShuttingDown) {
                    stopped.await();
                    return 1;
                }
                hook.run();
                return 1;
            }
            Thread.sleep(500);
        }
        stopped.await();
        return 0;
    }
}
