package org.borealis.sql.engine;

/**
 * One client session's engine state: it begins transactions and remembers sequence values for
 * {@code currval}/{@code lastval}, as PostgreSQL does per backend. Used by one thread at a time.
 */
public interface Session extends AutoCloseable {

    /**
     * Begins a transaction.
     *
     * @param readOnly a read-only transaction never gets an xid; a write in it fails with
     *                 {@code 25006}
     */
    Transaction begin(Isolation isolation, boolean readOnly);

    /**
     * Advances a sequence and returns the new value (PostgreSQL {@code nextval}). Not undone by a
     * rollback. {@code 2200H} when the sequence reached its limit without CYCLE; {@code 42P01}
     * when no sequence has that OID; {@code 25006} inside a read-only transaction (pass null when
     * outside a transaction).
     */
    long nextval(Transaction tx, int sequenceOid);

    /** The value the last {@code nextval} of this sequence returned in this session; {@code 55000} when none. */
    long currval(int sequenceOid);

    /** The value the last {@code nextval} of any sequence returned in this session; {@code 55000} when none. */
    long lastval();

    /** Forgets the values {@link #currval} and {@link #lastval} return (DISCARD SEQUENCES). */
    default void discardSequences() {
    }

    /**
     * PostgreSQL {@code setval(seq, value, isCalled)}: the next {@code nextval} returns
     * {@code value} advanced by one increment when {@code isCalled}, else {@code value} itself.
     * {@code 22003} when value is outside the sequence's bounds.
     */
    long setval(Transaction tx, int sequenceOid, long value, boolean isCalled);

    /** Rolls back an open transaction of this session, if any. */
    @Override
    void close();
}
