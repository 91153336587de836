package org.borealis.sql.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Password verifiers as PostgreSQL stores them in {@code pg_authid.rolpassword}:
 * {@code SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>} (base64) or
 * {@code md5<hex of md5(password || user)>}. Thread-safe.
 */
public final class PasswordVerifiers {

    public static final int DEFAULT_ITERATIONS = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final boolean md5;

    /** @param md5 make md5 verifiers (password_encryption = md5) instead of SCRAM */
    public PasswordVerifiers(boolean md5) {
        this.md5 = md5;
    }

    /** A new verifier for a password; an already-encrypted password is stored as given, as PostgreSQL does. */
    public String make(String role, String password) {
        if (password.startsWith("SCRAM-SHA-256$") || (password.startsWith("md5") && password.length() == 35)) {
            return password;
        }
        if (md5) {
            return md5Verifier(role, password);
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return scramVerifier(password, salt, DEFAULT_ITERATIONS);
    }

    public static String md5Verifier(String role, String password) {
        return "md5" + md5Hex((password + role).getBytes(StandardCharsets.UTF_8));
    }

    public static String scramVerifier(String password, byte[] salt, int iterations) {
        byte[] salted = saltedPassword(password, salt, iterations);
        byte[] clientKey = hmac(salted, "Client Key");
        byte[] storedKey = sha256(clientKey);
        byte[] serverKey = hmac(salted, "Server Key");
        Base64.Encoder b64 = Base64.getEncoder();
        return "SCRAM-SHA-256$" + iterations + ":" + b64.encodeToString(salt) + "$" + b64.encodeToString(storedKey)
                + ":" + b64.encodeToString(serverKey);
    }

    static byte[] saltedPassword(String password, byte[] salt, int iterations) {
        try {
            SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            return f.generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] hmac(byte[] key, String data) {
        return hmac(key, data.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String md5Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parsed SCRAM verifier. */
    record Scram(int iterations, byte[] salt, byte[] storedKey, byte[] serverKey) {
        static Scram parse(String v) {
            if (v == null || !v.startsWith("SCRAM-SHA-256$")) {
                return null;
            }
            try {
                String[] parts = v.substring("SCRAM-SHA-256$".length()).split("\\$");
                String[] is = parts[0].split(":");
                String[] keys = parts[1].split(":");
                Base64.Decoder d = Base64.getDecoder();
                return new Scram(Integer.parseInt(is[0]), d.decode(is[1]), d.decode(keys[0]), d.decode(keys[1]));
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /** Whether a cleartext password matches a stored verifier of either kind. */
    static boolean matches(String verifier, String role, String password) {
        if (verifier == null) {
            return false;
        }
        Scram s = Scram.parse(verifier);
        if (s != null) {
            byte[] salted = saltedPassword(password, s.salt(), s.iterations());
            return MessageDigest.isEqual(sha256(hmac(salted, "Client Key")), s.storedKey());
        }
        if (verifier.startsWith("md5")) {
            return MessageDigest.isEqual(verifier.getBytes(StandardCharsets.US_ASCII),
                    md5Verifier(role, password).getBytes(StandardCharsets.US_ASCII));
        }
        return false;
    }
}
