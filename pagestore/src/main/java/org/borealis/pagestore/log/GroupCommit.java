package org.borealis.pagestore.log;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Group commit of one {@link GroupLog}: written frames wait here until a flush covers them. The
 * first appending thread that finds no flush running becomes the leader: it takes every waiting
 * entry, flushes each segment once up to the highest end among them (one {@code fdatasync} or
 * {@code msync} for many batches; a cache-line flush in {@code pmem} mode), publishes the SCL and
 * completes the acks, and repeats while more arrived meanwhile. Others return at once; their acks
 * complete on the leader's thread. So concurrent appends share flushes without a dedicated thread
 * or a hand-off.
 */
final class GroupCommit {

    /** A written frame (or truncation) waiting to be durable. */
    private record Pending(SegmentFile segment, int end, long sclAfter, int epochAfter, int generation,
                           CompletableFuture<AppendAck> done, int appended) {
    }

    private final GroupLog log;
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private final AtomicBoolean leading = new AtomicBoolean();
    private SegmentFile syncedSegment;
    private int syncedTo;

    GroupCommit(GroupLog log) {
        this.log = log;
    }

    /** Queues an entry; caller holds the log's lock, so entries are in write order. */
    void enqueue(SegmentFile segment, int end, long sclAfter, int epochAfter, int generation,
                 CompletableFuture<AppendAck> done, int appended) {
        synchronized (waiting) {
            waiting.add(new Pending(segment, end, sclAfter, epochAfter, generation, done, appended));
        }
    }

    /** Flushes and completes waiting entries if no other thread is doing so. */
    void run() {
        while (true) {
            if (!leading.compareAndSet(false, true)) {
                return;
            }
            try {
                List<Pending> round;
                synchronized (waiting) {
                    round = new ArrayList<>(waiting);
                    waiting.clear();
                }
                if (!round.isEmpty()) {
                    flush(round);
                }
            } finally {
                leading.set(false);
            }
            synchronized (waiting) {
                if (waiting.isEmpty()) {
                    return;
                }
            }
        }
    }

    private void flush(List<Pending> round) {
        try {
            SegmentFile seg = null;
            int end = 0;
            for (Pending p : round) {
                if (p.segment() != seg) {
                    if (seg != null) {
                        force(seg, end);
                    }
                    seg = p.segment();
                    end = 0;
                }
                end = Math.max(end, p.end());
            }
            force(seg, end);
        } catch (IOException e) {
            RuntimeException failure = log.fail("flushing the log failed: " + e.getMessage(), e);
            for (Pending p : round) {
                p.done().completeExceptionally(failure);
            }
            return;
        }
        Pending last = round.get(round.size() - 1);
        log.durable(last.sclAfter(), last.epochAfter(), last.generation());
        for (Pending p : round) {
            p.done().complete(new AppendAck(last.sclAfter(), last.epochAfter(), p.appended()));
        }
    }

    private void force(SegmentFile seg, int end) throws IOException {
        int from = seg == syncedSegment ? syncedTo : SegmentFormat.HEADER_SIZE;
        if (end > from) {
            seg.force(from, end);
        }
        syncedSegment = seg;
        syncedTo = Math.max(from, end);
    }
}
