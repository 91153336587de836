package org.borealis.transport;

import java.util.Arrays;
import java.util.Random;

/** Byte helpers of the transport tests: seeded patterns, registered-buffer contents, comparisons. */
public final class TestBytes {

    private TestBytes() {
    }

    /** {@code length} bytes drawn from {@code seed}. */
    public static byte[] pattern(int length, long seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** A copy of {@code length} bytes of {@code buffer} at {@code offset}. */
    public static byte[] bytes(RegisteredBuffer buffer, int offset, int length) {
        byte[] out = new byte[length];
        buffer.buffer().get(offset, out);
        return out;
    }

    public static void put(RegisteredBuffer buffer, int offset, byte[] data) {
        buffer.buffer().put(offset, data);
    }

    /** Compares byte arrays, reporting the first difference instead of both arrays. */
    public static void assertSameBytes(byte[] actual, byte[] expected, String what) {
        int at = Arrays.mismatch(actual, expected);
        if (at >= 0) {
            throw new AssertionError(what + ": " + actual.length + " bytes, expected " + expected.length
                    + "; first difference at index " + at
                    + (at < Math.min(actual.length, expected.length)
                    ? " (" + actual[at] + " instead of " + expected[at] + ")" : ""));
        }
    }
}
