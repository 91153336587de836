package org.borealis.pagestore.store;

import java.nio.ByteBuffer;

import org.borealis.pagestore.page.PageLayout;

/**
 * Values of page versions: one kind byte, then either a full page image (8192 bytes, checksum
 * stamped) or a delta: the log record that made this version from the previous one, with its own
 * CRC ({@code docs/formats/version-store.md}).
 */
public final class VersionValue {

    public static final byte IMAGE = 1;
    public static final byte DELTA = 2;

    private VersionValue() {
    }

    /** An image value of the page (bytes 0..PAGE_SIZE at absolute indexes); stamps nothing. */
    public static byte[] image(ByteBuffer page) {
        byte[] v = new byte[1 + PageLayout.PAGE_SIZE];
        v[0] = IMAGE;
        page.get(0, v, 1, PageLayout.PAGE_SIZE);
        return v;
    }

    public static byte[] delta(ByteBuffer record, int offset, int length) {
        byte[] v = new byte[1 + length];
        v[0] = DELTA;
        record.get(offset, v, 1, length);
        return v;
    }
}
