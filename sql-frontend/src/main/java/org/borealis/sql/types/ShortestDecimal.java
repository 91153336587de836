package org.borealis.sql.types;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The digits PostgreSQL 12+ prints for a float4 or float8 when extra_float_digits &gt; 0: the Ryu
 * shortest-decimal algorithm (Ulf Adams, PLDI 2018) as PostgreSQL builds it, without accepting the
 * rounding interval's bounds (its {@code STRICTLY_SHORTEST} is off), so the output also reads back
 * exactly through a strtod that does not round ties to even. That is why some values print longer
 * than Java's shortest: the float4 15000000512 is {@code 1.5000001e+10}, not {@code 1.5e+10}.
 * Small integers take PostgreSQL's exact-integer shortcut. The power-of-5 tables are computed at
 * class load with {@link BigInteger}.
 */
final class ShortestDecimal {

    private ShortestDecimal() {
    }

    private static final int FLOAT_POW5_INV_BITCOUNT = 59;
    private static final int FLOAT_POW5_BITCOUNT = 61;
    private static final int DOUBLE_POW5_INV_BITCOUNT = 122;
    private static final int DOUBLE_POW5_BITCOUNT = 121;

    private static final long[] FLOAT_POW5_INV_SPLIT = new long[32];
    private static final long[] FLOAT_POW5_SPLIT = new long[48];
    private static final long[][] DOUBLE_POW5_INV_SPLIT = new long[292][];
    private static final long[][] DOUBLE_POW5_SPLIT = new long[326][];

    static {
        for (int i = 0; i < FLOAT_POW5_INV_SPLIT.length; i++) {
            FLOAT_POW5_INV_SPLIT[i] = invSplit(i, FLOAT_POW5_INV_BITCOUNT).longValueExact();
        }
        for (int i = 0; i < FLOAT_POW5_SPLIT.length; i++) {
            FLOAT_POW5_SPLIT[i] = split(i, FLOAT_POW5_BITCOUNT).longValueExact();
        }
        for (int i = 0; i < DOUBLE_POW5_INV_SPLIT.length; i++) {
            DOUBLE_POW5_INV_SPLIT[i] = halves(invSplit(i, DOUBLE_POW5_INV_BITCOUNT));
        }
        for (int i = 0; i < DOUBLE_POW5_SPLIT.length; i++) {
            DOUBLE_POW5_SPLIT[i] = halves(split(i, DOUBLE_POW5_BITCOUNT));
        }
    }

    /** floor(2^(bitlength(5^i) - 1 + bits) / 5^i) + 1. */
    private static BigInteger invSplit(int i, int bits) {
        BigInteger pow5 = BigInteger.valueOf(5).pow(i);
        int j = pow5.bitLength() - 1 + bits;
        return BigInteger.ONE.shiftLeft(j).divide(pow5).add(BigInteger.ONE);
    }

    /** 5^i scaled to exactly {@code bits} bits. */
    private static BigInteger split(int i, int bits) {
        BigInteger pow5 = BigInteger.valueOf(5).pow(i);
        return pow5.shiftRight(pow5.bitLength() - bits);
    }

    private static long[] halves(BigInteger v) {
        return new long[] {v.longValue(), v.shiftRight(64).longValueExact()};
    }

    private static int pow5bits(int e) {
        return (int) (((long) e * 1217359) >>> 19) + 1;
    }

    private static int log10Pow2(int e) {
        return (int) (((long) e * 78913) >>> 18);
    }

    private static int log10Pow5(int e) {
        return (int) (((long) e * 732923) >>> 20);
    }

    private static int pow5Factor(long value) {
        int count = 0;
        while (Long.remainderUnsigned(value, 5) == 0) {
            value = Long.divideUnsigned(value, 5);
            count++;
        }
        return count;
    }

    private static boolean multipleOfPowerOf5(long value, int p) {
        return pow5Factor(value) >= p;
    }

    private static boolean multipleOfPowerOf2(long value, int p) {
        return (value & ((1L << p) - 1)) == 0;
    }

