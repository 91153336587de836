package org.borealis.sql.testutil;

import java.util.Random;

/** Random JSON documents for seeded tests: compact or spaced, duplicate keys, escapes, exponents. */
public final class JsonDocs {

    private JsonDocs() {
    }

    /** A random JSON document in compact or spaced form, with duplicate keys, escapes and exponents. */
    public static String random(Random r, int depth) {
        int k = r.nextInt(depth <= 0 ? 5 : 8);
        return switch (k) {
            case 0 -> "null";
            case 1 -> r.nextBoolean() ? "true" : "false";
            case 2 -> randomNumber(r);
            case 3, 4 -> randomString(r);
            case 5 -> {
                StringBuilder b = new StringBuilder("[");
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    b.append(i > 0 ? "," + (r.nextBoolean() ? " " : "") : "").append(random(r, depth - 1));
                }
                yield b.append(']').toString();
            }
            default -> {
                StringBuilder b = new StringBuilder(r.nextBoolean() ? "{" : "{ ");
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    b.append(i > 0 ? ", " : "").append(KEYS[r.nextInt(KEYS.length)]).append(r.nextBoolean() ? ":" : " : ")
                            .append(random(r, depth - 1));
                }
                yield b.append('}').toString();
            }
        };
    }

    private static final String[] KEYS = {"\"a\"", "\"b\"", "\"aa\"", "\"ab\"", "\"\"", "\"key\"", "\"\\u00e9\"", "\"z z\""};

    private static String randomNumber(Random r) {
        String n = (r.nextInt(3) == 0 ? "-" : "") + r.nextInt(r.nextBoolean() ? 10 : 100000);
        if (r.nextBoolean()) {
            n += "." + r.nextInt(1000) + (r.nextInt(4) == 0 ? "0" : "");
        }
        if (r.nextInt(4) == 0) {
            n += (r.nextBoolean() ? "e" : "E") + (r.nextBoolean() ? "-" : "") + r.nextInt(8);
        }
        return n;
    }

    private static String randomString(Random r) {
        String[] parts = {"a", "b", "x y", "\\n", "\\\"", "\\\\", "\\u00e9", "é", "\\t", "\\/", "\\u0001", "ü", "0"};
        StringBuilder b = new StringBuilder("\"");
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(parts[r.nextInt(parts.length)]);
        }
        return b.append('"').toString();
    }
}
