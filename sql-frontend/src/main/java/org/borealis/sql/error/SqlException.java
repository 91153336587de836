package org.borealis.sql.error;

/**
 * An error a client sees: SQLSTATE, message and the optional fields of a PostgreSQL
 * ErrorResponse. Unchecked; thrown anywhere below the wire layer, which alone turns it into an
 * ErrorResponse.
 */
public class SqlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** ErrorResponse severity. */
    public enum Severity { ERROR, FATAL, PANIC }

    private final SqlState state;
    private final Severity severity;
    private final String detail;
    private final String hint;
    private final int position;

    public SqlException(SqlState state, String message) {
        this(state, Severity.ERROR, message, null, null, 0, null);
    }

    public SqlException(SqlState state, String message, Throwable cause) {
        this(state, Severity.ERROR, message, null, null, 0, cause);
    }

    /**
     * @param position 1-based character position in the statement text, 0 when none
     */
    public SqlException(SqlState state, Severity severity, String message, String detail, String hint,
                        int position, Throwable cause) {
        super(message, cause);
        this.state = state;
        this.severity = severity;
        this.detail = detail;
        this.hint = hint;
        this.position = position;
    }

    /**
     * An unexpected exception (a bug: NullPointerException, IllegalStateException ...) as the
     * error a client sees: XX000 with the exception's message, as PostgreSQL answers an internal
     * error. The original is kept as the cause for the log.
     */
    public static SqlException internal(RuntimeException e) {
        if (e instanceof SqlException s) {
            return s;
        }
        String msg = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        return new SqlException(SqlState.INTERNAL_ERROR, Severity.ERROR, msg, null, null, 0, e);
    }

    public SqlState state() {
        return state;
    }

    public Severity severity() {
        return severity;
    }

    /** DETAIL field, or null. */
    public String detail() {
        return detail;
    }

    /** HINT field, or null. */
    public String hint() {
        return hint;
    }

    /** 1-based cursor position in the statement, 0 when none. */
    public int position() {
        return position;
    }

    /** A copy of this error with the DETAIL field set. */
    public SqlException withDetail(String newDetail) {
        return new SqlException(state, severity, getMessage(), newDetail, hint, position, getCause());
    }

    /** A copy of this error with the HINT field set. */
    public SqlException withHint(String newHint) {
        return new SqlException(state, severity, getMessage(), detail, newHint, position, getCause());
    }

    /** A copy of this error with the cursor position set. */
    public SqlException withPosition(int newPosition) {
        return new SqlException(state, severity, getMessage(), detail, hint, newPosition, getCause());
    }
}
