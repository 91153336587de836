package org.borealis.sql.wire;

/** CancelRequest (code 80877102), sent on a fresh connection with the target's BackendKeyData. */
public record CancelRequest(int processId, int secretKey) implements FrontendMessage {

    public static final int CODE = 80877102;
}
