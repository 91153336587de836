package org.borealis.pagestore.store;

import org.borealis.pagestore.service.StorageException;
import org.rocksdb.ColumnFamilyHandle;

/**
 * The page versions of one protection group: its RocksDB column family and the state persisted
 * with them (applied LSN, GC horizon, the epoch of the last truncation rolled back).
 *
 * <p>{@link #applied} moves only on the replay thread, after the write batch holding the
 * versions is written; readers on any thread rely on that order.
 */
public final class GroupStore {

    final int group;
    final ColumnFamilyHandle cf;
    private volatile long applied;
    private volatile long horizon;
    private volatile int truncatedEpoch;
    private volatile StorageException failure;

    GroupStore(int group, ColumnFamilyHandle cf, long applied, long horizon, int truncatedEpoch) {
        this.group = group;
        this.cf = cf;
        this.applied = applied;
        this.horizon = horizon;
        this.truncatedEpoch = truncatedEpoch;
    }

    /** The column family of the group's page versions. */
    public ColumnFamilyHandle cf() {
        return cf;
    }

    public int group() {
        return group;
    }

    /** Highest LSN whose record is applied (every version at or below it is in RocksDB). */
    public long applied() {
        return applied;
    }

    /** The oldest LSN readers may still ask for. */
    public long horizon() {
        return horizon;
    }

    public int truncatedEpoch() {
        return truncatedEpoch;
    }

    /** Set when damaged data was found: nothing above {@link #applied()} is served. */
    public StorageException failure() {
        return failure;
    }

    void setApplied(long lsn) {
        this.applied = lsn;
    }

    void setHorizon(long lsn) {
        this.horizon = lsn;
    }

    void setTruncatedEpoch(int epoch) {
        this.truncatedEpoch = epoch;
    }

    public void fail(StorageException e) {
        if (failure == null) {
            failure = e;
        }
    }
}
