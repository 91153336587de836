package org.borealis.sql.exec.expr;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * numeric arithmetic with PostgreSQL's result scales: + and - keep the larger scale, * adds the
 * scales, / and avg follow {@code select_div_scale} (at least 16 significant digits).
 */
public final class NumericOps {

    private static final int MIN_SIG_DIGITS = 16;
    private static final int MAX_DISPLAY_SCALE = 1000;

    private NumericOps() {
    }

    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            throw new SqlException(SqlState.DIVISION_BY_ZERO, "division by zero");
        }
        int qweight = weight(a) - weight(b);
        if (firstDigit(a) <= firstDigit(b)) {
            qweight--;
        }
        int rscale = MIN_SIG_DIGITS - qweight * 4;
        rscale = Math.max(rscale, Math.max(scale(a), scale(b)));
        rscale = Math.max(0, Math.min(rscale, MAX_DISPLAY_SCALE));
        return a.divide(b, rscale, RoundingMode.HALF_UP);
    }

    /** Truncating division, for numeric div() and %. */
    public static BigDecimal mod(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            throw new SqlException(SqlState.DIVISION_BY_ZERO, "division by zero");
        }
        return a.remainder(b).setScale(Math.max(scale(a), scale(b)), RoundingMode.UNNECESSARY);
    }

    private static int scale(BigDecimal v) {
        return Math.max(0, v.scale());
    }

    /** Base-10000 weight of the leading digit (0 for zero). */
    static int weight(BigDecimal v) {
        if (v.signum() == 0) {
            return 0;
        }
        int e10 = v.precision() - v.scale() - 1;
        return Math.floorDiv(e10, 4);
    }

    /** The leading base-10000 digit (0 for zero). */
    static int firstDigit(BigDecimal v) {
        if (v.signum() == 0) {
            return 0;
        }
        return v.abs().movePointLeft(4 * weight(v)).intValue();
    }

    /**
     * numeric ^ numeric on decimals. An integral exponent (in int range) gives x^y rounded to
     * PostgreSQL's scale for it, the larger of 16 and the base's scale: exact up to |y| = 1000,
     * beyond that with enough digits for that scale; 22003 past PostgreSQL's size limit. Other
     * exponents are exp(y ln x) in decimal ({@link NumericTranscendental#power}).
     */
    public static BigDecimal power(BigDecimal x, BigDecimal y) {
        if (x.signum() == 0 && y.signum() < 0) {
            throw new SqlException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION, "zero raised to a negative power is undefined");
        }
        boolean integral = y.signum() == 0 || y.stripTrailingZeros().scale() <= 0;
        if (integral && y.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            int e = y.intValueExact();
            int rscale = Math.min(Math.max(MIN_SIG_DIGITS, scale(x)), MAX_DISPLAY_SCALE);
            if (Math.abs(e) <= 1000) {
                return e >= 0 ? x.pow(e).setScale(rscale, RoundingMode.HALF_UP)
                        : BigDecimal.ONE.divide(x.pow(-e), rscale, RoundingMode.HALF_UP);
            }
            if (x.signum() == 0) {
                return BigDecimal.ZERO.setScale(rscale);
            }
            // the decimal weight of the result, roughly
            BigDecimal ax = x.abs();
            double f = e * (ax.precision() - ax.scale() - 1 + Math.log10(ax.movePointLeft(ax.precision() - ax.scale() - 1).doubleValue()));
            if (f > 3 * 32767 * 4) {
                throw new SqlException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
            }
            if (f + 2 < -rscale) {
                return BigDecimal.ZERO.setScale(rscale);
            }
            int digits = Math.max((int) Math.ceil(f) + 1, 0) + rscale + 10;
            return x.pow(e, new java.math.MathContext(digits, RoundingMode.HALF_EVEN)).setScale(rscale, RoundingMode.HALF_UP);
        }
        if (x.signum() == 0) {
            return BigDecimal.ZERO.setScale(MIN_SIG_DIGITS);
        }
        if (x.signum() < 0) {
            if (!integral) {
                throw new SqlException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                        "a negative number raised to a non-integer power yields a complex result");
            }
            // an integral exponent beyond int range: |x|^y, negative for an odd y
            BigDecimal r = NumericTranscendental.power(x.negate(), y);
            return y.toBigInteger().testBit(0) ? r.negate() : r;
        }
        return NumericTranscendental.power(x, y);
    }
}
