package org.borealis.sql.txn;

import java.util.Arrays;

/**
 * Which transactions a reader treats as finished: every xid below {@code xmax} that is not in
 * {@code running}. A row version's effects are visible when its transaction is finished in the
 * snapshot and committed in the commit-status log.
 *
 * @param xmin    the oldest xid running when taken (or xmax when none)
 * @param xmax    the first xid not yet assigned when taken
 * @param running xids running when taken, sorted
 */
public record Snapshot(long xmin, long xmax, long[] running) {

    /** True when {@code xid} had not finished when the snapshot was taken. */
    public boolean isRunning(long xid) {
        return xid >= xmax || (xid >= xmin && Arrays.binarySearch(running, xid) >= 0);
    }
}
