package org.borealis.sql.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.wire.ProtocolException;

/**
 * The server side of SCRAM-SHA-256 (RFC 5802/7677) as PostgreSQL runs it: no channel binding
 * (only {@code SCRAM-SHA-256} is offered), the user name in the message ignored in favour of the
 * startup user. A role without a SCRAM verifier gets a mock exchange that fails at the end, so
 * the reply does not reveal whether the role exists.
 *
 * <pre>
 *   S: AuthenticationSASL [SCRAM-SHA-256]
 *   C: SASLInitialResponse  n,,n=,r=cnonce
 *   S: AuthenticationSASLContinue  r=cnonce+snonce,s=salt,i=4096
 *   C: SASLResponse  c=biws,r=cnonce+snonce,p=proof
 *   S: AuthenticationSASLFinal  v=signature      (then AuthenticationOk)
 * </pre>
 */
final class ScramExchange {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ScramExchange() {
    }

    /** Runs the exchange; true when the client proved it knows the password. */
    static boolean run(AuthExchange ex, String verifier) {
        PasswordVerifiers.Scram v = PasswordVerifiers.Scram.parse(verifier);
        boolean mock = v == null;
        if (mock) {
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            v = new PasswordVerifiers.Scram(PasswordVerifiers.DEFAULT_ITERATIONS, salt, new byte[32], new byte[32]);
        }
        ex.request(10, null, new String[] {"SCRAM-SHA-256"});
        byte[] initial = ex.response();
        int nul = indexOf(initial, (byte) 0);
        if (nul < 0 || initial.length < nul + 5) {
            throw new ProtocolException("malformed SASL message");
        }
        String mech = new String(initial, 0, nul, StandardCharsets.UTF_8);
        if (!mech.equals("SCRAM-SHA-256")) {
            throw new SqlException(SqlState.PROTOCOL_VIOLATION, SqlException.Severity.FATAL,
                    "client selected an invalid SASL authentication mechanism", null, null, 0, null);
        }
        int len = ((initial[nul + 1] & 0xFF) << 24) | ((initial[nul + 2] & 0xFF) << 16) | ((initial[nul + 3] & 0xFF) << 8)
                | (initial[nul + 4] & 0xFF);
        if (len < 0 || len != initial.length - nul - 5) {
            throw new ProtocolException("malformed SASL message");
        }
        String clientFirst = new String(initial, nul + 5, len, StandardCharsets.UTF_8);
        String gs2;
        String bare;
        if (clientFirst.startsWith("n,,") || clientFirst.startsWith("y,,")) {
            gs2 = clientFirst.substring(0, 3);
            bare = clientFirst.substring(3);
        } else {
            throw malformed("unexpected channel-binding flag in SCRAM message");
        }
        String clientNonce = attribute(bare, 'r');
        byte[] sn = new byte[18];
        RANDOM.nextBytes(sn);
        String nonce = clientNonce + Base64.getEncoder().encodeToString(sn);
        String serverFirst = "r=" + nonce + ",s=" + Base64.getEncoder().encodeToString(v.salt()) + ",i=" + v.iterations();
        ex.request(11, serverFirst.getBytes(StandardCharsets.UTF_8), null);
        String clientFinal = new String(ex.response(), StandardCharsets.UTF_8);
        int p = clientFinal.lastIndexOf(",p=");
        if (p < 0) {
            throw malformed("could not find proof in SCRAM message");
        }
        String withoutProof = clientFinal.substring(0, p);
        String cb = attribute(clientFinal, 'c');
        if (!cb.equals(Base64.getEncoder().encodeToString(gs2.getBytes(StandardCharsets.UTF_8)))) {
            throw malformed("SCRAM channel binding check failed");
        }
        if (!attribute(clientFinal, 'r').equals(nonce)) {
            throw malformed("SCRAM nonce mismatch");
        }
        byte[] proof;
        try {
            proof = Base64.getDecoder().decode(clientFinal.substring(p + 3));
        } catch (IllegalArgumentException e) {
            throw malformed("malformed SCRAM proof");
        }
        String authMessage = bare + "," + serverFirst + "," + withoutProof;
        byte[] clientSignature = PasswordVerifiers.hmac(v.storedKey(), authMessage);
        if (proof.length != clientSignature.length) {
            return false;
        }
        byte[] clientKey = new byte[proof.length];
        for (int i = 0; i < proof.length; i++) {
            clientKey[i] = (byte) (proof[i] ^ clientSignature[i]);
        }
        if (mock || !MessageDigest.isEqual(PasswordVerifiers.sha256(clientKey), v.storedKey())) {
            return false;
        }
        byte[] serverSignature = PasswordVerifiers.hmac(v.serverKey(), authMessage);
        ex.request(12, ("v=" + Base64.getEncoder().encodeToString(serverSignature)).getBytes(StandardCharsets.UTF_8), null);
        return true;
    }

    private static SqlException malformed(String msg) {
        return new SqlException(SqlState.PROTOCOL_VIOLATION, SqlException.Severity.FATAL, msg, null, null, 0, null);
    }

    private static String attribute(String msg, char name) {
        for (String part : msg.split(",")) {
            if (part.length() >= 2 && part.charAt(0) == name && part.charAt(1) == '=') {
                return part.substring(2);
            }
        }
        throw malformed("malformed SCRAM message (attribute \"" + name + "\" expected)");
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
