package org.borealis.sql.engine;

/**
 * Outcome of an update, delete or row lock.
 *
 * @param status what happened
 * @param tid    OK after update: the new version; UPDATED: the newest version of the row
 *               (re-check it with {@link Table#fetchLatest}); otherwise the tid acted on
 */
public record ModifyResult(Status status, Tid tid) {

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
