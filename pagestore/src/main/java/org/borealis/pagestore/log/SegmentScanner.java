package org.borealis.pagestore.log;

import java.nio.ByteBuffer;

import org.borealis.pagestore.CorruptionException;
import org.borealis.pagestore.record.LogRecord;

/**
 * Validates one segment at start-up, frame by frame and record by record (frame CRC, each
 * record's CRC, LSN order inside a frame, counts), and hands every frame to a {@link Visitor} in
 * file order. Where the valid frames end it tells apart:
 * <ul>
 *   <li>the clean end: only zeros follow;</li>
 *   <li>a torn tail: damaged bytes with no valid frame after them that show a write cut off by a
 *       crash (zeros where bytes should be; never acknowledged, since acks wait for the flush) —
 *       reported, the caller truncates it if it is the log's last segment;</li>
 *   <li>damage: a valid frame exists after the damaged bytes, or the damaged frame is complete
 *       (every byte written) — acknowledged data may be hurt: a {@link CorruptionException}
 *       naming the segment and offset.</li>
 * </ul>
 */
final class SegmentScanner {

    interface Visitor {
        void records(long segment, int frameOffset, int epoch, ByteBuffer view, int[] offsets, int count)
                throws CorruptionException;

        void truncate(long segment, int epoch, long above, long sclAfter);
    }

    /** Where the valid frames of a segment end, and whether damaged bytes follow. */
    record Result(int end, boolean torn) {
    }

    private SegmentScanner() {
    }

    static Result scan(String name, long sequence, ByteBuffer view, Visitor visitor) throws CorruptionException {
        int size = view.capacity();
        int pos = SegmentFormat.HEADER_SIZE;
        int[] offsets = new int[64];
        while (pos + SegmentFormat.FRAME_HEADER_SIZE <= size
                && SegmentFormat.isValidFrame(view, pos, size - pos)) {
            int kind = Byte.toUnsignedInt(view.get(pos + 4));
            int payload = view.getInt(pos + 8);
            int epoch = view.getInt(pos + 12);
            long first = view.getLong(pos + 16);
            long last = view.getLong(pos + 24);
            int count = view.getInt(pos + 32);
            if (kind == SegmentFormat.KIND_RECORDS) {
                offsets = checkRecords(name, view, pos, payload, first, last, count, offsets);
                visitor.records(sequence, pos, epoch, view, offsets, count);
            } else if (kind == SegmentFormat.KIND_TRUNCATE) {
                visitor.truncate(sequence, epoch, first, last);
            } else {
                throw new CorruptionException("segment " + name + " offset " + pos + ": unknown frame kind " + kind);
            }
            pos += SegmentFormat.frameSize(payload);
        }
        if (pos >= size || allZero(view, pos, size)) {
            return new Result(pos, false);
        }
        for (int p = pos + 8; p + SegmentFormat.FRAME_HEADER_SIZE <= size; p += 8) {
            if (view.getInt(p) == SegmentFormat.FRAME_MAGIC && SegmentFormat.isValidFrame(view, p, size - p)) {
                throw new CorruptionException("segment " + name + " offset " + pos
                        + ": damaged frame before the valid frame at offset " + p
                        + "; acknowledged records may be damaged, refusing to start");
            }
        }
        if (complete(view, pos, size)) {
            throw new CorruptionException("segment " + name + " offset " + pos + ": the last frame is complete but "
                    + "fails its checks: damage, not a write cut off by a crash; refusing to start");
        }
        return new Result(pos, true);
    }

    /**
     * True when the frame at {@code pos} has a plausible header and every byte of its extent was
     * written: its last 8 bytes are not zero and no 64-byte line inside it is all zero. A write cut
     * off by a crash leaves zeros (segments are zero-filled; writes go front to back, and on
     * persistent memory lost cache lines read as zero), so such a frame failing its CRC is damage.
     * A frame whose payload legitimately holds a zero line counts as torn: the rule errs towards
     * cutting only where a torn write is possible.
     */
    static boolean complete(ByteBuffer view, int pos, int size) {
        if (size - pos < SegmentFormat.FRAME_HEADER_SIZE || view.getInt(pos) != SegmentFormat.FRAME_MAGIC) {
            return false;
        }
        int payload = view.getInt(pos + 8);
        if (payload < 0 || SegmentFormat.frameSize(payload) > size - pos) {
            return false;
        }
        int end = pos + SegmentFormat.FRAME_HEADER_SIZE + payload;
        if (end - pos < 8 || view.getLong(end - 8) == 0L) {
            return false;
        }
        for (int line = (pos + 63) & ~63; line + 64 <= end; line += 64) {
            if (allZero(view, line, line + 64)) {
                return false;
            }
        }
        return true;
    }

    private static int[] checkRecords(String name, ByteBuffer view, int frame, int payload, long first, long last,
                                      int count, int[] offsets) throws CorruptionException {
        int[] out = offsets.length >= count ? offsets : new int[count];
        int p = frame + SegmentFormat.FRAME_HEADER_SIZE;
        int end = p + payload;
        long prev = 0;
        LogRecord rec = new LogRecord();
        for (int i = 0; i < count; i++) {
            int len;
            try {
                len = LogRecord.check(view, p, end - p);
            } catch (CorruptionException e) {
                throw new CorruptionException("segment " + name + " offset " + p + ": " + e.getMessage());
            }
            long lsn = rec.wrap(view, p).lsn();
            if (lsn <= prev) {
                throw new CorruptionException("segment " + name + " offset " + p + ": LSN " + lsn
                        + " does not follow " + prev + " in its frame");
            }
            if ((i == 0 && lsn != first) || (i == count - 1 && lsn != last)) {
                throw new CorruptionException("segment " + name + " offset " + frame
                        + ": frame LSN range does not match its records");
            }
            out[i] = p;
            prev = lsn;
            p += len;
        }
        if (p != end) {
            throw new CorruptionException("segment " + name + " offset " + p + ": " + (end - p)
                    + " bytes after the frame's " + count + " records");
        }
        return out;
    }

    static boolean allZero(ByteBuffer view, int from, int to) {
        int p = from;
        for (; p + 8 <= to; p += 8) {
            if (view.getLong(p) != 0L) {
                return false;
            }
        }
        for (; p < to; p++) {
            if (view.get(p) != 0) {
                return false;
            }
        }
        return true;
    }
}
