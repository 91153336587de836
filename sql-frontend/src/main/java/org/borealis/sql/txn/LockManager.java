package org.borealis.sql.txn;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * In-memory locks owned by transactions (by xid), in the modes of {@link Mode}, with a wait-for
 * graph: a request that would wait first checks whether the holders it waits for (transitively)
 * wait for it, and then fails with {@code 40P01} instead of waiting. Locks die with the node, as
 * the transactions holding them do. Thread-safe (one monitor; waits release it).
 */
public final class LockManager {

    /**
     * Lock modes, weakest first; a stronger mode conflicts with everything a weaker one does. SHARE
     * and EXCLUSIVE are the two of relations and transactions; rows use all four, with PostgreSQL's
     * row-lock conflicts: KEY_SHARE (FOR KEY SHARE, a foreign-key check) conflicts only with
     * EXCLUSIVE (FOR UPDATE, DELETE, an UPDATE that changes an indexed column); SHARE (FOR SHARE)
     * also with NO_KEY_EXCLUSIVE (FOR NO KEY UPDATE, an UPDATE of other columns), which conflicts
     * with everything but KEY_SHARE.
     */
    public enum Mode {
        KEY_SHARE, SHARE, NO_KEY_EXCLUSIVE, EXCLUSIVE;

        boolean conflictsWith(Mode o) {
            return this == EXCLUSIVE || o == EXCLUSIVE
                    || (this != KEY_SHARE && o != KEY_SHARE && (this == NO_KEY_EXCLUSIVE || o == NO_KEY_EXCLUSIVE));
        }

        static Mode stronger(Mode a, Mode b) {
            return a.ordinal() >= b.ordinal() ? a : b;
        }
    }

    private record Wait(LockTag tag, Mode mode) {
    }

    private final Map<LockTag, Map<Long, Mode>> holders = new HashMap<>();
    private final Map<Long, Set<LockTag>> held = new HashMap<>();
    private final Map<Long, Wait> waiting = new HashMap<>();

    /**
     * Takes the lock (re-entrant; a held mode is upgraded to a stronger one when asked).
     *
     * @param wait false: fail at once instead of waiting
     * @return true when granted; false when {@code wait} is false and it is held by another
     * @throws SqlException {@code 40P01} when waiting would deadlock, {@code 57014} when interrupted or
     *                      when the statement is cancelled while waiting ({@link WaitCancel})
     */
    /** How often a waiter looks at its statement's cancel check ({@link WaitCancel}). */
    private static final long CANCEL_POLL_MILLIS = 20;

    public synchronized boolean acquire(long owner, LockTag tag, Mode mode, boolean wait) {
        while (true) {
            Map<Long, Mode> h = holders.get(tag);
            if (h == null || compatible(h, owner, mode)) {
                holders.computeIfAbsent(tag, t -> new HashMap<>(2))
                       .merge(owner, mode, Mode::stronger);
                held.computeIfAbsent(owner, o -> new HashSet<>()).add(tag);
                waiting.remove(owner);
                return true;
            }
            if (!wait) {
                return false;
            }
            waiting.put(owner, new Wait(tag, mode));
            if (reaches(owner, owner, new HashSet<>())) {
                waiting.remove(owner);
                throw new SqlException(SqlState.DEADLOCK_DETECTED, "deadlock detected")
                        .withDetail("Transaction " + owner + " waits for " + tag + "; blocked by "
                                + blockers(owner) + ", which wait for it.");
            }
            try {
                wait(CANCEL_POLL_MILLIS); // woken at once by a release; the timeout only to see a cancel
            } catch (InterruptedException e) {
                waiting.remove(owner);
                Thread.currentThread().interrupt();
                throw new SqlException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
            }
            try {
                WaitCancel.check();
            } catch (RuntimeException cancelled) {
                waiting.remove(owner);
                throw cancelled;
            }
        }
    }

    /** True when {@code owner} holds {@code tag} in at least {@code mode}. */
    public synchronized boolean holds(long owner, LockTag tag, Mode mode) {
        Map<Long, Mode> h = holders.get(tag);
        Mode m = h == null ? null : h.get(owner);
        return m != null && m.ordinal() >= mode.ordinal();
    }

