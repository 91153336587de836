package org.borealis.sql.txn;

/**
 * What a lock wait looks at while it waits: the running statement's cancel check, which throws
 * 57014 once {@code statement_timeout} has passed or a CancelRequest arrived. Set by the SQL
 * session on its own thread around each statement; a wait without one waits until granted (or a
 * deadlock or an interrupt ends it).
 */
public final class WaitCancel {

    private static final ThreadLocal<Runnable> CHECK = new ThreadLocal<>();

    private WaitCancel() {
    }

    /** Arms {@code check} for this thread's lock waits until {@link #clear}. */
    public static void set(Runnable check) {
        CHECK.set(check);
    }

    public static void clear() {
        CHECK.remove();
    }

    /** Runs this thread's check, if any: throws when the statement is cancelled. */
    static void check() {
        Runnable c = CHECK.get();
        if (c != null) {
            c.run();
        }
    }
}
