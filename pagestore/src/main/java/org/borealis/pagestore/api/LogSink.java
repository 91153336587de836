package org.borealis.pagestore.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * Where compute's log records go. The write path's seam: compute appends encoded, unsealed records
 * in LSN order; the sink routes each to its protection group, {@link
 * org.borealis.pagestore.record.LogRecordWriter#seal seals} it with the group's previous LSN and
 * the writer's epoch, and ships it to storage. Compute learns durability only through
 * {@link #durableLsn()} (the VDL): a commit returns when the VDL reaches its commit record.
 *
 * <p>Thread-safe. {@link #append} may block the calling thread for back-pressure when too much is
 * in flight; it never blocks for a round trip otherwise.
 */
public interface LogSink extends AutoCloseable {

    /**
     * Recovers the volume for a new writer and returns where it continues: learns the durable end
     * of the log from storage, takes a new epoch (storage then refuses the old writer) and discards
     * records above the durable end. Called once, before the first {@link #append}.
     */
    WriterStart open() throws IOException;

    /**
     * Takes one or more whole encoded records (position to limit), each with an LSN above every
     * record appended before. The bytes are copied before this returns.
     *
     * @throws IOException when the sink has failed (for example lost its write quorum for good);
     *                     the records were not taken
     */
    void append(ByteBuffer records) throws IOException;

    /** The highest LSN at or below which every record is durable on a write quorum (the VDL). */
    long durableLsn();

    /**
     * Completes with the durable LSN once it is at least {@code lsn}; fails if the sink fails first.
     * Many waiters share one advance (group commit). Completes on the sink's own thread: do not
     * block in dependent stages.
     */
    CompletableFuture<Long> whenDurable(long lsn);

    @Override
    void close();
}
