package org.borealis.pagestore.testing;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.page.PageType;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.record.LogRecordWriter;
import org.borealis.pagestore.record.RecordTypes;

/**
 * Builds sealed log records of one protection group, chained by previous-LSN, with the generic
 * record types: for tests of the log, the store and the service, and a seeded random mix over a
 * set of pages.
 */
public final class RecordStream {

    private long lastLsn;
    private int epoch;

    public RecordStream(long lastLsn, int epoch) {
        this.lastLsn = lastLsn;
        this.epoch = epoch;
    }

    public long lastLsn() {
        return lastLsn;
    }

    public void epoch(int e) {
        this.epoch = e;
    }

    /** Restarts the chain after {@code lsn} (for example after a truncation). */
    public void resetTo(long lsn) {
        this.lastLsn = lsn;
    }

    /** One encoded record. */
    public static byte[] record(int type, int flags, long lsn, long prev, int epoch, PageId page, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(LogRecord.OVERHEAD + payload.length);
        LogRecordWriter.write(b, type, flags, lsn, prev, epoch, 7, page, ByteBuffer.wrap(payload));
        return b.array();
    }

    public byte[] init(long lsn, PageId page, int special) {
        byte[] p = ByteBuffer.allocate(4).putShort((short) PageType.RAW).putShort((short) special).array();
        return next(RecordTypes.INIT_PAGE, LogRecord.FLAG_WILL_INIT, lsn, page, p);
    }

    public byte[] write(long lsn, PageId page, int offset, byte[] bytes) {
        byte[] p = ByteBuffer.allocate(2 + bytes.length).putShort((short) offset).put(bytes).array();
        return next(RecordTypes.WRITE_BYTES, 0, lsn, page, p);
    }

    public byte[] image(long lsn, PageId page, byte[] pageBytes) {
        return next(RecordTypes.PAGE_IMAGE, LogRecord.FLAG_WILL_INIT, lsn, page, pageBytes);
    }

    private byte[] next(int type, int flags, long lsn, PageId page, byte[] payload) {
        byte[] r = record(type, flags, lsn, lastLsn, epoch, page, payload);
        lastLsn = lsn;
        return r;
    }

    /** A random record over {@code pages} with an LSN 1..gap above the last. */
    public byte[] random(Random rnd, List<PageId> pages, int gap) {
        long lsn = lastLsn + 1 + rnd.nextInt(gap);
        PageId page = pages.get(rnd.nextInt(pages.size()));
        int kind = rnd.nextInt(100);
        if (kind < 6) {
            return init(lsn, page, 8 * rnd.nextInt(32));
        }
        if (kind < 9) {
            byte[] img = new byte[PageLayout.PAGE_SIZE];
            rnd.nextBytes(img);
            return image(lsn, page, img);
        }
        int len = 1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 2000 : 64);
        int off = 12 + rnd.nextInt(PageLayout.PAGE_SIZE - 12 - len + 1);
        byte[] bytes = new byte[len];
        rnd.nextBytes(bytes);
        return write(lsn, page, off, bytes);
    }

    /** Concatenates records into one batch buffer. */
    public static ByteBuffer batch(List<byte[]> records) {
        int n = 0;
        for (byte[] r : records) {
            n += r.length;
        }
        ByteBuffer b = ByteBuffer.allocate(n);
        for (byte[] r : records) {
            b.put(r);
        }
        return b.flip();
    }

    public static ByteBuffer batch(byte[]... records) {
        return batch(List.of(records));
    }

    public static List<PageId> pages(int relations, int blocks) {
        List<PageId> out = new ArrayList<>();
        for (int r = 1; r <= relations; r++) {
            for (int b = 0; b < blocks; b++) {
                out.add(new PageId(1000 + r, 0, b));
            }
        }
        return out;
    }

    public static long lsnOf(byte[] record) {
        return ByteBuffer.wrap(record).getLong(8);
    }
}