    /** The shortest digits of a finite, non-zero float4 magnitude, as {@code digits * 10^scale}. */
    static BigDecimal of(float f) {
        int bits = Float.floatToRawIntBits(Math.abs(f));
        int ieeeMantissa = bits & ((1 << 23) - 1);
        int ieeeExponent = bits >>> 23;
        int smallE2 = ieeeExponent - 127 - 23;
        if (ieeeExponent != 0 && smallE2 >= -23 && smallE2 <= 0) {
            long m2 = (1L << 23) | ieeeMantissa;
            if ((m2 & ((1L << -smallE2) - 1)) == 0) {
                return trimmed(m2 >> -smallE2);
            }
        }
        int e2;
        long m2;
        if (ieeeExponent == 0) {
            e2 = 1 - 127 - 23 - 2;
            m2 = ieeeMantissa;
        } else {
            e2 = ieeeExponent - 127 - 23 - 2;
            m2 = (1L << 23) | ieeeMantissa;
        }
        long mv = 4 * m2;
        long mp = 4 * m2 + 2;
        int mmShift = ieeeMantissa != 0 || ieeeExponent <= 1 ? 1 : 0;
        long mm = 4 * m2 - 1 - mmShift;
        long vr;
        long vp;
        long vm;
        int e10;
        boolean vrIsTrailingZeros = false;
        int lastRemovedDigit = 0;
        if (e2 >= 0) {
            int q = log10Pow2(e2);
            e10 = q;
            int k = FLOAT_POW5_INV_BITCOUNT + pow5bits(q) - 1;
            int i = -e2 + q + k;
            vr = mulShift32(mv, FLOAT_POW5_INV_SPLIT[q], i);
            vp = mulShift32(mp, FLOAT_POW5_INV_SPLIT[q], i);
            vm = mulShift32(mm, FLOAT_POW5_INV_SPLIT[q], i);
            if (q != 0 && (vp - 1) / 10 <= vm / 10) {
                int l = FLOAT_POW5_INV_BITCOUNT + pow5bits(q - 1) - 1;
                lastRemovedDigit = (int) (mulShift32(mv, FLOAT_POW5_INV_SPLIT[q - 1], -e2 + q - 1 + l) % 10);
            }
            if (q <= 9) {
                if (mv % 5 == 0) {
                    vrIsTrailingZeros = multipleOfPowerOf5(mv, q);
                } else if (multipleOfPowerOf5(mp, q)) {
                    vp--;
                }
            }
        } else {
            int q = log10Pow5(-e2);
            e10 = q + e2;
            int i = -e2 - q;
            int k = pow5bits(i) - FLOAT_POW5_BITCOUNT;
            int j = q - k;
            vr = mulShift32(mv, FLOAT_POW5_SPLIT[i], j);
            vp = mulShift32(mp, FLOAT_POW5_SPLIT[i], j);
            vm = mulShift32(mm, FLOAT_POW5_SPLIT[i], j);
            if (q != 0 && (vp - 1) / 10 <= vm / 10) {
                j = q - 1 - (pow5bits(i + 1) - FLOAT_POW5_BITCOUNT);
                lastRemovedDigit = (int) (mulShift32(mv, FLOAT_POW5_SPLIT[i + 1], j) % 10);
            }
            if (q <= 1) {
                vrIsTrailingZeros = true;
                vp--;
            } else if (q < 31) {
                vrIsTrailingZeros = multipleOfPowerOf2(mv, q - 1);
            }
        }
        int removed = 0;
        long output;
        if (vrIsTrailingZeros) {
            while (vp / 10 > vm / 10) {
                vrIsTrailingZeros &= lastRemovedDigit == 0;
                lastRemovedDigit = (int) (vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
            if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0) {
                lastRemovedDigit = 4; // exactly halfway: round to even
            }
            output = vr + (vr == vm || lastRemovedDigit >= 5 ? 1 : 0);
        } else {
            while (vp / 10 > vm / 10) {
                lastRemovedDigit = (int) (vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
            output = vr + (vr == vm || lastRemovedDigit >= 5 ? 1 : 0);
        }
        return BigDecimal.valueOf(output, -(e10 + removed));
    }

    private static long mulShift32(long m, long factor, int shift) {
        long factorLo = factor & 0xFFFFFFFFL;
        long factorHi = factor >>> 32;
        long bits0 = m * factorLo;
        long bits1 = m * factorHi;
        long sum = (bits0 >>> 32) + bits1;
        return (sum >>> (shift - 32)) & 0xFFFFFFFFL;
    }

    /** The shortest digits of a finite, non-zero float8 magnitude, as {@code digits * 10^scale}. */
    static BigDecimal of(double d) {
        long bits = Double.doubleToRawLongBits(Math.abs(d));
        long ieeeMantissa = bits & ((1L << 52) - 1);
        int ieeeExponent = (int) (bits >>> 52);
        int smallE2 = ieeeExponent - 1023 - 52;
        if (ieeeExponent != 0 && smallE2 >= -52 && smallE2 <= 0) {
            long m2 = (1L << 52) | ieeeMantissa;
            if ((m2 & ((1L << -smallE2) - 1)) == 0) {
                return trimmed(m2 >> -smallE2);
            }
        }
        int e2;
        long m2;
        if (ieeeExponent == 0) {
            e2 = 1 - 1023 - 52 - 2;
            m2 = ieeeMantissa;
        } else {
            e2 = ieeeExponent - 1023 - 52 - 2;
            m2 = (1L << 52) | ieeeMantissa;
        }
        long mv = 4 * m2;
        int mmShift = ieeeMantissa != 0 || ieeeExponent <= 1 ? 1 : 0;
        long vr;
        long vp;
        long vm;
        int e10;
        boolean vrIsTrailingZeros = false;
        if (e2 >= 0) {
            int q = log10Pow2(e2) - (e2 > 3 ? 1 : 0);
            e10 = q;
            int k = DOUBLE_POW5_INV_BITCOUNT + pow5bits(q) - 1;
            int i = -e2 + q + k;
            long[] mul = DOUBLE_POW5_INV_SPLIT[q];
            vr = mulShift64(4 * m2, mul, i);
            vp = mulShift64(4 * m2 + 2, mul, i);
            vm = mulShift64(4 * m2 - 1 - mmShift, mul, i);
            if (q <= 21) {
                if (mv % 5 == 0) {
                    vrIsTrailingZeros = multipleOfPowerOf5(mv, q);
                } else if (multipleOfPowerOf5(mv + 2, q)) {
                    vp--;
                }
            }
        } else {
            int q = log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
            e10 = q + e2;
            int i = -e2 - q;
            int k = pow5bits(i) - DOUBLE_POW5_BITCOUNT;
            int j = q - k;
            long[] mul = DOUBLE_POW5_SPLIT[i];
            vr = mulShift64(4 * m2, mul, j);
            vp = mulShift64(4 * m2 + 2, mul, j);
            vm = mulShift64(4 * m2 - 1 - mmShift, mul, j);
            if (q <= 1) {
                vrIsTrailingZeros = true;
                vp--;
            } else if (q < 63) {
                vrIsTrailingZeros = multipleOfPowerOf2(mv, q - 1);
            }
        }
        int removed = 0;
        int lastRemovedDigit = 0;
        long output;
        if (vrIsTrailingZeros) {
            while (Long.divideUnsigned(vp, 10) > Long.divideUnsigned(vm, 10)) {
                vrIsTrailingZeros &= lastRemovedDigit == 0;
                lastRemovedDigit = (int) (vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
            if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0) {
                lastRemovedDigit = 4; // exactly halfway: round to even
            }
            output = vr + (vr == vm || lastRemovedDigit >= 5 ? 1 : 0);
        } else {
            while (vp / 10 > vm / 10) {
                lastRemovedDigit = (int) (vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
            output = vr + (vr == vm || lastRemovedDigit >= 5 ? 1 : 0);
        }
        return BigDecimal.valueOf(output, -(e10 + removed));
    }

    /** floor((m * mul) / 2^j) for a 128-bit {@code mul} (low, high) and m below 2^55. */
    private static long mulShift64(long m, long[] mul, int j) {
        long b0Hi = Math.unsignedMultiplyHigh(m, mul[0]);
        long b2Lo = m * mul[1];
        long b2Hi = Math.unsignedMultiplyHigh(m, mul[1]);
        long lo = b2Lo + b0Hi;
        long hi = b2Hi + (Long.compareUnsigned(lo, b2Lo) < 0 ? 1 : 0);
        int s = j - 64;
        return s == 0 ? lo : (lo >>> s) | (hi << (64 - s));
    }

    private static BigDecimal trimmed(long integer) {
        int scale = 0;
        while (integer % 10 == 0) {
            integer /= 10;
            scale--;
        }
        return BigDecimal.valueOf(integer, scale);
    }
}
