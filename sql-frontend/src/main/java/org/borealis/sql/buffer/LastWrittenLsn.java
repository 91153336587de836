package org.borealis.sql.buffer;

import java.util.concurrent.ConcurrentHashMap;

import org.borealis.pagestore.page.PageId;

/**
 * The LSN at which a buffer-pool miss reads each page: the LSN of the last record that wrote it.
 * Tracked exactly for up to {@code capacity} pages; when full, the map is dropped and its highest
 * LSN becomes the coarse lower bound used for every page not tracked (reading a page at a later
 * LSN than its last write is correct, only possibly slower for storage). Thread-safe.
 */
public final class LastWrittenLsn {

    private final ConcurrentHashMap<PageId, Long> exact = new ConcurrentHashMap<>();
    private final int capacity;
    private volatile long floor;
    private volatile long highest;

    /** @param floor the LSN every untracked page is read at initially (the durable LSN at start) */
    public LastWrittenLsn(int capacity, long floor) {
        this.capacity = capacity;
        this.floor = floor;
        this.highest = floor;
    }

    /** Records that {@code lsn} wrote {@code page}; called in LSN order under the log lock. */
    public void written(PageId page, long lsn) {
        if (exact.size() >= capacity) {
            synchronized (this) {
                if (exact.size() >= capacity) {
                    floor = highest;
                    exact.clear();
                }
            }
        }
        exact.put(page, lsn);
        if (lsn > highest) {
            highest = lsn;
        }
    }

    /** The LSN to read {@code page} at. */
    public long get(PageId page) {
        Long l = exact.get(page);
        return l != null ? l : floor;
    }

    /** The coarse lower bound. */
    public long floor() {
        return floor;
    }
}
