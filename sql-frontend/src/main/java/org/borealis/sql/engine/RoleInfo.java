package org.borealis.sql.engine;

/**
 * A role. The password verifier is text the wire layer makes and checks (SCRAM-SHA-256 or md5),
 * null when the role has no password.
 *
 * @param oid  0 when creating (the catalog assigns one)
 */
public record RoleInfo(int oid, String name, boolean superuser, boolean login, String passwordVerifier) {
}
