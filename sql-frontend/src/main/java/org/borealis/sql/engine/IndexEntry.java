package org.borealis.sql.engine;

/**
 * One index entry: key bytes and the heap tid it points to. The array is the caller's.
 *
 * @param allVisible from {@link Index#scanIndexOnly}: the heap block's visibility-map bit was set
 *                   while the entry was in the index, so the row it names is visible to every
 *                   snapshot and its indexed columns are the key's; always false from
 *                   {@link Index#scan}
 */
public record IndexEntry(byte[] key, Tid tid, boolean allVisible) {

    public IndexEntry(byte[] key, Tid tid) {
        this(key, tid, false);
    }
}
