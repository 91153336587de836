package org.borealis.sql.auth;

/**
 * The authentication conversation with one client, provided by the wire layer: send an
 * Authentication request, receive the client's password/SASL message body.
 */
public interface AuthExchange {

    /** Sends Authentication{code} with optional data (MD5 salt, SASL data) or SASL mechanisms. */
    void request(int code, byte[] data, String[] mechanisms);

    /** The body of the client's next 'p' message; a different message is a protocol violation. */
    byte[] response();
}
