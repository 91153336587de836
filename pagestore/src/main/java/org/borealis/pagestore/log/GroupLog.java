package org.borealis.pagestore.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.LongConsumer;

import org.borealis.pagestore.service.StorageException;
import org.borealis.pagestore.service.StorageStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable log of one protection group on this node: its segment files, its record index and
 * chain (SCL), its epoch and last truncation. Write path hop 3: takes a batch from
 * {@code StorageEngine.append}, validates it ({@link Batch}), writes one frame, and acknowledges
 * once {@link GroupCommit} made it durable; the next hop is the replay
 * ({@code org.borealis.pagestore.replay.Replayer}), which reads records up to {@link #durableScl()}.
 *
 * <p>Threads: appends and truncations from any thread (serialised by this object's lock);
 * durability by whichever appending thread leads the group commit; reads from the replay thread.
 */
public final class GroupLog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupLog.class);

    final String nodeId;
    final int group;
    final Path dir;
    final LogMode mode;
    final int segmentSize;
    final LogIndex index;
    final ConcurrentSkipListMap<Long, SegmentFile> segments;
    final GroupCommit commit;
    private ByteBuffer frame;
    private SegmentFile active;
    private int writePos;
    private int epoch;
    private int truncateEpoch;
    private long truncateAbove;
    private long truncateScl;
    private volatile long durableScl;
    /** Bumped by each truncation: a flush of frames written before it may not raise the SCL. */
    private int generation;
    private volatile int durableEpoch;
    private volatile StorageException failure;
    private volatile LongConsumer onDurable = lsn -> { };

    GroupLog(String nodeId, int group, Path dir, LogMode mode, int segmentSize, LogIndex index,
             ConcurrentSkipListMap<Long, SegmentFile> segments, SegmentFile active, int writePos,
             int epoch, int truncateEpoch, long truncateAbove, long truncateScl) {
        this.nodeId = nodeId;
        this.group = group;
        this.dir = dir;
        this.mode = mode;
        this.segmentSize = segmentSize;
        this.index = index;
        this.segments = segments;
        this.active = active;
        this.writePos = writePos;
        this.epoch = epoch;
        this.durableEpoch = epoch;
        this.truncateEpoch = truncateEpoch;
        this.truncateAbove = truncateAbove;
        this.truncateScl = truncateScl;
        this.durableScl = index.writtenScl();
        this.frame = ByteBuffer.allocateDirect(64 << 10);
        this.commit = new GroupCommit(this);
    }

    /** Opens (recovering) or creates the log of {@code group} in {@code dir}; see {@link LogRecovery}. */
    public static GroupLog open(String nodeId, int group, Path dir, LogMode mode, int segmentSize, long appliedLsn)
            throws IOException, org.borealis.pagestore.CorruptionException {
        return LogRecovery.open(nodeId, group, dir, mode, segmentSize, appliedLsn);
    }

    public int group() {
        return group;
    }

    /** The SCL: highest LSN with no hole before it whose records are all durable here. */
    public long durableScl() {
        return durableScl;
    }

    /** The group's epoch as durably recorded. */
    public int epoch() {
        return durableEpoch;
    }

    public synchronized int truncateEpoch() {
        return truncateEpoch;
    }

    public synchronized long truncateAbove() {
        return truncateAbove;
    }

    /**
     * The SCL right after the last truncation: page versions above it came from discarded
     * records, and replay must restart at or below it.
     */
    public synchronized long truncatePoint() {
        return truncateScl;
    }

    /** Called (on the committing thread) with the new SCL each time it moves. Must not block. */
    public void onDurable(LongConsumer listener) {
        this.onDurable = listener;
    }

    /**
     * Appends a batch. Validates it whole first; stores the records not already here as one frame;
     * completes when they are durable, with the SCL then. Fails with a {@link StorageException}:
     * STALE_EPOCH, BAD_BATCH, LSN_CONFLICT, IO_ERROR, CORRUPTION.
     *
     * @param records whole sealed records (position to limit); not kept after this returns
     */
    public CompletableFuture<AppendAck> append(int batchEpoch, ByteBuffer records) {
        CompletableFuture<AppendAck> done = new CompletableFuture<>();
        try {
            Batch batch = Batch.parse(records, batchEpoch);
            synchronized (this) {
                checkOpen();
                if (Integer.compareUnsigned(batchEpoch, epoch) < 0) {
                    throw new StorageException(StorageStatus.STALE_EPOCH, "group " + group + " is at epoch "
                            + Integer.toUnsignedString(epoch) + ", the batch carries "
                            + Integer.toUnsignedString(batchEpoch));
                }
                boolean[] fresh = classify(batch);
                int stored = writeRecords(batchEpoch, batch, fresh);
                epoch = batchEpoch;
                commit.enqueue(active, writePos, index.writtenScl(), epoch, generation, done, stored);
            }
        } catch (StorageException e) {
            done.completeExceptionally(e);
            return done;
        } catch (IOException e) {
            done.completeExceptionally(fail("writing to " + active.path() + " failed: " + e.getMessage(), e));
            return done;
        }
        commit.run();
        return done;
    }

    /**
     * Writer recovery: records {@code newEpoch} and that every record above {@code above} is
     * discarded, durably, so a restart honours it. Completes with the SCL right after the
     * truncation ({@link #truncatePoint()}).
     */
    public CompletableFuture<AppendAck> truncate(int newEpoch, long above) {
        CompletableFuture<AppendAck> done = new CompletableFuture<>();
        long point;
        try {
            synchronized (this) {
                checkOpen();
                if (Integer.compareUnsigned(newEpoch, epoch) < 0) {
                    throw new StorageException(StorageStatus.STALE_EPOCH, "group " + group + " is at epoch "
                            + Integer.toUnsignedString(epoch) + ", truncate asked for epoch "
                            + Integer.toUnsignedString(newEpoch));
                }
                if (above < 0) {
                    throw new StorageException(StorageStatus.BAD_ARGUMENT, "truncate above LSN "
                            + Long.toUnsignedString(above) + " is outside 0..2^63-1");
                }
                index.truncate(above);
                point = index.writtenScl();
                truncateScl = point;
                truncateEpoch = newEpoch;
                truncateAbove = above;
                writeFrame(SegmentFormat.KIND_TRUNCATE, newEpoch, above, point, 0, null, null);
                generation++;
                durableScl = Math.min(durableScl, index.writtenScl());
                epoch = newEpoch;
                LOG.info("[{}] group {}: truncated above LSN {} for epoch {}; SCL now {}", nodeId, group, above,
                        Integer.toUnsignedString(newEpoch), index.writtenScl());
                commit.enqueue(active, writePos, index.writtenScl(), epoch, generation, done, 0);
            }
        } catch (StorageException e) {
            done.completeExceptionally(e);
            return done;
        } catch (IOException e) {
            done.completeExceptionally(fail("writing to " + active.path() + " failed: " + e.getMessage(), e));
            return done;
        }
        commit.run();
        return done.thenApply(a -> new AppendAck(Math.min(a.scl(), point), a.epoch(), 0));
    }

    /** Which records of the batch are new; throws LSN_CONFLICT when one clashes with what is here. */
    private boolean[] classify(Batch b) {
        boolean[] fresh = new boolean[b.count];
        long scl = index.writtenScl();
        for (int i = 0; i < b.count; i++) {
            long lsn = b.lsns[i];
            RecordLoc have = index.get(lsn);
            if (have != null) {
                if (have.length() != b.lengths[i] || have.crc() != b.crcs[i]) {
                    throw new StorageException(StorageStatus.LSN_CONFLICT, "group " + group + " already has LSN "
                            + lsn + " with different bytes");
                }
                continue;
            }
            if (lsn <= index.base()) {
                continue; // applied and its segment gone: a retry of what we had
            }
            if (lsn <= scl) {
                throw new StorageException(StorageStatus.LSN_CONFLICT, "LSN " + lsn + " is at or below group "
                        + group + "'s SCL " + scl + " but not a record of its chain");
            }
            Long claimed = index.aheadWithPrev(b.prevs[i]);
            if (claimed != null && claimed != lsn) {
                throw new StorageException(StorageStatus.LSN_CONFLICT, "LSN " + lsn + " and LSN " + claimed
                        + " both name previous LSN " + b.prevs[i] + " in group " + group);
            }
            fresh[i] = true;
        }
        return fresh;
    }

    /** Writes the new records as one frame and indexes them; returns how many. Caller holds the lock. */
    private int writeRecords(int batchEpoch, Batch b, boolean[] fresh) throws IOException {
        int count = 0;
        int bytes = 0;
        for (int i = 0; i < b.count; i++) {
            if (fresh[i]) {
                count++;
                bytes += b.lengths[i];
            }
        }
        if (count == 0 && batchEpoch == epoch) {
            return 0;
        }
        if (SegmentFormat.frameSize(bytes) > segmentSize - SegmentFormat.HEADER_SIZE) {
            throw new StorageException(StorageStatus.BAD_BATCH, "batch of " + bytes
                    + " bytes does not fit a log segment of " + segmentSize);
        }
        int at = writeFrame(SegmentFormat.KIND_RECORDS, batchEpoch, 0, count, bytes, b, fresh);
        int p = at + SegmentFormat.FRAME_HEADER_SIZE;
        long seq = active.sequence();
        for (int i = 0; i < b.count; i++) {
            if (fresh[i]) {
                index.add(b.lsns[i], new RecordLoc(seq, p, b.lengths[i], b.crcs[i], b.prevs[i]));
                p += b.lengths[i];
            }
        }
        return count;
    }

    /** Builds a frame in the scratch buffer and writes it at the end of the log; returns its offset. */
    private int writeFrame(int kind, int frameEpoch, long above, long count, int bytes, Batch b, boolean[] fresh)
            throws IOException {
        int need = SegmentFormat.frameSize(kind == SegmentFormat.KIND_RECORDS ? bytes : 0);
        if (frame.capacity() < need) {
            frame = ByteBuffer.allocateDirect(Math.max(need, Math.min(2 * frame.capacity(),
                    segmentSize - SegmentFormat.HEADER_SIZE)));
        }
        ByteBuffer f = frame.clear();
        int p = SegmentFormat.FRAME_HEADER_SIZE;
        long first = above;
        long last = kind == SegmentFormat.KIND_TRUNCATE ? count : 0; // truncate: the SCL after it
        if (b != null) {
            first = 0;
            for (int i = 0; i < b.count; i++) {
                if (fresh[i]) {
                    f.put(p, b.buf, b.offsets[i], b.lengths[i]);
                    p += b.lengths[i];
                    first = first == 0 ? b.lsns[i] : first;
                    last = b.lsns[i];
                }
            }
        }
        int payload = kind == SegmentFormat.KIND_RECORDS ? bytes : 0;
        SegmentFormat.writeFrameHeader(f, 0, kind, payload, frameEpoch, first, last,
                kind == SegmentFormat.KIND_RECORDS ? (int) count : 0);
        int size = SegmentFormat.frameSize(payload);
        if (writePos + size > active.size()) {
            rollover(kind == SegmentFormat.KIND_TRUNCATE ? frameEpoch : epoch);
        }
        int at = writePos;
        active.write(at, f.limit(size).position(0));
        writePos += size;
        return at;
    }

    /** Starts a new segment; the old one is made fully durable first. Caller holds the lock. */
    private void rollover(int headerEpoch) throws IOException {
        active.force(SegmentFormat.HEADER_SIZE, writePos);
        long seq = active.sequence() + 1;
        SegmentFormat.Header h = new SegmentFormat.Header(group, seq, headerEpoch, truncateEpoch, truncateAbove,
                index.writtenScl(), truncateScl);
        SegmentFile next = SegmentFile.create(dir.resolve(SegmentFormat.fileName(seq)), segmentSize, mode, h);
        segments.put(seq, next);
        active = next;
        writePos = SegmentFormat.HEADER_SIZE;
        LOG.debug("[{}] group {}: new log segment {}", nodeId, group, next.path().getFileName());
    }

    /** Called by {@link GroupCommit} once everything up to a pending entry is durable. */
    void durable(long scl, int newEpoch, int gen) {
        long now;
        synchronized (this) {
            if (Integer.compareUnsigned(newEpoch, durableEpoch) > 0) {
                durableEpoch = newEpoch;
            }
            if (gen != generation) {
                scl = Math.min(scl, durableScl); // written before a later truncation: may only lower
            }
            if (scl == durableScl) {
                return;
            }
            durableScl = scl;
            now = scl;
        }
        onDurable.accept(now);
    }

    /** Records durable up to the SCL, in (from, to], in LSN order; for replay. */
    public NavigableMap<Long, RecordLoc> records(long from, long to) {
        return index.range(from, Math.min(to, durableScl));
    }

    /** A read-only view of one stored record (position 0, its length), checked by the reader. */
    public ByteBuffer read(RecordLoc loc) {
        SegmentFile f = segments.get(loc.segment());
        if (f == null) {
            throw new StorageException(StorageStatus.CORRUPTION, "group " + group + ": segment "
                    + SegmentFormat.fileName(loc.segment()) + " is gone but still referenced");
        }
        return f.view().slice(loc.offset(), loc.length());
    }

    /** Name of a segment file, for messages. */
    public String segmentName(long sequence) {
        return dir.resolve(SegmentFormat.fileName(sequence)).toString();
    }

    /** Records retained in the index, and records waiting above a hole, for metrics and tests. */
    public synchronized int[] indexStats() {
        return new int[] {index.size(), index.holes()};
    }

    /** True when the oldest segment is not the active one and all its records are at or below {@code appliedLsn}. */
    public synchronized boolean hasDeletableSegment(long appliedLsn) {
        SegmentFile first = segments.firstEntry().getValue();
        return first != active && index.segmentMax(first.sequence()) <= appliedLsn;
    }

    /**
     * Deletes segments whose records are all at or below {@code appliedLsn} (replayed and flushed
     * to the page store); never the active one.
     */
    public void deleteAppliedSegments(long appliedLsn) throws IOException {
        List<SegmentFile> gone = new ArrayList<>();
        synchronized (this) {
            for (SegmentFile f : segments.values()) {
                if (f == active || index.segmentMax(f.sequence()) > appliedLsn) {
                    break;
                }
                gone.add(f);
            }
            if (gone.isEmpty()) {
                return;
            }
            for (SegmentFile f : gone) {
                segments.remove(f.sequence());
                index.forgetSegment(f.sequence());
            }
            index.forgetUpTo(appliedLsn);
        }
        for (SegmentFile f : gone) {
            f.close();
            java.nio.file.Files.deleteIfExists(f.path());
            LOG.debug("[{}] group {}: deleted applied log segment {}", nodeId, group, f.path().getFileName());
        }
    }

    /** Marks the log failed: every later call fails with this error. */
    StorageException fail(String message, Throwable cause) {
        StorageException e = cause instanceof StorageException se ? se
                : new StorageException(StorageStatus.IO_ERROR, "group " + group + " log on " + nodeId + ": "
                + message, cause);
        if (failure == null) {
            failure = e;
            LOG.error("[{}] group {}: log failed, refusing further writes: {}", nodeId, group, message, cause);
        }
        return failure;
    }

    private void checkOpen() {
        StorageException f = failure;
        if (f != null) {
            throw f;
        }
    }

    @Override
    public synchronized void close() {
        for (SegmentFile f : segments.values()) {
            try {
                f.close();
            } catch (IOException e) {
                LOG.warn("[{}] group {}: closing {} failed: {}", nodeId, group, f.path(), e.toString());
            }
        }
        if (failure == null) {
            failure = new StorageException(StorageStatus.IO_ERROR, "group " + group + " log on " + nodeId + " is closed");
        }
    }
}
