package org.borealis.sql.auth;

/** A role as authentication sees it: may it log in, is it superuser, its password verifier (or null). */
public record RoleCredentials(String name, boolean superuser, boolean login, String passwordVerifier) {
}
