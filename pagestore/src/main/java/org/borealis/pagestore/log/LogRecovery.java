package org.borealis.pagestore.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

import org.borealis.pagestore.CorruptionException;
import org.borealis.pagestore.record.LogRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a group's log at start-up: reads every segment in order ({@link SegmentScanner}), rebuilds
 * the index, the chain, the epoch and the last truncation, truncates a torn tail of the last
 * segment (never acknowledged) and refuses to start, naming the segment and offset, when damage
 * lies before valid data.
 */
final class LogRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(LogRecovery.class);

    private LogRecovery() {
    }

    static GroupLog open(String nodeId, int group, Path dir, LogMode mode, int segmentSize, long appliedLsn)
            throws IOException, CorruptionException {
        Files.createDirectories(dir);
        removeUnfinished(nodeId, group, dir);
        List<Long> seqs = listSegments(dir);
        ConcurrentSkipListMap<Long, SegmentFile> segments = new ConcurrentSkipListMap<>();
        if (seqs.isEmpty()) {
            SegmentFormat.Header h = new SegmentFormat.Header(group, 1, 0, 0, 0, appliedLsn, 0);
            SegmentFile f = SegmentFile.create(dir.resolve(SegmentFormat.fileName(1)), segmentSize, mode, h);
            segments.put(1L, f);
            return new GroupLog(nodeId, group, dir, mode, segmentSize, new LogIndex(appliedLsn), segments, f,
                    SegmentFormat.HEADER_SIZE, 0, 0, 0, 0);
        }
        State st = new State();
        SegmentFile last = null;
        int end = SegmentFormat.HEADER_SIZE;
        try {
            for (int i = 0; i < seqs.size(); i++) {
                long seq = seqs.get(i);
                boolean isLast = i == seqs.size() - 1;
                Path path = dir.resolve(SegmentFormat.fileName(seq));
                if (isLast && i > 0 && Files.size(path) < SegmentFormat.HEADER_SIZE) {
                    // created in place by an older version and cut short by a crash: it never held a record
                    LOG.warn("[{}] group {}: removing segment {} left half-created by a crash ({} bytes)", nodeId,
                            group, path.getFileName(), Files.size(path));
                    Files.delete(path);
                    break;
                }
                SegmentFile f = SegmentFile.open(path, seq, mode);
                ByteBuffer view = f.view();
                String[] why = new String[1];
                SegmentFormat.Header h = SegmentFormat.readHeader(view, why);
                if (h == null) {
                    if (isLast && SegmentScanner.allZero(view, SegmentFormat.HEADER_SIZE, view.capacity()) && i > 0) {
                        LOG.warn("[{}] group {}: removing segment {} left half-created by a crash ({})", nodeId, group,
                                path.getFileName(), why[0]);
                        f.close();
                        Files.delete(path);
                        break;
                    }
                    f.close();
                    throw new CorruptionException("segment " + path + " offset 0: " + why[0]);
                }
                if (h.group() != group || h.sequence() != seq) {
                    f.close();
                    throw new CorruptionException("segment " + path + " offset 0: header names group " + h.group()
                            + " sequence " + h.sequence() + ", expected group " + group + " sequence " + seq);
                }
                if (st.index == null) {
                    st.index = new LogIndex(Math.max(h.baseScl(), appliedLsn));
                    st.epoch = h.epoch();
                    st.truncateEpoch = h.truncateEpoch();
                    st.truncateAbove = h.truncateAbove();
                    st.truncateScl = h.truncateScl();
                }
                segments.put(seq, f);
                SegmentScanner.Result r = SegmentScanner.scan(path.toString(), seq, view, st);
                if (r.torn()) {
                    if (!isLast) {
                        throw new CorruptionException("segment " + path + " offset " + r.end()
                                + ": damaged bytes in a segment that is not the last one");
                    }
                    truncateTail(nodeId, group, f, r.end());
                }
                last = f;
                end = r.end();
            }
        } catch (CorruptionException | IOException | RuntimeException e) {
            for (SegmentFile f : segments.values()) {
                f.close();
            }
            throw e;
        }
        LOG.info("[{}] group {}: log recovered from {} segment(s): {} records, SCL {}, epoch {}, {} hole(s)",
                nodeId, group, segments.size(), st.index.size(), st.index.writtenScl(),
                Integer.toUnsignedString(st.epoch), st.index.holes());
        return new GroupLog(nodeId, group, dir, mode, segmentSize, st.index, segments, last, end,
                st.epoch, st.truncateEpoch, st.truncateAbove, st.truncateScl);
    }

    private static void truncateTail(String nodeId, int group, SegmentFile f, int from) throws IOException {
        ByteBuffer view = f.view();
        int to = view.capacity();
        while (to > from && view.get(to - 1) == 0) {
            to--;
        }
        ByteBuffer zeros = ByteBuffer.allocate(Math.min(1 << 20, Math.max(1, to - from)));
        for (int p = from; p < to; p += zeros.capacity()) {
            f.write(p, zeros.clear().limit(Math.min(zeros.capacity(), to - p)));
        }
        f.force(from, to);
        LOG.warn("[{}] group {}: truncated a torn tail of {} bytes at offset {} of {} (never acknowledged)",
                nodeId, group, to - from, from, f.path());
    }

    /** Deletes segments whose creation a crash interrupted: they never held a record. */
    private static void removeUnfinished(String nodeId, int group, Path dir) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.seg" + SegmentFile.CREATING)) {
            for (Path p : ds) {
                LOG.warn("[{}] group {}: removing {}, a segment whose creation a crash interrupted", nodeId, group,
                        p.getFileName());
                Files.delete(p);
            }
        }
    }

    static List<Long> listSegments(Path dir) throws IOException {
        List<Long> seqs = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.seg")) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                try {
                    seqs.add(Long.parseUnsignedLong(n.substring(0, n.length() - 4), 16));
                } catch (NumberFormatException e) {
                    throw new IOException("unexpected file " + p + " in a log folder");
                }
            }
        }
        seqs.sort(Long::compare);
        return seqs;
    }

    /** What the scan rebuilds. */
    private static final class State implements SegmentScanner.Visitor {
        LogIndex index;
        int epoch;
        int truncateEpoch;
        long truncateAbove;
        long truncateScl;
        private final LogRecord rec = new LogRecord();

        @Override
        public void records(long segment, int frameOffset, int frameEpoch, ByteBuffer view, int[] offsets, int count) {
            raiseEpoch(frameEpoch);
            for (int i = 0; i < count; i++) {
                rec.wrap(view, offsets[i]);
                int len = rec.length();
                index.add(rec.lsn(), new RecordLoc(segment, offsets[i], len, view.getInt(offsets[i] + len - 4),
                        rec.prevLsn()));
            }
        }

        @Override
        public void truncate(long segment, int frameEpoch, long above, long sclAfter) {
            raiseEpoch(frameEpoch);
            index.truncate(above);
            truncateEpoch = frameEpoch;
            truncateAbove = above;
            truncateScl = sclAfter;
        }

        private void raiseEpoch(int e) {
            if (Integer.compareUnsigned(e, epoch) > 0) {
                epoch = e;
            }
        }
    }
}
