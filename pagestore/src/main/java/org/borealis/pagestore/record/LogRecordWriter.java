package org.borealis.pagestore.record;

import java.nio.ByteBuffer;

import org.borealis.pagestore.page.PageId;

/**
 * Encodes log records. Compute builds a record in two steps without copying its payload:
 * {@link #begin} writes the header, the caller puts the payload, {@link #finish} fixes the length.
 * The record is then <em>unsealed</em>: the log sink that routes it to a protection group
 * {@link #seal seals} it with the group's previous LSN and the writer's epoch, which also computes
 * the CRC. {@link #write} does all of it at once.
 */
public final class LogRecordWriter {

    private LogRecordWriter() {
    }

    /**
     * Writes a header at {@code out}'s position and advances past it.
     *
     * @return the absolute index where the record starts, for {@link #finish}
     */
    public static int begin(ByteBuffer out, int type, int flags, long lsn, long xid,
                            int relation, int fork, int block) {
        if (type < 0 || type > 0xFFFF) {
            throw new IllegalArgumentException("record type out of range: " + type);
        }
        if (out.remaining() < LogRecord.OVERHEAD) {
            throw new IllegalArgumentException("no room for a record header: " + out.remaining() + " bytes left");
        }
        int start = out.position();
        out.putInt(0)                    // length, set by finish
           .putShort((short) type)
           .putShort((short) flags)
           .putLong(lsn)
           .putLong(0L)                 // prevLsn, set by seal
           .putLong(xid)
           .putInt(0)                   // epoch, set by seal
           .putInt(relation)
           .putInt(block)
           .put((byte) fork)
           .put((byte) LogRecord.VERSION)
           .putShort((short) 0);
        return start;
    }

    public static int begin(ByteBuffer out, int type, int flags, long lsn, long xid, PageId page) {
        return begin(out, type, flags, lsn, xid, page.relation(), page.fork(), page.block());
    }

    /**
     * Ends the record begun at {@code start}: reserves the CRC and writes the length. The payload is
     * everything put since {@link #begin}.
     *
     * @return the record's length
     */
    public static int finish(ByteBuffer out, int start) {
        int length = out.position() + 4 - start;
        if (length > LogRecord.MAX_SIZE) {
            throw new IllegalArgumentException("record of " + length + " bytes exceeds the maximum "
                    + LogRecord.MAX_SIZE);
        }
        out.putInt(0);
        out.putInt(start + LogRecord.LENGTH, length);
        return length;
    }

    /** Fills in the group's previous LSN and the writer's epoch, and computes the CRC. */
    public static void seal(ByteBuffer buf, int start, long prevLsn, int epoch) {
        int length = buf.getInt(start + LogRecord.LENGTH);
        buf.putLong(start + LogRecord.PREV_LSN, prevLsn);
        buf.putInt(start + LogRecord.EPOCH, epoch);
        buf.putInt(start + length - 4, LogRecord.crc(buf, start, length - 4));
    }

    /** Writes a whole sealed record with {@code payload}'s remaining bytes; returns its length. */
    public static int write(ByteBuffer out, int type, int flags, long lsn, long prevLsn, int epoch, long xid,
                            PageId page, ByteBuffer payload) {
        int start = begin(out, type, flags, lsn, xid, page);
        out.put(payload.duplicate());
        int length = finish(out, start);
        seal(out, start, prevLsn, epoch);
        return length;
    }
}
