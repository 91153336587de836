package org.borealis.sql.plan;

/**
 * C's {@code strtol} in base 10 over part of a string: white space, an optional sign, then digits.
 * {@code end} is where the number ends, or {@code from} when there is no digit (as C's endptr);
 * {@code overflow} when the value does not fit a 64-bit integer (C's ERANGE).
 */
record Strtol(long value, int end, boolean overflow) {

    static Strtol parse(String s, int from, int limit) {
        int i = from;
        while (i < limit && ToTimestampReader.space(s.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < limit && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int digits = i;
        long v = 0;
        boolean overflow = false;
        while (i < limit && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            int d = s.charAt(i) - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                overflow = true;
            } else {
                v = v * 10 + d;
            }
            i++;
        }
        if (i == digits) {
            return new Strtol(0, from, false);
        }
        return new Strtol(neg ? -v : v, i, overflow);
    }
}
