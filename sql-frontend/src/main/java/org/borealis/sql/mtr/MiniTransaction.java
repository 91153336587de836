package org.borealis.sql.mtr;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.record.LogRecordWriter;
import org.borealis.pagestore.record.RecordTypes;
import org.borealis.sql.buffer.Frame;

/**
 * An atomic group of page changes: the records are built here for pages the caller holds
 * exclusively latched, and {@link #commit()} hands them to the {@link LogWriter}, which gives
 * them consecutive LSNs, appends them to the log sink (the last carrying
 * {@link LogRecord#FLAG_CONSISTENCY_POINT}) and only then applies them to the frames through the
 * redo registry. So until commit the pages are unchanged, a record's contents must be computed
 * from the pages as they are, and records of one mini-transaction may not depend on each other's
 * effects on the same page except as redo applies them in order.
 *
 * <p>Write path, hop 1: an access method builds a record here; hop 2 is {@link LogWriter#commit}.
 * Used by one thread; not reusable after commit.
 */
public final class MiniTransaction {

    private final LogWriter log;
    private ByteBuffer buf = ByteBuffer.allocate(1024);
    final List<Frame> frames = new ArrayList<>(4);
    final List<Integer> starts = new ArrayList<>(4);
    private int open = -1;
    private List<Runnable> afterCommit;

    MiniTransaction(LogWriter log) {
        this.log = log;
    }

    /**
     * Begins a record for the page in {@code frame} (latched exclusively by the caller) and returns
     * the buffer positioned at the payload, with room for {@code payloadSize} bytes; call
     * {@link #end()} after putting the payload.
     */
    public ByteBuffer begin(int type, int flags, Frame frame, long xid, int payloadSize) {
        if (open >= 0) {
            throw new IllegalStateException("a record is still open");
        }
        if (!frame.isLatchedExclusively()) {
            throw new IllegalStateException("page " + frame.pageId() + " is not latched exclusively");
        }
        ensure(LogRecord.OVERHEAD + payloadSize);
        open = LogRecordWriter.begin(buf, type, flags, 0L, xid, frame.pageId());
        frames.add(frame);
        starts.add(open);
        return buf;
    }

    /** Ends the open record. */
    public void end() {
        LogRecordWriter.finish(buf, open);
        open = -1;
    }

    /** An INIT_PAGE record: the page becomes an empty page of {@code type}. */
    public void initPage(Frame frame, int type, int specialSize) {
        begin(RecordTypes.INIT_PAGE, LogRecord.FLAG_WILL_INIT, frame, 0L, 4)
                .putShort((short) type).putShort((short) specialSize);
        end();
    }

    /** A WRITE_BYTES record: {@code bytes} at {@code offset} of the page. */
    public void writeBytes(Frame frame, int offset, byte[] bytes) {
        if (offset < PageLayout.CHECKSUM + 4) {
            throw new IllegalArgumentException("offset " + offset + " is in the page LSN or checksum");
        }
        begin(RecordTypes.WRITE_BYTES, 0, frame, 0L, 2 + bytes.length).putShort((short) offset).put(bytes);
        end();
    }

    /** A WRITE_BYTES record of one big-endian long. */
    public void writeLong(Frame frame, int offset, long value) {
        writeBytes(frame, offset, ByteBuffer.allocate(8).putLong(value).array());
    }

    /** A WRITE_BYTES record of one big-endian int. */
    public void writeInt(Frame frame, int offset, int value) {
        writeBytes(frame, offset, ByteBuffer.allocate(4).putInt(value).array());
    }

    /**
     * Runs {@code r} when {@link #commit()} returns or fails: for a page latch this
     * mini-transaction took on its own (a visibility-map page) and must hold until its records
     * are applied.
     */
    public void afterCommit(Runnable r) {
        if (afterCommit == null) {
            afterCommit = new ArrayList<>(2);
        }
        afterCommit.add(r);
    }

    public boolean isEmpty() {
        return starts.isEmpty();
    }

    /**
     * Logs and applies the records; returns the LSN of the last (0 when there were none). The
     * caller still holds its latches and releases them after.
     */
    public long commit() {
        if (open >= 0) {
            throw new IllegalStateException("a record is still open");
        }
        try {
            return starts.isEmpty() ? 0L : log.commit(this);
        } finally {
            if (afterCommit != null) {
                for (Runnable r : afterCommit) {
                    r.run();
                }
                afterCommit = null;
            }
        }
    }

    ByteBuffer buffer() {
        return buf;
    }

    private void ensure(int more) {
        if (buf.remaining() < more) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + more + 256));
            buf.flip();
            bigger.put(buf);
            buf = bigger;
        }
    }
}