    /**
     * Gives every other owner holding {@code from} in KEY_SHARE the same lock on {@code to}: a row's
     * foreign-key locks follow it to its new version when an update leaves its indexed columns
     * alone (PostgreSQL carries them in the new version's xmax).
     */
    public synchronized void carryKeyShares(long owner, LockTag from, LockTag to) {
        Map<Long, Mode> h = holders.get(from);
        if (h == null) {
            return;
        }
        for (Map.Entry<Long, Mode> e : h.entrySet()) {
            if (e.getKey() != owner && e.getValue() == Mode.KEY_SHARE) {
                holders.computeIfAbsent(to, t -> new HashMap<>(2)).merge(e.getKey(), Mode.KEY_SHARE, Mode::stronger);
                held.computeIfAbsent(e.getKey(), o -> new HashSet<>()).add(to);
            }
        }
    }

    public synchronized void release(long owner, LockTag tag) {
        Map<Long, Mode> h = holders.get(tag);
        if (h != null && h.remove(owner) != null) {
            if (h.isEmpty()) {
                holders.remove(tag);
            }
            Set<LockTag> mine = held.get(owner);
            if (mine != null) {
                mine.remove(tag);
            }
            notifyAll();
        }
    }

    /** The row locks {@code owner} holds now, with their modes (what a savepoint returns to). */
    public synchronized Map<LockTag, Mode> rowLocks(long owner) {
        Map<LockTag, Mode> out = new HashMap<>();
        Set<LockTag> mine = held.get(owner);
        if (mine != null) {
            for (LockTag tag : mine) {
                if (tag.kind() == LockTag.TUPLE) {
                    out.put(tag, holders.get(tag).get(owner));
                }
            }
        }
        return out;
    }

    /**
     * Returns {@code owner}'s row locks to {@code before} (ROLLBACK TO a savepoint): a row lock
     * taken since is released, one strengthened since goes back to its mode then; waiters are woken.
     */
    public synchronized void restoreRowLocks(long owner, Map<LockTag, Mode> before) {
        Set<LockTag> mine = held.get(owner);
        if (mine == null) {
            return;
        }
        boolean changed = false;
        for (java.util.Iterator<LockTag> it = mine.iterator(); it.hasNext(); ) {
            LockTag tag = it.next();
            if (tag.kind() != LockTag.TUPLE) {
                continue;
            }
            Map<Long, Mode> h = holders.get(tag);
            Mode was = before.get(tag);
            if (was == null) {
                h.remove(owner);
                if (h.isEmpty()) {
                    holders.remove(tag);
                }
                it.remove();
                changed = true;
            } else if (h.get(owner) != was) {
                h.put(owner, was);
                changed = true;
            }
        }
        if (changed) {
            notifyAll();
        }
    }

    /** Releases every lock of {@code owner} (at commit or rollback). */
    public synchronized void releaseAll(long owner) {
        Set<LockTag> mine = held.remove(owner);
        if (mine != null) {
            for (LockTag tag : mine) {
                Map<Long, Mode> h = holders.get(tag);
                if (h != null) {
                    h.remove(owner);
                    if (h.isEmpty()) {
                        holders.remove(tag);
                    }
                }
            }
            notifyAll();
        }
        waiting.remove(owner);
    }

    /** Number of tags with holders (for tests). */
    public synchronized int lockedTags() {
        return holders.size();
    }

    private static boolean compatible(Map<Long, Mode> h, long owner, Mode mode) {
        for (Map.Entry<Long, Mode> e : h.entrySet()) {
            if (e.getKey() != owner && mode.conflictsWith(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private Set<Long> blockers(long owner) {
        Set<Long> out = new HashSet<>();
        Wait w = waiting.get(owner);
        if (w == null) {
            return out;
        }
        Map<Long, Mode> h = holders.get(w.tag());
        if (h != null) {
            for (Map.Entry<Long, Mode> e : h.entrySet()) {
                if (e.getKey() != owner && w.mode().conflictsWith(e.getValue())) {
                    out.add(e.getKey());
                }
            }
        }
        return out;
    }

    /** Whether some transaction {@code from} waits for (transitively) is {@code target}. */
    private boolean reaches(long from, long target, Set<Long> seen) {
        for (long b : blockers(from)) {
            if (b == target) {
                return true;
            }
            if (seen.add(b) && reaches(b, target, seen)) {
                return true;
            }
        }
        return false;
    }
}
