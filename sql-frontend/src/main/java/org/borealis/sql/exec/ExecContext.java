package org.borealis.sql.exec;

import java.time.Instant;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.types.TextFormat;

/**
 * What a running statement sees: its parameter values, the session's text format, the
 * transaction's start time (now()), the engine transaction (null when the statement needs none)
 * and the cancel flag that CancelRequest and statement_timeout raise. Owned by the session
 * thread; {@link #cancel} may be called from any thread.
 */
public final class ExecContext {

    /** Why a statement was cancelled. */
    public enum CancelReason { USER, TIMEOUT }

    private final Object[] params;
    private final TextFormat format;
    private final Instant transactionStart;
    private final Instant statementStart;
    private final SessionInfo session;
    private volatile CancelReason cancelled;
    private ExecContext parent;
    private Object[][] outerRows = new Object[4][];
    private int outerDepth;

    public ExecContext(Object[] params, TextFormat format, Instant transactionStart, SessionInfo session) {
        this.params = params;
        this.format = format;
        this.transactionStart = transactionStart;
        this.statementStart = Instant.now();
        this.session = session;
    }

    /** A context for a statement run inside this one (SQL EXECUTE): other parameters, same cancel flag. */
    public ExecContext withParams(Object[] params) {
        ExecContext c = new ExecContext(params, format, transactionStart, session);
        c.parent = this;
        return c;
    }

    public Object param(int index) {
        return params[index];
    }

    public TextFormat format() {
        return format;
    }

    public Instant transactionStart() {
        return transactionStart;
    }

    public Instant statementStart() {
        return statementStart;
    }

    public SessionInfo session() {
        return session;
    }

    /** Enters a subquery evaluated for {@code row} of the query around it (correlated references read it). */
    public void pushOuter(Object[] row) {
        if (outerDepth == outerRows.length) {
            outerRows = java.util.Arrays.copyOf(outerRows, outerDepth * 2);
        }
        outerRows[outerDepth++] = row;
    }

    public void popOuter() {
        outerRows[--outerDepth] = null;
    }

    /** The row of the query {@code levels} subquery levels out (1 = the one directly around). */
    public Object[] outer(int levels) {
        return outerRows[outerDepth - levels];
    }

    public void cancel(CancelReason reason) {
        cancelled = reason;
    }

    /** Throws 57014 if the statement was cancelled; operators call this once per row. */
    public void checkCancel() {
        if (parent != null) {
            parent.checkCancel();
        }
        CancelReason r = cancelled;
        if (r != null) {
            throw new SqlException(SqlState.QUERY_CANCELED, r == CancelReason.TIMEOUT
                    ? "canceling statement due to statement timeout" : "canceling statement due to user request");
        }
    }
}
