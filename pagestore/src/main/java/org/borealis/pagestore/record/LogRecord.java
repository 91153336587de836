package org.borealis.pagestore.record;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

import org.borealis.pagestore.CorruptionException;
import org.borealis.pagestore.page.PageId;

/**
 * A reusable read-only view of one encoded log record (format version 1,
 * {@code docs/formats/log-record.md}). Big-endian:
 *
 * <pre>
 *  0 u32 length    whole record: header, payload and CRC ({@link #OVERHEAD}..{@link #MAX_SIZE})
 *  4 u16 type      {@link RecordTypes}
 *  6 u16 flags     {@link #FLAG_CONSISTENCY_POINT}, {@link #FLAG_WILL_INIT}
 *  8 u64 lsn       this record's LSN; strictly increasing in the log
 * 16 u64 prevLsn   LSN of the previous record of the same protection group, 0 for the first
 * 24 u64 xid       transaction id, 0 when none
 * 32 u32 epoch     the writer's volume epoch
 * 36 u32 relation  page id: relation
 * 40 u32 block     page id: block
 * 44 u8  fork      page id: fork
 * 45 u8  version   record format version, 1
 * 46 u16 reserved  0
 * 48 ...           payload (type-specific)
 * len-4 u32 crc    CRC32C of bytes [0, len-4)
 * </pre>
 *
 * A view does not copy: it reads the wrapped buffer at absolute indexes and never moves its
 * position. Validate untrusted bytes with {@link #check} before wrapping them.
 */
public final class LogRecord {

    public static final int HEADER_SIZE = 48;
    public static final int OVERHEAD = HEADER_SIZE + 4;
    /** Largest record: room for a full page image and its header. */
    public static final int MAX_SIZE = 16 * 1024;
    public static final int VERSION = 1;

    /** The last record of a mini-transaction: the log is consistent up to and including it (Aurora's CPL). */
    public static final int FLAG_CONSISTENCY_POINT = 1;
    /** The record initialises its page: it can be applied without any earlier version of the page. */
    public static final int FLAG_WILL_INIT = 2;

    static final int LENGTH = 0;
    static final int TYPE = 4;
    static final int FLAGS = 6;
    static final int LSN = 8;
    static final int PREV_LSN = 16;
    static final int XID = 24;
    static final int EPOCH = 32;
    static final int RELATION = 36;
    static final int BLOCK = 40;
    static final int FORK = 44;
    static final int FORMAT_VERSION = 45;

    private static final ThreadLocal<CRC32C> CRC = ThreadLocal.withInitial(CRC32C::new);

    private ByteBuffer buf;
    private int offset;

    /** Points this view at the record starting at absolute index {@code offset}; returns this. */
    public LogRecord wrap(ByteBuffer buffer, int offset) {
        this.buf = buffer;
        this.offset = offset;
        return this;
    }

    /**
     * Validates the record at absolute index {@code offset} of which at most {@code available}
     * bytes are present: length in range and within what is present, known format version, CRC.
     *
     * @return the record's length
     * @throws CorruptionException naming what is wrong
     */
    public static int check(ByteBuffer buffer, int offset, int available) throws CorruptionException {
        if (available < OVERHEAD) {
            throw new CorruptionException("record at " + offset + " is truncated: " + available
                    + " bytes present, a record needs at least " + OVERHEAD);
        }
        int length = buffer.getInt(offset + LENGTH);
        if (length < OVERHEAD || length > MAX_SIZE) {
            throw new CorruptionException("record at " + offset + " has length " + Integer.toUnsignedString(length)
                    + ", outside " + OVERHEAD + ".." + MAX_SIZE);
        }
        if (length > available) {
            throw new CorruptionException("record at " + offset + " is truncated: length " + length
                    + " but only " + available + " bytes present");
        }
        int version = Byte.toUnsignedInt(buffer.get(offset + FORMAT_VERSION));
        if (version != VERSION) {
            throw new CorruptionException("record at " + offset + " has format version " + version
                    + ", this build reads " + VERSION);
        }
        int stored = buffer.getInt(offset + length - 4);
        int actual = crc(buffer, offset, length - 4);
        if (stored != actual) {
            throw new CorruptionException("record at " + offset + " fails its CRC (stored "
                    + Integer.toHexString(stored) + ", computed " + Integer.toHexString(actual) + ")");
        }
        return length;
    }

    static int crc(ByteBuffer buffer, int offset, int length) {
        CRC32C crc = CRC.get();
        crc.reset();
        ByteBuffer view = buffer.duplicate();
        view.limit(offset + length).position(offset);
        crc.update(view);
        return (int) crc.getValue();
    }

    public ByteBuffer buffer() {
        return buf;
    }

    public int offset() {
        return offset;
    }

    public int length() {
        return buf.getInt(offset + LENGTH);
    }

    public int type() {
        return Short.toUnsignedInt(buf.getShort(offset + TYPE));
    }

    public int flags() {
        return Short.toUnsignedInt(buf.getShort(offset + FLAGS));
    }

    public boolean isConsistencyPoint() {
        return (flags() & FLAG_CONSISTENCY_POINT) != 0;
    }

    public boolean willInit() {
        return (flags() & FLAG_WILL_INIT) != 0;
    }

    public long lsn() {
        return buf.getLong(offset + LSN);
    }

    public long prevLsn() {
        return buf.getLong(offset + PREV_LSN);
    }

    public long xid() {
        return buf.getLong(offset + XID);
    }

    public int epoch() {
        return buf.getInt(offset + EPOCH);
    }

    public int relation() {
        return buf.getInt(offset + RELATION);
    }

    public int fork() {
        return Byte.toUnsignedInt(buf.get(offset + FORK));
    }

    public int block() {
        return buf.getInt(offset + BLOCK);
    }

    /** The page id (allocates; hot paths read {@link #relation()}, {@link #fork()}, {@link #block()}). */
    public PageId pageId() {
        return new PageId(relation(), fork(), block());
    }

    /** True when this record is for the given page. */
    public boolean isFor(PageId page) {
        return relation() == page.relation() && fork() == page.fork() && block() == page.block();
    }

    /** Absolute index of the first payload byte. */
    public int payloadOffset() {
        return offset + HEADER_SIZE;
    }

    public int payloadLength() {
        return length() - OVERHEAD;
    }

    /** A slice over the payload (allocates a view; hot paths read at {@link #payloadOffset()}). */
    public ByteBuffer payload() {
        return buf.slice(payloadOffset(), payloadLength());
    }

    @Override
    public String toString() {
        return "LogRecord{lsn=" + lsn() + ", prev=" + prevLsn() + ", type=" + RecordTypes.name(type())
                + ", flags=" + flags() + ", xid=" + xid() + ", epoch=" + epoch() + ", page=" + pageId()
                + ", payload=" + payloadLength() + "B}";
    }
}
