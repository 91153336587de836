package org.borealis.pagestore.api;

/**
 * Log sequence numbers: unsigned 64-bit positions in the log, strictly increasing per record,
 * not necessarily dense. 0 means "none" (before the first record).
 */
public final class Lsn {

    public static final long NONE = 0L;

    private Lsn() {
    }

    public static String format(long lsn) {
        return Long.toUnsignedString(lsn);
    }
}
