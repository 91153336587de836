package org.borealis.sql.auth;

import java.util.Locale;

/** pg_hba authentication methods Borealis supports. */
public enum AuthMethod {
    TRUST, REJECT, PASSWORD, MD5, SCRAM_SHA_256;

    public static AuthMethod parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "trust" -> TRUST;
            case "reject" -> REJECT;
            case "password" -> PASSWORD;
            case "md5" -> MD5;
            case "scram-sha-256" -> SCRAM_SHA_256;
            default -> throw new IllegalArgumentException("unknown authentication method \"" + s
                    + "\" (trust, reject, password, md5, scram-sha-256)");
        };
    }
}
