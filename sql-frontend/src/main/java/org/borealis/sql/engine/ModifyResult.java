package org.borealis.sql.engine;

/**
 * Outcome of an update, delete or row lock.
 *
 * @param status what happened
 * @param tid    OK after update: the new version; UPDATED: the newest version of the row
 *               (re-check it with {@link Table#fetchLatest}); otherwise the tid acted on
 * @param heapOnly OK after an update: the new version is heap-only (a HOT update): it needs no
 *                 index entries, the existing ones reach it through the page's update chain
 */
public record ModifyResult(Status status, Tid tid, boolean heapOnly) {

    public ModifyResult(Status status, Tid tid) {
        this(status, tid, false);
    }

    public enum Status {
        /** Done. */
        OK,
        /** READ COMMITTED only: another transaction updated the row and committed; see {@link #tid}. */
        UPDATED,
        /** Another transaction deleted the row and committed (READ COMMITTED only): skip it. */
        DELETED,
        /** This transaction already changed the row in this statement: skip it (as PostgreSQL). */
        SELF_MODIFIED,
        /** SKIP LOCKED found the row locked. */
        LOCKED
    }

    public static ModifyResult ok(Tid tid) {
        return new ModifyResult(Status.OK, tid);
    }
}
