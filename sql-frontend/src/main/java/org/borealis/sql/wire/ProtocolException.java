package org.borealis.sql.wire;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * A client broke the protocol: truncated or malformed message, length over the limit, invalid
 * UTF-8 in a protocol string, unknown message type. The connection answers with a FATAL
 * ErrorResponse (08P01) and is closed; other sessions are unaffected.
 */
public final class ProtocolException extends SqlException {

    private static final long serialVersionUID = 1L;

    public ProtocolException(String message) {
        super(SqlState.PROTOCOL_VIOLATION, Severity.FATAL, message, null, null, 0, null);
    }
}
