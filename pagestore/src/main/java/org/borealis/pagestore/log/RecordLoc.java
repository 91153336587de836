package org.borealis.pagestore.log;

/**
 * Where one stored record is: segment sequence number, byte offset and length in it, its CRC and
 * its predecessor's LSN in the group's chain.
 */
public record RecordLoc(long segment, int offset, int length, int crc, long prevLsn) {
}
