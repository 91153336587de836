package org.borealis.pagestore.node;

/**
 * A page served by GetPage@LSN.
 *
 * @param page       the 8192 bytes, checksum stamped (all zero when never written)
 * @param versionLsn LSN of the version served (the newest at or below the LSN asked for; 0 when none)
 * @param cacheHit   whether the hot-image cache answered
 */
public record PageRead(byte[] page, long versionLsn, boolean cacheHit) {
}
