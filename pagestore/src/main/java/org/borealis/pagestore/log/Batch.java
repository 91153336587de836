package org.borealis.pagestore.log;

import java.nio.ByteBuffer;

import org.borealis.pagestore.CorruptionException;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.service.StorageException;
import org.borealis.pagestore.service.StorageStatus;

/**
 * The records of one AppendLog batch, checked before anything is stored: each record whole with a
 * good CRC, LSNs in 1..2^63-1 and strictly increasing, each chained to the one before by its
 * previous-LSN, no record from a newer epoch than the batch's. Any violation rejects the whole
 * batch with {@link StorageStatus#BAD_BATCH}.
 */
final class Batch {

    final ByteBuffer buf;
    final int[] offsets;
    final int[] lengths;
    final long[] lsns;
    final long[] prevs;
    final int[] crcs;
    final int count;

    private Batch(ByteBuffer buf, int[] offsets, int[] lengths, long[] lsns, long[] prevs, int[] crcs, int count) {
        this.buf = buf;
        this.offsets = offsets;
        this.lengths = lengths;
        this.lsns = lsns;
        this.prevs = prevs;
        this.crcs = crcs;
        this.count = count;
    }

    /** Parses {@code records} (position to limit; not copied, not moved) or throws BAD_BATCH. */
    static Batch parse(ByteBuffer records, int epoch) {
        int start = records.position();
        int end = records.limit();
        int cap = 16;
        int[] offsets = new int[cap];
        int[] lengths = new int[cap];
        long[] lsns = new long[cap];
        long[] prevs = new long[cap];
        int[] crcs = new int[cap];
        int n = 0;
        LogRecord view = new LogRecord();
        int pos = start;
        while (pos < end) {
            int len;
            try {
                len = LogRecord.check(records, pos, end - pos);
            } catch (CorruptionException e) {
                throw new StorageException(StorageStatus.BAD_BATCH, "record " + n + " of the batch (byte "
                        + (pos - start) + "): " + e.getMessage());
            }
            view.wrap(records, pos);
            long lsn = view.lsn();
            if (lsn <= 0) {
                throw bad(n, "LSN " + Long.toUnsignedString(lsn) + " is outside 1..2^63-1");
            }
            if (n > 0 && lsn <= lsns[n - 1]) {
                throw bad(n, "LSN " + lsn + " does not follow LSN " + lsns[n - 1]);
            }
            if (n > 0 && view.prevLsn() != lsns[n - 1]) {
                throw bad(n, "LSN " + lsn + " names previous LSN " + view.prevLsn() + " but follows " + lsns[n - 1]);
            }
            if (view.prevLsn() < 0 || view.prevLsn() >= lsn) {
                throw bad(n, "LSN " + lsn + " names previous LSN " + Long.toUnsignedString(view.prevLsn())
                        + ", not below it");
            }
            if (Integer.compareUnsigned(view.epoch(), epoch) > 0) {
                throw bad(n, "LSN " + lsn + " carries epoch " + Integer.toUnsignedString(view.epoch())
                        + ", newer than the batch's " + Integer.toUnsignedString(epoch));
            }
            if (n == cap) {
                cap *= 2;
                offsets = java.util.Arrays.copyOf(offsets, cap);
                lengths = java.util.Arrays.copyOf(lengths, cap);
                lsns = java.util.Arrays.copyOf(lsns, cap);
                prevs = java.util.Arrays.copyOf(prevs, cap);
                crcs = java.util.Arrays.copyOf(crcs, cap);
            }
            offsets[n] = pos;
            lengths[n] = len;
            lsns[n] = lsn;
            prevs[n] = view.prevLsn();
            crcs[n] = records.getInt(pos + len - 4);
            n++;
            pos += len;
        }
        return new Batch(records, offsets, lengths, lsns, prevs, crcs, n);
    }

    private static StorageException bad(int index, String what) {
        return new StorageException(StorageStatus.BAD_BATCH, "record " + index + " of the batch: " + what);
    }
}
