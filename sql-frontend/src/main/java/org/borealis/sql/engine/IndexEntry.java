package org.borealis.sql.engine;

/** One index entry: key bytes and the heap tid it points to. The array is the caller's. */
public record IndexEntry(byte[] key, Tid tid) {
}
