package org.borealis.sql.engine;

import java.util.List;

/**
 * A B-tree index: keys are order-preserving byte strings (the SQL layer encodes typed and
 * composite keys into memcomparable bytes) compared as unsigned bytes, shorter prefix first; each
 * entry maps a key to a heap tid, and equal keys are ordered by tid. Entries are not versioned:
 * readers check the heap version at the tid for visibility ({@link Table#fetch}). Lehman-Yao
 * concurrency: readers never block writers for longer than one page.
 */
public interface Index {

    int oid();

    /** The table this index is on. */
    int tableOid();

    boolean isUnique();

    /**
     * Adds an entry. For a unique index, fails with {@code 23505} when another entry with an equal
     * key points to a row version that is live (committed and not deleted, or this transaction's);
     * when that version's inserter or deleter is still running this waits for it first, as
     * PostgreSQL does.
     */
    void insert(Transaction tx, byte[] key, Tid tid);

    /**
     * Adds an entry without the unique check, for a key that can never conflict (in SQL a key with
     * a NULL column is distinct from every other). Same as {@link #insert} for a non-unique index.
     */
    default void insertUnchecked(Transaction tx, byte[] key, Tid tid) {
        insert(tx, key, tid);
    }

    /** Tids of every entry whose key equals {@code key}, in tid order (not filtered for visibility). */
    List<Tid> lookup(Transaction tx, byte[] key);

    /** Entries with keys in {@code range}, ascending or descending (not filtered for visibility). */
    Cursor<IndexEntry> scan(Transaction tx, KeyRange range, ScanDirection direction);

    /**
     * As {@link #scan}, with each entry's {@link IndexEntry#allVisible} read from the table's
     * visibility map while the entry was still in the index: an entry marked so names a row
     * visible to every snapshot, whose indexed columns are the key's, and needs no heap fetch;
     * the others are fetched and checked as {@link #scan}'s are (an index-only scan).
     */
    default Cursor<IndexEntry> scanIndexOnly(Transaction tx, KeyRange range, ScanDirection direction) {
        return scan(tx, range, direction);
    }
}
