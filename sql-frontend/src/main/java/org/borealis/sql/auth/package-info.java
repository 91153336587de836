/**
 * Client authentication: access rules per address, database and user (a small pg_hba,
 * {@link org.borealis.sql.auth.HbaRules}), the methods trust, password, md5 and SCRAM-SHA-256, and
 * the password verifiers stored in the catalog. Start with {@link org.borealis.sql.auth.Authenticator}.
 */
package org.borealis.sql.auth;
