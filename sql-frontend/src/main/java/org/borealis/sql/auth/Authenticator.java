package org.borealis.sql.auth;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.function.Function;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * Decides who a connecting client is: finds the first matching access rule and runs its method
 * (trust, reject, cleartext password, md5 — which becomes SCRAM when the role has a SCRAM
 * verifier, as in PostgreSQL — or SCRAM-SHA-256) against the role's stored verifier. Failures
 * are FATAL 28000/28P01 with PostgreSQL's messages. Runs on the connection's session thread
 * (SCRAM's key derivation is too slow for an event loop). Thread-safe.
 */
public final class Authenticator {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HbaRules rules;
    private final Function<String, Optional<RoleCredentials>> roles;

    public Authenticator(HbaRules rules, Function<String, Optional<RoleCredentials>> roles) {
        this.rules = rules;
        this.roles = roles;
    }

    public RoleCredentials authenticate(String user, String database, InetAddress address, boolean ssl, AuthExchange ex) {
        HbaRule rule = rules.match(database, user, address, ssl);
        if (rule == null) {
            throw fatal(SqlState.INVALID_AUTHORIZATION_SPECIFICATION, "no pg_hba.conf entry for host \""
                    + address.getHostAddress() + "\", user \"" + user + "\", database \"" + database + "\", "
                    + (ssl ? "SSL encryption" : "no encryption"));
        }
        Optional<RoleCredentials> role = roles.apply(user);
        String verifier = role.map(RoleCredentials::passwordVerifier).orElse(null);
        boolean ok;
        switch (rule.method()) {
            case TRUST -> ok = true;
            case REJECT -> throw fatal(SqlState.INVALID_AUTHORIZATION_SPECIFICATION, "pg_hba.conf rejects connection for host \""
                    + address.getHostAddress() + "\", user \"" + user + "\", database \"" + database + "\", "
                    + (ssl ? "SSL encryption" : "no encryption"));
            case PASSWORD -> {
                ex.request(3, null, null);
                String pw = cstring(ex.response());
                ok = PasswordVerifiers.matches(verifier, user, pw);
            }
            case MD5 -> {
                if (verifier != null && verifier.startsWith("SCRAM-SHA-256$")) {
                    ok = ScramExchange.run(ex, verifier);
                } else {
                    byte[] salt = new byte[4];
                    RANDOM.nextBytes(salt);
                    ex.request(5, salt, null);
                    String answer = cstring(ex.response());
                    ok = verifier != null && verifier.startsWith("md5") && MessageDigest.isEqual(
                            answer.getBytes(StandardCharsets.US_ASCII), md5Answer(verifier, salt).getBytes(StandardCharsets.US_ASCII));
                }
            }
            default -> ok = ScramExchange.run(ex, verifier);
        }
        if (!ok) {
            throw fatal(SqlState.INVALID_PASSWORD, "password authentication failed for user \"" + user + "\"");
        }
        if (role.isEmpty()) {
            throw fatal(SqlState.INVALID_AUTHORIZATION_SPECIFICATION, "role \"" + user + "\" does not exist");
        }
        if (!role.get().login()) {
            throw fatal(SqlState.INVALID_AUTHORIZATION_SPECIFICATION, "role \"" + user + "\" is not permitted to log in");
        }
        return role.get();
    }

    static String md5Answer(String verifier, byte[] salt) {
        byte[] v = verifier.substring(3).getBytes(StandardCharsets.US_ASCII);
        byte[] in = new byte[v.length + salt.length];
        System.arraycopy(v, 0, in, 0, v.length);
        System.arraycopy(salt, 0, in, v.length, salt.length);
        return "md5" + PasswordVerifiers.md5Hex(in);
    }

    private static String cstring(byte[] b) {
        int end = 0;
        while (end < b.length && b[end] != 0) {
            end++;
        }
        if (end != b.length - 1) {
            throw new SqlException(SqlState.PROTOCOL_VIOLATION, SqlException.Severity.FATAL, "invalid password packet size",
                    null, null, 0, null);
        }
        return new String(b, 0, end, StandardCharsets.UTF_8);
    }

    private static SqlException fatal(SqlState state, String msg) {
        return new SqlException(state, SqlException.Severity.FATAL, msg, null, null, 0, null);
    }
}
