package org.borealis.sql.session;

/** What statements planned by storage may ask of the session. */
public interface SessionContext {

    String user();

    boolean isSuperuser();

    /** Hashes a new password into the verifier stored for a role (SCRAM-SHA-256 unless md5 is asked). */
    String passwordVerifier(String role, String password);
}
