package org.borealis.sql.wire;

/** SSLRequest (code 80877103): answered 'S' and a TLS handshake, or 'N'. */
public record SslRequest() implements FrontendMessage {

    public static final int CODE = 80877103;
}
