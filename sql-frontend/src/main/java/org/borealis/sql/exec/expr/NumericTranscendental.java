package org.borealis.sql.exec.expr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * sqrt, exp, ln, log and non-integral power of finite numeric values, computed in decimal with
 * guard digits and rounded half away from zero to PostgreSQL's result scale (numeric.c): at least
 * 16 significant digits ({@code NUMERIC_MIN_SIG_DIGITS}) judged from an estimate of the result's
 * decimal weight, never less than the inputs' display scales, at most 1000.
 */
public final class NumericTranscendental {

    private static final int MIN_SIG_DIGITS = 16;
    private static final int MAX_DISPLAY_SCALE = 1000;
    private static final int MAX_RESULT_SCALE = 2000;
    private static final BigDecimal POINT_NINE = new BigDecimal("0.9");
    private static final BigDecimal ONE_POINT_ONE = new BigDecimal("1.1");

    private NumericTranscendental() {
    }

    private static int clampScale(int rscale) {
        return Math.min(Math.max(rscale, 0), MAX_DISPLAY_SCALE);
    }

    private static int dscale(BigDecimal v) {
        return Math.max(0, v.scale());
    }

    public static BigDecimal sqrt(BigDecimal x) {
        if (x.signum() < 0) {
            throw new SqlException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION, "cannot take square root of a negative number");
        }
        int weight = NumericOps.weight(x);
        int sweight = (weight + 1) * 4 / 2 - 1;
        int rscale = clampScale(Math.max(MIN_SIG_DIGITS - sweight, dscale(x)));
        if (x.signum() == 0) {
            return BigDecimal.ZERO.setScale(rscale);
        }
        int intDigits = Math.max(0, (x.precision() - x.scale()) / 2 + 1);
        return x.sqrt(new MathContext(intDigits + rscale + 10, RoundingMode.DOWN)).setScale(rscale, RoundingMode.HALF_UP);
    }

    public static BigDecimal exp(BigDecimal x) {
        double val = x.doubleValue() * 0.434294481903252;
        val = Math.max(-MAX_RESULT_SCALE, Math.min(MAX_RESULT_SCALE, val));
        int rscale = clampScale(Math.max(MIN_SIG_DIGITS - (int) val, dscale(x)));
        return expScaled(x, rscale);
    }

    /** e^x rounded to {@code rscale}; PostgreSQL's exp_var, overflow and underflow included. */
    private static BigDecimal expScaled(BigDecimal x, int rscale) {
        double d = x.doubleValue();
        if (Math.abs(d) >= MAX_RESULT_SCALE * 3) {
            if (d > 0) {
                throw new SqlException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
            }
            return BigDecimal.ZERO.setScale(rscale);
        }
        int resultWeight = (int) Math.ceil(d * 0.434294481903252) + 1;
        int precision = Math.max(resultWeight, 0) + rscale + 10;
        if (precision <= 10) {
            return BigDecimal.ZERO.setScale(rscale); // the result is below half a unit of rscale
        }
        return expPrecise(x, precision).setScale(rscale, RoundingMode.HALF_UP);
    }

    /** e^x with {@code digits} significant digits and some guard digits. */
    private static BigDecimal expPrecise(BigDecimal x, int digits) {
        int k = 0;
        BigDecimal r = x;
        while (r.abs().compareTo(new BigDecimal("0.01")) > 0) {
            r = r.divide(BigDecimal.valueOf(2));
            k++;
        }
        MathContext mc = new MathContext(digits + k / 3 + 10, RoundingMode.HALF_EVEN);
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; ; n++) {
            term = term.multiply(r, mc).divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
            if (term.abs().compareTo(eps) < 0) {
                break;
            }
        }
        for (int i = 0; i < k; i++) {
            sum = sum.multiply(sum, mc);
        }
        return sum;
    }

    /** PostgreSQL's estimate_ln_dweight: the decimal weight of ln(x), from x's leading digits. */
    static int estimateLnDweight(BigDecimal x) {
        if (x.signum() <= 0) {
            return 0;
        }
        if (x.compareTo(POINT_NINE) >= 0 && x.compareTo(ONE_POINT_ONE) <= 0) {
            BigDecimal m = x.subtract(BigDecimal.ONE);
            if (m.signum() == 0) {
                return 0;
            }
            return m.precision() - m.scale() - 1; // the weight of m's leading decimal digit
        }
        // x ~= digits * 10^dweight from its first two base-10000 digits
        int weight = NumericOps.weight(x);
        BigDecimal shifted = x.movePointLeft(4 * weight);
        int dweight = weight * 4;
        long digits = shifted.intValue();
        BigDecimal rest = shifted.subtract(BigDecimal.valueOf(digits));
        if (rest.signum() != 0) {
            digits = digits * 10000 + rest.movePointRight(4).intValue();
            dweight -= 4;
        }
        double lnVar = Math.log((double) digits) + dweight * 2.302585092994046;
        return (int) Math.log10(Math.abs(lnVar));
    }

    public static BigDecimal ln(BigDecimal x) {
        checkLogArgument(x);
        int rscale = clampScale(Math.max(MIN_SIG_DIGITS - estimateLnDweight(x), dscale(x)));
        return lnScaled(x, rscale);
    }

    private static void checkLogArgument(BigDecimal x) {
        if (x.signum() == 0) {
            throw new SqlException(SqlState.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of zero");
        }
        if (x.signum() < 0) {
            throw new SqlException(SqlState.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of a negative number");
        }
    }

    /** ln(x) rounded to {@code rscale} (x &gt; 0). */
    private static BigDecimal lnScaled(BigDecimal x, int rscale) {
        return lnPrecise(x, rscale + 10).setScale(rscale, RoundingMode.HALF_UP);
    }

    /** ln(x) with an absolute error below 10^-scale. */
    private static BigDecimal lnPrecise(BigDecimal x, int scale) {
        if (x.compareTo(BigDecimal.ONE) == 0) {
            return BigDecimal.ZERO;
        }
        // x = m * 10^e with m in [0.1, 1)
        int e = x.precision() - x.scale();
        BigDecimal m = x.movePointLeft(e);
        BigDecimal lnM = lnNearOne(m, scale + 5);
        if (e == 0) {
            return lnM;
        }
        BigDecimal ln10 = lnNearOne(BigDecimal.TEN, scale + 5 + String.valueOf(Math.abs(e)).length());
        return lnM.add(ln10.multiply(BigDecimal.valueOf(e)));
    }

    /** ln(y) for y &gt; 0 of moderate size, absolute error below 10^-scale: square roots, then atanh. */
    private static BigDecimal lnNearOne(BigDecimal y, int scale) {
        int k = 0;
        MathContext mc = new MathContext(scale + 20, RoundingMode.HALF_EVEN);
        BigDecimal low = new BigDecimal("0.99");
        BigDecimal high = new BigDecimal("1.01");
        while (y.compareTo(low) < 0 || y.compareTo(high) > 0) {
            y = y.sqrt(mc);
            k++;
        }
        // ln(y) = 2 atanh(z), z = (y - 1) / (y + 1)
        BigDecimal z = y.subtract(BigDecimal.ONE).divide(y.add(BigDecimal.ONE), mc);
        BigDecimal z2 = z.multiply(z, mc);
        BigDecimal eps = BigDecimal.ONE.movePointLeft(scale + 10);
        BigDecimal sum = z;
        BigDecimal power = z;
        for (int n = 3; ; n += 2) {
            power = power.multiply(z2, mc);
            BigDecimal term = power.divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
            if (term.abs().compareTo(eps) < 0) {
                break;
            }
        }
        return sum.multiply(BigDecimal.valueOf(2).pow(k + 1), mc);
    }

    /** log(base, x): PostgreSQL's log_var scale, from the weights of ln(base) and ln(x). */
    public static BigDecimal log(BigDecimal base, BigDecimal x) {
        checkLogArgument(base);
        checkLogArgument(x);
        int lnBaseDweight = estimateLnDweight(base);
        int lnNumDweight = estimateLnDweight(x);
        int resultDweight = lnNumDweight - lnBaseDweight;
        int rscale = clampScale(Math.max(Math.max(MIN_SIG_DIGITS - resultDweight, dscale(base)), dscale(x)));
        int lnBaseScale = Math.max(rscale + resultDweight - lnBaseDweight + 8, 0);
        int lnNumScale = Math.max(rscale + resultDweight - lnNumDweight + 8, 0);
        BigDecimal lnBase = lnScaled(base, lnBaseScale);
        BigDecimal lnNum = lnScaled(x, lnNumScale);
        if (lnBase.signum() == 0) {
            throw new SqlException(SqlState.DIVISION_BY_ZERO, "division by zero");
        }
        return lnNum.divide(lnBase, rscale, RoundingMode.HALF_UP);
    }

    /** x ^ y for a positive x and a non-integral or huge y: PostgreSQL's power_var via exp(y ln x). */
    public static BigDecimal power(BigDecimal x, BigDecimal y) {
        int lnDweight = estimateLnDweight(x);
        int localRscale = Math.max(8 - lnDweight, 0);
        BigDecimal lnNum = lnScaled(x, localRscale).multiply(y).setScale(localRscale, RoundingMode.HALF_UP);
        double val = lnNum.doubleValue();
        if (Math.abs(val) > MAX_RESULT_SCALE * 3.01) {
            if (val > 0) {
                throw new SqlException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
            }
            return BigDecimal.ZERO.setScale(MAX_DISPLAY_SCALE);
        }
        val *= 0.434294481903252;
        int rscale = clampScale(Math.max(Math.max(MIN_SIG_DIGITS - (int) val, dscale(x)), dscale(y)));
        int sigDigits = Math.max(rscale + (int) val, 0);
        localRscale = Math.max(sigDigits - lnDweight + 8, 0);
        lnNum = lnScaled(x, localRscale).multiply(y).setScale(localRscale, RoundingMode.HALF_UP);
        return expScaled(lnNum, rscale);
    }
}
