package org.borealis.fabric.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code borealis down}: stops the {@code borealis up} running on a data folder, from another
 * shell: signals it (SIGTERM) and waits until it has stopped both nodes.
 */
@Command(name = "down", mixinStandardHelpOptions = true, description = "Stop the borealis up running on a data folder.")
public final class DownCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "local cluster configuration (default: conf/local.yaml if present)")
    Path config;

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (overrides data-dir)")
    Path data;

    @Override
    public Integer call() throws Exception {
        Path dir = (data != null ? data : UpCommand.load(config).dataDir()).toAbsolutePath().normalize();
        Path pidFile = dir.resolve(UpCommand.PID);
        if (!Files.exists(pidFile)) {
            throw new UserException("nothing is running on " + dir + " (no " + UpCommand.PID + ")");
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty() || !p.get().isAlive()) {
            Files.deleteIfExists(pidFile);
            throw new UserException("nothing is running on " + dir + " (pid " + pid + " is gone)");
        }
        System.out.println("borealis: stopping borealis up (pid " + pid + ") on " + dir);
        p.get().destroy();
        try {
            p.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new UserException("borealis up (pid " + pid + ") did not stop within 60 s");
        }
        System.out.println("borealis: stopped");
        return 0;
    }
}
