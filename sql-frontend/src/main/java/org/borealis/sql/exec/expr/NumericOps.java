package org.borealis.sql.exec.expr;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.types.NumericType;

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
        return NumericType.normalize(a.remainder(b));
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

    /** numeric ^ numeric: exact for integral exponents, else through double precision (16 digits). */
    public static BigDecimal power(BigDecimal x, BigDecimal y) {
        if (x.signum() == 0 && y.signum() < 0) {
            throw new org.borealis.sql.error.SqlException(org.borealis.sql.error.SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "zero raised to a negative power is undefined");
        }
        if (y.stripTrailingZeros().scale() <= 0 && y.abs().compareTo(BigDecimal.valueOf(1000)) <= 0) {
            int e = y.intValueExact();
            BigDecimal r = e >= 0 ? x.pow(e) : BigDecimal.ONE.divide(x.pow(-e), java.math.MathContext.DECIMAL64);
            return r.setScale(Math.max(16, Math.min(r.scale(), 1000)), java.math.RoundingMode.HALF_UP);
        }
        if (x.signum() < 0) {
            throw new org.borealis.sql.error.SqlException(org.borealis.sql.error.SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "a negative number raised to a non-integer power yields a complex result");
        }
        return new BigDecimal(Math.pow(x.doubleValue(), y.doubleValue()), java.math.MathContext.DECIMAL64)
                .setScale(16, java.math.RoundingMode.HALF_UP);
    }
}
