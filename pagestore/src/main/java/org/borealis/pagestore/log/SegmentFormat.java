package org.borealis.pagestore.log;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * Byte layout of log segment files (format version 1, {@code docs/formats/segment.md}).
 * Big-endian. A segment starts with a {@link #HEADER_SIZE}-byte header, followed by frames, each
 * starting at a multiple of 8; the unused rest of the file is zero.
 *
 * <pre>
 * segment header                          frame header
 *  0 u32 magic 'BLSG'                      0 u32 magic 'BFRM'
 *  4 u16 version 1                         4 u8  kind (1 records, 2 truncate)
 *  6 u16 header size 64                    5 u8  version 1
 *  8 u32 protection group                  6 u16 reserved 0
 * 12 u32 reserved 0                        8 u32 payload length
 * 16 u64 sequence number                  12 u32 epoch
 * 24 u32 epoch at creation                16 u64 records: first LSN; truncate: above-LSN
 * 28 u32 epoch of the last truncate       24 u64 records: last LSN; truncate: SCL right after it
 * 32 u64 above-LSN of the last truncate   32 u32 records: count; truncate: 0
 * 40 u64 SCL at creation                  36 u32 CRC32C of bytes [0,36) and the payload
 * 48 u64 SCL right after that truncate    40 ... payload, zero-padded to a multiple of 8
 * 56 u32 reserved 0
 * 60 u32 CRC32C of bytes [0,60)
 * </pre>
 */
public final class SegmentFormat {

    public static final int SEGMENT_MAGIC = 0x424C5347; // BLSG
    public static final int FRAME_MAGIC = 0x4246524D;   // BFRM
    public static final int VERSION = 1;
    public static final int HEADER_SIZE = 64;
    public static final int FRAME_HEADER_SIZE = 40;
    public static final int KIND_RECORDS = 1;
    public static final int KIND_TRUNCATE = 2;

    private static final ThreadLocal<CRC32C> CRC = ThreadLocal.withInitial(CRC32C::new);

    private SegmentFormat() {
    }

    /** What a segment header says. */
    public record Header(int group, long sequence, int epoch, int truncateEpoch, long truncateAbove, long baseScl,
                         long truncateScl) {
    }

    public static void writeHeader(ByteBuffer out, Header h) {
        out.putInt(0, SEGMENT_MAGIC).putShort(4, (short) VERSION).putShort(6, (short) HEADER_SIZE)
           .putInt(8, h.group()).putInt(12, 0).putLong(16, h.sequence()).putInt(24, h.epoch())
           .putInt(28, h.truncateEpoch()).putLong(32, h.truncateAbove()).putLong(40, h.baseScl())
           .putLong(48, h.truncateScl()).putInt(56, 0);
        out.putInt(60, crc(out, 0, 60, null, 0, 0));
    }

    /** Reads and checks a header at index 0; returns null with {@code why[0]} set when it is invalid. */
    public static Header readHeader(ByteBuffer in, String[] why) {
        if (in.getInt(0) != SEGMENT_MAGIC) {
            why[0] = "bad segment magic 0x" + Integer.toHexString(in.getInt(0));
            return null;
        }
        if (Short.toUnsignedInt(in.getShort(4)) != VERSION || Short.toUnsignedInt(in.getShort(6)) != HEADER_SIZE) {
            why[0] = "segment format version " + Short.toUnsignedInt(in.getShort(4)) + ", this build reads " + VERSION;
            return null;
        }
        if (in.getInt(60) != crc(in, 0, 60, null, 0, 0)) {
            why[0] = "segment header fails its CRC";
            return null;
        }
        return new Header(in.getInt(8), in.getLong(16), in.getInt(24), in.getInt(28), in.getLong(32), in.getLong(40),
                in.getLong(48));
    }

    /** Bytes a frame with {@code payload} payload bytes takes, padding included. */
    public static int frameSize(int payload) {
        return align8(FRAME_HEADER_SIZE + payload);
    }

    public static int align8(int n) {
        return (n + 7) & ~7;
    }

    /**
     * Writes a frame header at {@code at} for the payload already placed at {@code at + 40}, and
     * the CRC over both; zeroes the padding.
     */
    public static void writeFrameHeader(ByteBuffer out, int at, int kind, int payloadLength, int epoch,
                                        long first, long last, int count) {
        out.putInt(at, FRAME_MAGIC).put(at + 4, (byte) kind).put(at + 5, (byte) VERSION).putShort(at + 6, (short) 0)
           .putInt(at + 8, payloadLength).putInt(at + 12, epoch).putLong(at + 16, first).putLong(at + 24, last)
           .putInt(at + 32, count);
        int end = at + FRAME_HEADER_SIZE + payloadLength;
        for (int i = end; i < at + frameSize(payloadLength); i++) {
            out.put(i, (byte) 0);
        }
        out.putInt(at + 36, crc(out, at, 36, out, at + FRAME_HEADER_SIZE, payloadLength));
    }

    /** CRC32C of {@code a[aFrom, aFrom+aLen)} followed by {@code b[bFrom, bFrom+bLen)} (b may be null). */
    static int crc(ByteBuffer a, int aFrom, int aLen, ByteBuffer b, int bFrom, int bLen) {
        CRC32C crc = CRC.get();
        crc.reset();
        crc.update(a.duplicate().limit(aFrom + aLen).position(aFrom));
        if (b != null && bLen > 0) {
            crc.update(b.duplicate().limit(bFrom + bLen).position(bFrom));
        }
        return (int) crc.getValue();
    }

    /** True when the frame header at {@code at} (with {@code available} bytes present) has a valid magic, size and CRC. */
    static boolean isValidFrame(ByteBuffer in, int at, int available) {
        if (available < FRAME_HEADER_SIZE || in.getInt(at) != FRAME_MAGIC) {
            return false;
        }
        int payload = in.getInt(at + 8);
        if (payload < 0 || frameSize(payload) > available || Byte.toUnsignedInt(in.get(at + 5)) != VERSION) {
            return false;
        }
        return in.getInt(at + 36) == crc(in, at, 36, in, at + FRAME_HEADER_SIZE, payload);
    }

    public static String fileName(long sequence) {
        return String.format("%016x.seg", sequence);
    }
}
