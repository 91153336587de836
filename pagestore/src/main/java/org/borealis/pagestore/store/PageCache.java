package org.borealis.pagestore.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.borealis.pagestore.page.PageId;

/**
 * The in-memory cache of hot page images: for each cached page, its <em>newest</em> applied
 * version. Filled by the replay (before the applied LSN moves), read by GetPage: an entry of
 * version V answers any LSN in [V, applied]. LRU-bounded; thread-safe (one lock; both sides hold
 * it for a map operation only).
 */
public final class PageCache {

    /** A cached newest version: its LSN, the page bytes (checksum stamped; never mutated), and deltas since its image. */
    public record Entry(long lsn, byte[] page, int deltasSinceImage) {
    }

    private record Key(int group, PageId page) {
    }

    private final int capacity;
    private final LinkedHashMap<Key, PageCache.Entry> map;

    public PageCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(Math.max(16, Math.min(capacity, 1 << 16)), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, PageCache.Entry> eldest) {
                return size() > PageCache.this.capacity;
            }
        };
    }

    public synchronized Entry get(int group, PageId page) {
        return capacity == 0 ? null : map.get(new Key(group, page));
    }

    public synchronized void put(int group, PageId page, Entry e) {
        if (capacity > 0) {
            map.put(new Key(group, page), e);
        }
    }

    public synchronized void invalidateGroup(int group) {
        for (Iterator<Key> it = map.keySet().iterator(); it.hasNext(); ) {
            if (it.next().group() == group) {
                it.remove();
            }
        }
    }

    public synchronized int size() {
        return map.size();
    }
}
