package org.borealis.pagestore.log;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Where each retained record of one protection group is, by LSN, and the group's chain: the
 * highest LSN up to which every record is present ({@link #writtenScl()}, the SCL before
 * durability) and the records that arrived ahead of a missing predecessor (holes).
 *
 * <p>Mutated only under the owning {@link GroupLog}'s lock; {@link #range} may be read by the
 * replay thread at any time (a concurrent map).
 */
final class LogIndex {

    private final ConcurrentSkipListMap<Long, RecordLoc> entries = new ConcurrentSkipListMap<>();
    /** Records above the chain's end, by predecessor LSN: the holes waiting to be filled. */
    private final Map<Long, Long> aheadByPrev = new HashMap<>();
    /** Highest LSN stored in each segment, for deciding when a segment may go. */
    private final Map<Long, Long> segmentMax = new HashMap<>();
    /** The SCL known without entries (records forgotten with deleted segments, or applied). */
    private long base;
    private long writtenScl;

    LogIndex(long base) {
        this.base = base;
        this.writtenScl = base;
    }

    long writtenScl() {
        return writtenScl;
    }

    long base() {
        return base;
    }

    RecordLoc get(long lsn) {
        return entries.get(lsn);
    }

    /** The predecessor LSN some record above the chain already claims, or null. */
    Long aheadWithPrev(long prevLsn) {
        return aheadByPrev.get(prevLsn);
    }

    /** Records in (from, to], in LSN order. */
    NavigableMap<Long, RecordLoc> range(long from, long to) {
        if (to <= from) {
            return java.util.Collections.emptyNavigableMap();
        }
        return entries.subMap(from, false, to, true);
    }

    /** Adds a record and advances the chain as far as it now reaches. */
    void add(long lsn, RecordLoc loc) {
        entries.put(lsn, loc);
        segmentMax.merge(loc.segment(), lsn, Math::max);
        if (lsn <= writtenScl) {
            return; // an old record seen again while rebuilding: already part of the chain
        }
        if (loc.prevLsn() == writtenScl) {
            writtenScl = lsn;
            Long next;
            while ((next = aheadByPrev.remove(writtenScl)) != null) {
                writtenScl = next;
            }
        } else {
            aheadByPrev.put(loc.prevLsn(), lsn);
        }
    }

    /** Discards every record above {@code above}; the chain ends at the last kept record. */
    void truncate(long above) {
        entries.tailMap(above, false).clear();
        for (Iterator<Map.Entry<Long, Long>> it = aheadByPrev.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getValue() > above) {
                it.remove();
            }
        }
        if (writtenScl > above) {
            Long floor = entries.floorKey(above);
            writtenScl = Math.max(floor == null ? 0 : floor, Math.min(base, above));
            base = Math.min(base, writtenScl);
        }
    }

    /** Forgets records at or below {@code lsn} (their segment is gone; they are applied). */
    void forgetUpTo(long lsn) {
        entries.headMap(lsn, true).clear();
        base = Math.max(base, Math.min(lsn, writtenScl));
    }

    long segmentMax(long segment) {
        return segmentMax.getOrDefault(segment, 0L);
    }

    void forgetSegment(long segment) {
        segmentMax.remove(segment);
    }

    int size() {
        return entries.size();
    }

    int holes() {
        return aheadByPrev.size();
    }
}
