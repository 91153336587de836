package org.borealis.sql.session;

import org.borealis.sql.exec.Plan;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.plan.CatalogView;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.plan.ScanFactory;

/**
 * One client session's access to storage: the transaction in progress, the catalog and scans it
 * sees, and the plans of statements that read or write storage beyond a query (DML, DDL, COPY,
 * VACUUM, roles). Used by the session thread only.
 */
public interface StorageSession extends AutoCloseable {

    /** Begins a transaction. */
    void begin(boolean repeatableRead, boolean readOnly);

    void commit();

    void rollback();

    boolean inTransaction();

    /** SAVEPOINT in the transaction in progress. */
    void savepoint(String name);

    /** RELEASE [SAVEPOINT] name. */
    void releaseSavepoint(String name);

    /** ROLLBACK TO [SAVEPOINT] name. */
    void rollbackToSavepoint(String name);

    /** The name of the innermost savepoint of the transaction in progress, or null when it has none. */
    String innermostSavepoint();

    /** Begins a statement inside the transaction (new snapshot under READ COMMITTED). */
    void startStatement();

    CatalogView catalog();

    /**
     * Where unqualified names are looked up: the session's {@code search_path} setting text and
     * user name, read each time a name is resolved.
     */
    default void useSearchPath(java.util.function.Supplier<String> searchPath, java.util.function.Supplier<String> user) {
    }

    ScanFactory scans();

    /**
     * Plans a statement other than a plain query (INSERT/UPDATE/DELETE, CREATE/DROP/ALTER, TRUNCATE,
     * VACUUM/ANALYZE, CREATE/ALTER/DROP ROLE), or returns null when it is not a storage statement.
     */
    Plan plan(Statement statement, PlanContext pc, SessionContext session);

    /** Starts COPY FROM STDIN into a table; rows are then added through the returned sink. */
    CopyIn copyIn(Statement.Copy copy, PlanContext pc);

    /** A number that changes whenever any session changes the catalog (DDL); plans cached under an older one are stale. */
    /** The session's temporary schema ({@code pg_temp_N}) once it has made one, else null. */
    /**
     * DISCARD TEMP: drops this session's temporary relations, in the open transaction when there
     * is one (a ROLLBACK brings them back), else in one of its own.
     */
    default void discardTemp() {
    }

    /** DISCARD SEQUENCES: forgets the session's currval and lastval values. */
    default void discardSequences() {
    }

    default String tempSchema() {
        return null;
    }

    default long catalogVersion() {
        return 0;
    }

    /** Whether VACUUM must run outside a transaction block (it then manages its own). */
    default boolean vacuumNeedsNoBlock() {
        return true;
    }

    @Override
    void close();

    /** Sequence operations in the current transaction; null when not supported. */
    default org.borealis.sql.exec.SessionInfo.Sequences sequences() {
        return null;
    }

    /** Rows of a COPY FROM, already parsed to the table's column types. */
    interface CopyIn {
        /** Column types the rows must have, in the COPY's column order. */
        org.borealis.sql.types.PgType[] types();

        /** Column names in COPY order (for error context). */
        java.util.List<String> columns();

        /** Adds one row; {@code ctx} is the COPY's context (defaults such as nextval() run in it). */
        void add(org.borealis.sql.exec.ExecContext ctx, Object[] row);

        /** Number of rows added. */
        long finish();
    }
}
