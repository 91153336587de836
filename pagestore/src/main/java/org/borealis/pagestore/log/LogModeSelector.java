package org.borealis.pagestore.log;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import jdk.nio.mapmode.ExtendedMapMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves {@code log.mode} to a concrete {@link LogMode} for a log folder. {@code pmem} and
 * {@code auto} probe the folder with a {@code MAP_SYNC} mapping ({@code READ_WRITE_SYNC}): it
 * succeeds only on a DAX filesystem (persistent memory). {@code auto} falls back to {@code fsync}
 * and logs why; {@code pmem} fails with the reason. The probe is a parameter so the choice is
 * testable on hosts without persistent memory.
 */
public final class LogModeSelector {

    private static final Logger LOG = LoggerFactory.getLogger(LogModeSelector.class);

    /** Tries a synchronous mapping in a folder; returns null when it works, else why not. */
    @FunctionalInterface
    public interface Probe {
        String tryMapSync(Path dir);
    }

    /** The real probe: maps a 4 KiB scratch file with {@code READ_WRITE_SYNC} and removes it. */
    public static final Probe MAP_SYNC_PROBE = LogModeSelector::probe;

    private LogModeSelector() {
    }

    public static LogMode select(LogMode requested, Path dir, String nodeId) throws IOException {
        return select(requested, dir, nodeId, MAP_SYNC_PROBE);
    }

    public static LogMode select(LogMode requested, Path dir, String nodeId, Probe probe) throws IOException {
        switch (requested) {
            case MMAP, FSYNC -> {
                LOG.info("[{}] log mode {} (configured)", nodeId, requested.configName());
                return requested;
            }
            case PMEM -> {
                String why = probe.tryMapSync(dir);
                if (why != null) {
                    throw new IOException("log.mode pmem needs " + dir + " on a DAX filesystem (persistent memory "
                            + "mounted with -o dax): a MAP_SYNC mapping failed: " + why
                            + ". Use log.mode fsync or mmap on ordinary disks, or auto to pick by itself.");
                }
                LOG.info("[{}] log mode pmem (configured): MAP_SYNC mapping works in {}", nodeId, dir);
                return LogMode.PMEM;
            }
            default -> {
                String why = probe.tryMapSync(dir);
                if (why == null) {
                    LOG.info("[{}] log mode auto: using pmem, a MAP_SYNC mapping works in {}", nodeId, dir);
                    return LogMode.PMEM;
                }
                LOG.info("[{}] log mode auto: using fsync (group fdatasync) because a MAP_SYNC mapping in {} failed: {}",
                        nodeId, dir, why);
                return LogMode.FSYNC;
            }
        }
    }

    private static String probe(Path dir) {
        Path file = dir.resolve(".map-sync-probe");
        try {
            Files.createDirectories(dir);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                ch.truncate(0);
                ch.write(java.nio.ByteBuffer.allocate(1), 4095);
                ch.map(ExtendedMapMode.READ_WRITE_SYNC, 0, 4096);
                return null;
            }
        } catch (IOException | UnsupportedOperationException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover probe file is harmless
            }
        }
    }
}
