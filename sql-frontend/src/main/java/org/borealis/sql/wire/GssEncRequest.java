package org.borealis.sql.wire;

/** GSSENCRequest (code 80877104): always answered 'N'. */
public record GssEncRequest() implements FrontendMessage {

    public static final int CODE = 80877104;
}
