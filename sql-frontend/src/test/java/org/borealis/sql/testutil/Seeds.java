package org.borealis.sql.testutil;

/** Seeds of randomised tests: {@code -Dtest.seed=N} replays one; otherwise a fresh seed is printed. */
public final class Seeds {

    private Seeds() {
    }

    public static long seed(String test) {
        String fixed = System.getProperty("test.seed");
        long seed = fixed != null ? Long.parseLong(fixed) : System.nanoTime();
        System.out.println(test + ": seed " + seed + " (replay with -Dtest.seed=" + seed + ")");
        return seed;
    }
}
