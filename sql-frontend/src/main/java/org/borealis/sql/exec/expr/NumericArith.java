package org.borealis.sql.exec.expr;

import java.math.BigDecimal;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.types.NumericSpecial;
import org.borealis.sql.types.NumericType;

/**
 * numeric arithmetic over the whole domain: decimals ({@link BigDecimal}) plus NaN and the
 * infinities ({@link NumericSpecial}), with PostgreSQL 14+'s rules (numeric.c): NaN in, NaN out;
 * inf - inf, inf + -inf, 0 * inf, inf / inf and inf % x are NaN; x / 0 is still 22012 unless x is
 * NaN; finite / inf is 0. Finite operands go to {@link NumericOps}.
 */
public final class NumericArith {

    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

    private NumericArith() {
    }

    /** -1, 0 or 1; NaN gives 0 (callers test NaN first). */
    static int sign(Object v) {
        return v instanceof NumericSpecial s ? s.signum() : ((BigDecimal) v).signum();
    }

    private static boolean nan(Object v) {
        return v == NumericSpecial.NAN;
    }

    private static boolean inf(Object v) {
        return v instanceof NumericSpecial s && s.isInfinite();
    }

    public static Object add(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.add(y);
        }
        if (nan(a) || nan(b)) {
            return NumericSpecial.NAN;
        }
        if (inf(a) && inf(b)) {
            return a == b ? a : NumericSpecial.NAN;
        }
        return inf(a) ? a : b;
    }

    public static Object subtract(Object a, Object b) {
        return add(a, negate(b));
    }

    public static Object negate(Object v) {
        if (v instanceof BigDecimal d) {
            return d.negate();
        }
        return nan(v) ? v : NumericSpecial.infinity(-sign(v));
    }

    public static Object abs(Object v) {
        if (v instanceof BigDecimal d) {
            return d.abs();
        }
        return nan(v) ? v : NumericSpecial.POS_INF;
    }

    /** sign(): -1, 0 or 1 as numeric; NaN for NaN. */
    public static Object signOf(Object v) {
        return nan(v) ? v : BigDecimal.valueOf(sign(v));
    }

    public static Object multiply(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return NumericType.normalize(x.multiply(y));
        }
        if (nan(a) || nan(b)) {
            return NumericSpecial.NAN;
        }
        int s = sign(a) * sign(b);
        return s == 0 ? NumericSpecial.NAN : NumericSpecial.infinity(s);
    }

    public static Object divide(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return NumericOps.divide(x, y);
        }
        return specialQuotient(a, b);
    }

    /** div(a, b): the quotient truncated towards zero. */
    public static Object divideTrunc(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            if (y.signum() == 0) {
                throw divisionByZero();
            }
            return x.divideToIntegralValue(y).setScale(0, java.math.RoundingMode.DOWN);
        }
        return specialQuotient(a, b);
    }

    private static Object specialQuotient(Object a, Object b) {
        if (nan(a) || nan(b)) {
            return NumericSpecial.NAN;
        }
        if (inf(a)) {
            if (inf(b)) {
                return NumericSpecial.NAN;
            }
            if (sign(b) == 0) {
                throw divisionByZero();
            }
            return NumericSpecial.infinity(sign(a) * sign(b));
        }
        return BigDecimal.ZERO;
    }

    public static Object mod(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return NumericOps.mod(x, y);
        }
        if (nan(a) || nan(b)) {
            return NumericSpecial.NAN;
        }
        if (inf(a)) {
            if (sign(b) == 0) {
                throw divisionByZero();
            }
            return NumericSpecial.NAN;
        }
        return a;
    }

    /** numeric ^ numeric; the special cases follow POSIX pow() as PostgreSQL's numeric_power does. */
    public static Object power(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return NumericOps.power(x, y);
        }
        if (nan(a)) {
            return b instanceof BigDecimal y && y.signum() == 0 ? BigDecimal.ONE : NumericSpecial.NAN;
        }
        if (nan(b)) {
            return a instanceof BigDecimal x && x.compareTo(BigDecimal.ONE) == 0 ? BigDecimal.ONE : NumericSpecial.NAN;
        }
        int sa = sign(a);
        int sb = sign(b);
        if (sa == 0 && sb < 0) {
            throw new SqlException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION, "zero raised to a negative power is undefined");
        }
        if (sa < 0 && b instanceof BigDecimal y && y.stripTrailingZeros().scale() > 0) {
            throw new SqlException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "a negative number raised to a non-integer power yields a complex result");
        }
        if (a instanceof BigDecimal x && x.compareTo(BigDecimal.ONE) == 0 || sb == 0) {
            return BigDecimal.ONE;
        }
        if (a instanceof BigDecimal x && x.compareTo(MINUS_ONE) == 0 && inf(b)) {
            return BigDecimal.ONE;
        }
        if (sa == 0) {
            return BigDecimal.ZERO;
        }
        if (inf(b)) {
            boolean absAboveOne = inf(a) || ((BigDecimal) a).abs().compareTo(BigDecimal.ONE) > 0;
            return absAboveOne == (sb > 0) ? NumericSpecial.POS_INF : BigDecimal.ZERO;
        }
        if (sa > 0) {
            return sb < 0 ? BigDecimal.ZERO : NumericSpecial.POS_INF;
        }
        if (sb < 0) {
            return BigDecimal.ZERO;
        }
        boolean odd = ((BigDecimal) b).stripTrailingZeros().toBigInteger().testBit(0);
        return odd ? NumericSpecial.NEG_INF : NumericSpecial.POS_INF;
    }

    /** sqrt, exp, ln, log (base 10) and log10 of a numeric, NaN and the infinities included. */
    public static Object unary(String name, Object v) {
        if (v instanceof BigDecimal x) {
            return switch (name) {
                case "sqrt" -> NumericTranscendental.sqrt(x);
                case "exp" -> NumericTranscendental.exp(x);
                case "ln" -> NumericTranscendental.ln(x);
                default -> NumericTranscendental.log(BigDecimal.TEN, x);
            };
        }
        if (nan(v)) {
            return NumericSpecial.NAN;
        }
        if (sign(v) > 0) {
            return NumericSpecial.POS_INF;
        }
        return switch (name) {
            case "sqrt" -> throw new SqlException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "cannot take square root of a negative number");
            case "exp" -> BigDecimal.ZERO;
            default -> throw new SqlException(SqlState.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of a negative number");
        };
    }

    /** log(base, x) for numeric. */
    public static Object logBase(Object base, Object x) {
        if (base instanceof BigDecimal b && x instanceof BigDecimal y) {
            return NumericTranscendental.log(b, y);
        }
        if (nan(base) || nan(x)) {
            return NumericSpecial.NAN;
        }
        int sb = sign(base);
        int sx = sign(x);
        if (sb < 0 || sx < 0) {
            throw new SqlException(SqlState.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of a negative number");
        }
        if (sb == 0 || sx == 0) {
            throw new SqlException(SqlState.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of zero");
        }
        if (inf(base)) {
            return inf(x) ? NumericSpecial.NAN : BigDecimal.ZERO;
        }
        return NumericSpecial.POS_INF;
    }

    static SqlException divisionByZero() {
        return new SqlException(SqlState.DIVISION_BY_ZERO, "division by zero");
    }
}
