package org.borealis.pagestore.log;

import java.util.Locale;

/**
 * How the durable log makes appends durable ({@code log.mode} in the configuration).
 *
 * <ul>
 *   <li>{@code PMEM}: segments mapped with {@code MAP_SYNC} on a DAX filesystem; a write is
 *       durable once its cache lines are flushed ({@code MappedByteBuffer.force(index, length)}),
 *       no system call.</li>
 *   <li>{@code MMAP}: segments mapped from the page cache; written ranges flushed with
 *       {@code msync} (the same {@code force(index, length)}), grouped.</li>
 *   <li>{@code FSYNC}: positional {@code FileChannel.write}, then a group {@code fdatasync}.</li>
 *   <li>{@code AUTO}: {@code PMEM} when the synchronous mapping succeeds, else {@code FSYNC};
 *       the choice and the reason are logged.</li>
 * </ul>
 */
public enum LogMode {
    AUTO, PMEM, MMAP, FSYNC;

    /** The lower-case name used in configuration files. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
