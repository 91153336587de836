package org.borealis.pagestore.testing;

import java.util.Random;

/**
 * Seeds of randomised tests: {@code -Dtest.seed=N} replays one; otherwise a fresh seed, printed
 * so a failure can be replayed.
 */
public final class Seeds {

    private Seeds() {
    }

    public static long seed(String test) {
        String s = System.getProperty("test.seed");
        long seed = s != null && !s.isBlank() ? Long.parseLong(s.trim()) : new Random().nextLong();
        System.out.println(test + ": seed " + seed + " (replay with -Dtest.seed=" + seed + ")");
        return seed;
    }

    /** A message suffix for assertions. */
    public static String replay(long seed) {
        return " [replay with -Dtest.seed=" + seed + "]";
    }
}
