package org.borealis.sql.engine;

/**
 * One row version visible to the reader: where it is and its data (the SQL layer's row bytes,
 * without the MVCC header). The array is the caller's.
 */
public record Row(Tid tid, byte[] data) {
}
