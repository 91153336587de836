package org.borealis.pagestore.page;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * The 8 KiB page and its 32-byte header, common to every page type (format version 1,
 * {@code docs/formats/page.md}). Big-endian.
 *
 * <pre>
 *  0 u64 lsn       LSN of the last record applied to the page
 *  8 u32 checksum  CRC32C of the page with these four bytes read as zero
 * 12 u16 type      {@link PageType}
 * 14 u16 flags     type-specific
 * 16 u16 lower     start of free space
 * 18 u16 upper     end of free space
 * 20 u16 special   start of the type's special space (PAGE_SIZE when none)
 * 22 u8  version   layout version, 1
 * 23 u8  reserved  0
 * 24 u64 aux       type-specific (heap: oldest prunable xid)
 * 32 ...           body
 * </pre>
 *
 * The all-zero page is the well-defined empty page: type {@link PageType#EMPTY}, LSN 0, valid
 * without a checksum. Every method takes a buffer whose bytes 0..PAGE_SIZE (absolute indexes) are
 * the page and leaves its position alone.
 */
public final class PageLayout {

    public static final int PAGE_SIZE = 8192;
    public static final int HEADER_SIZE = 32;
    public static final int VERSION = 1;

    public static final int LSN = 0;
    public static final int CHECKSUM = 8;
    public static final int TYPE = 12;
    public static final int FLAGS = 14;
    public static final int LOWER = 16;
    public static final int UPPER = 18;
    public static final int SPECIAL = 20;
    public static final int LAYOUT_VERSION = 22;
    public static final int AUX = 24;

    private static final ThreadLocal<CRC32C> CRC = ThreadLocal.withInitial(CRC32C::new);
    private static final ByteBuffer ZERO4 = ByteBuffer.allocate(4).asReadOnlyBuffer();

    private PageLayout() {
    }

    public static long lsn(ByteBuffer page) {
        return page.getLong(LSN);
    }

    public static void setLsn(ByteBuffer page, long lsn) {
        page.putLong(LSN, lsn);
    }

    public static int type(ByteBuffer page) {
        return Short.toUnsignedInt(page.getShort(TYPE));
    }

    public static int flags(ByteBuffer page) {
        return Short.toUnsignedInt(page.getShort(FLAGS));
    }

    public static int lower(ByteBuffer page) {
        return Short.toUnsignedInt(page.getShort(LOWER));
    }

    public static int upper(ByteBuffer page) {
        return Short.toUnsignedInt(page.getShort(UPPER));
    }

    public static int special(ByteBuffer page) {
        return Short.toUnsignedInt(page.getShort(SPECIAL));
    }

    public static int checksum(ByteBuffer page) {
        return page.getInt(CHECKSUM);
    }

    /**
     * Initialises the page: zeroes it and writes a header of {@code type} with
     * {@code specialSize} bytes of special space at the end. The LSN is left 0 for redo to set.
     */
    public static void init(ByteBuffer page, int type, int specialSize) {
        if (specialSize < 0 || specialSize > PAGE_SIZE - HEADER_SIZE || (specialSize & 7) != 0) {
            throw new IllegalArgumentException("special size must be a multiple of 8 in 0.."
                    + (PAGE_SIZE - HEADER_SIZE) + ", was " + specialSize);
        }
        zero(page);
        page.putShort(TYPE, (short) type);
        page.putShort(LOWER, (short) HEADER_SIZE);
        page.putShort(UPPER, (short) (PAGE_SIZE - specialSize));
        page.putShort(SPECIAL, (short) (PAGE_SIZE - specialSize));
        page.put(LAYOUT_VERSION, (byte) VERSION);
    }

    /** Fills the page with zeros: the empty page. */
    public static void zero(ByteBuffer page) {
        for (int i = 0; i < PAGE_SIZE; i += 8) {
            page.putLong(i, 0L);
        }
    }

    public static boolean isAllZero(ByteBuffer page) {
        for (int i = 0; i < PAGE_SIZE; i += 8) {
            if (page.getLong(i) != 0L) {
                return false;
            }
        }
        return true;
    }

    /** CRC32C of the page with the checksum field read as zero. */
    public static int computeChecksum(ByteBuffer page) {
        CRC32C crc = CRC.get();
        crc.reset();
        ByteBuffer view = page.duplicate();
        view.limit(CHECKSUM).position(0);
        crc.update(view);
        crc.update(ZERO4.duplicate());
        view.limit(PAGE_SIZE).position(CHECKSUM + 4);
        crc.update(view);
        return (int) crc.getValue();
    }

    /** Computes and stores the checksum; done when a page leaves a node or is stored. */
    public static void stampChecksum(ByteBuffer page) {
        page.putInt(CHECKSUM, computeChecksum(page));
    }

    /** True when the page is the all-zero empty page or its checksum matches. */
    public static boolean verifyChecksum(ByteBuffer page) {
        int stored = page.getInt(CHECKSUM);
        if (stored == 0 && isAllZero(page)) {
            return true;
        }
        return stored == computeChecksum(page);
    }
}
