package org.borealis.sql.engine;

/**
 * A transaction. Its xid is assigned at the first write (read-only work takes none). Statements
 * are delimited by {@link #startStatement()}: under READ COMMITTED each statement gets a fresh
 * snapshot; under REPEATABLE READ the first statement's snapshot is kept. Within the
 * transaction, {@link #commandCounterIncrement()} makes the statement's own changes visible to
 * what follows (PostgreSQL's command ids): a statement never sees rows it inserted itself.
 *
 * <p>After an error inside a statement the transaction stays usable for {@link #rollback()} only
 * when the SQL layer says so; the engine leaves no half-done row change behind (each row change
 * is atomic). Used by one thread at a time.
 */
public interface Transaction {

    /** 0 until the first write. */
    long xid();

    Isolation isolation();

    boolean isReadOnly();

    /** True until commit or rollback. */
    boolean isActive();

    /**
     * Begins a statement: takes a new snapshot under READ COMMITTED (the first one under
     * REPEATABLE READ) and advances the command id. Call before each statement.
     */
    void startStatement();

    /**
     * Runs {@code body} with a snapshot taken now in place of the statement's (the transaction's own
     * changes stay visible), then puts the statement's back: for checks that must see what other
     * transactions committed meanwhile, as PostgreSQL's foreign-key checks do.
     */
    <T> T withLatestSnapshot(java.util.function.Supplier<T> body);

    /** Makes this transaction's changes so far visible to its later reads in the same statement. */
    void commandCounterIncrement();

    /**
     * Commits: writes the commit record and returns when it is durable (group commit with other
     * committers). A transaction that wrote nothing commits without a record.
     *
     * @throws org.borealis.sql.error.SqlException {@code 58030} when the log failed; the outcome is
     *         then unknown to this node (a new writer decides it from the durable log)
     */
    void commit();

    /** Rolls back: the transaction's row versions become invisible to everyone; locks are released. */
    void rollback();

    /** Establishes a savepoint (a subtransaction); names may repeat, the innermost one counts. */
    void savepoint(String name);

    /**
     * Releases the innermost savepoint named {@code name} and every one after it: their work stays
     * part of the transaction (3B001 when there is none of that name).
     */
    void releaseSavepoint(String name);

    /**
     * Rolls back the work done since the innermost savepoint named {@code name} (its row versions
     * become invisible to everyone, itself included) and discards the savepoints after it; the
     * savepoint itself stays (3B001 when there is none of that name).
     */
    void rollbackToSavepoint(String name);

    /** Whether a savepoint is established. */
    boolean hasSavepoints();
}
