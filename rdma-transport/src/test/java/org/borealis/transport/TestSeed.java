package org.borealis.transport;

/**
 * Seeds for randomised tests: {@code -Dtest.seed=N} replays a run; otherwise a fresh seed is drawn.
 * A failure inside {@link #run} is rethrown with the seed and the flag that replays it.
 */
public final class TestSeed {

    private TestSeed() {
    }

    public static long get() {
        String given = System.getProperty("test.seed");
        return given != null && !given.isBlank() ? Long.parseLong(given.trim()) : System.nanoTime() ^ 0x9E3779B97F4A7C15L;
    }

    @FunctionalInterface
    public interface Body {
        void run(long seed) throws Exception;
    }

    /** Runs {@code body} with a seed; a failure says which seed and how to replay it. */
    public static void run(Body body) throws Exception {
        long seed = get();
        try {
            body.run(seed);
        } catch (Throwable t) {
            throw new AssertionError("failed with seed " + seed + " (replay with -Dtest.seed=" + seed + "): " + t, t);
        }
    }
}
