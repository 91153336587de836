package org.borealis.pagestore.config;

import org.borealis.pagestore.log.LogMode;

/**
 * The durable log of a storage node ({@code log:} in {@code conf/storage.yaml}).
 *
 * @param mode        {@link LogMode}: {@code auto}, {@code pmem}, {@code mmap} or {@code fsync}
 * @param segmentSize bytes per segment file (1 MiB .. 1 GiB, a multiple of 4 KiB)
 */
public record LogConfig(LogMode mode, long segmentSize) {

    public static final long MIN_SEGMENT = 1L << 20;
    public static final long MAX_SEGMENT = 1L << 30;

    public LogConfig {
        if (mode == null) {
            throw new IllegalArgumentException("log.mode is required: one of auto, pmem, mmap, fsync");
        }
        if (segmentSize < MIN_SEGMENT || segmentSize > MAX_SEGMENT || segmentSize % 4096 != 0) {
            throw new IllegalArgumentException("log.segment-size must be a multiple of 4KiB in 1MiB..1GiB, was "
                    + segmentSize + " bytes");
        }
    }

    public static LogConfig defaults() {
        return new LogConfig(LogMode.AUTO, 64L << 20);
    }
}
