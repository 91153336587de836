package org.borealis.sql.engine;

/** What a row lock does when the row is locked or being changed by another transaction. */
public enum WaitPolicy {
    /** Wait for the other transaction to end (deadlocks are detected: 40P01). */
    WAIT,
    /** Fail at once with 55P03 lock_not_available. */
    NOWAIT,
    /** Report {@link ModifyResult.Status#LOCKED} at once. */
    SKIP_LOCKED
}
