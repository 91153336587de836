package org.borealis.sql.exec.expr;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * double precision arithmetic with PostgreSQL's checks (float.c): overflow when a finite operation
 * gives an infinity, underflow when * or / of non-zero finite values gives zero, and pow and exp
 * with POSIX's special cases done explicitly (NaN ^ 0 = 1, 1 ^ NaN = 1, |1| ^ ±inf = 1) and the
 * SQL standard's 2201F for 0 ^ negative and negative ^ non-integer.
 */
public final class FloatMath {

    private FloatMath() {
    }

    static SqlException overflow() {
        return new SqlException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
    }

    static SqlException underflow() {
        return new SqlException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: underflow");
    }

    public static double multiply(double x, double y) {
        double r = x * y;
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw overflow();
        }
        if (r == 0 && x != 0 && y != 0) {
            throw underflow();
        }
        return r;
    }

    public static double divide(double x, double y) {
        if (y == 0 && !Double.isNaN(x)) {
            throw new SqlException(SqlState.DIVISION_BY_ZERO, "division by zero");
        }
        double r = x / y;
        if (Double.isInfinite(r) && !Double.isInfinite(x)) {
            throw overflow();
        }
        if (r == 0 && x != 0 && !Double.isInfinite(y)) {
            throw underflow();
        }
        return r;
    }

    /** x ^ y as PostgreSQL's dpow. */
    public static double pow(double x, double y) {
        if (Double.isNaN(x)) {
            return Double.isNaN(y) || y != 0 ? Double.NaN : 1.0;
        }
        if (Double.isNaN(y)) {
            return x != 1.0 ? Double.NaN : 1.0;
        }
        if (x == 0 && y < 0) {
            throw new SqlException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION, "zero raised to a negative power is undefined");
        }
        if (x < 0 && Math.floor(y) != y) {
            throw new SqlException(SqlState.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "a negative number raised to a non-integer power yields a complex result");
        }
        if (Double.isInfinite(y)) {
            double absx = Math.abs(x);
            if (absx == 1.0) {
                return 1.0;
            }
            if (y > 0) {
                return absx > 1.0 ? y : 0.0;
            }
            return absx > 1.0 ? 0.0 : -y;
        }
        if (Double.isInfinite(x)) {
            if (y == 0) {
                return 1.0;
            }
            if (x > 0) {
                return y > 0 ? x : 0.0;
            }
            double halfy = y / 2;
            boolean oddInteger = Math.floor(halfy) != halfy;
            if (y > 0) {
                return oddInteger ? x : -x;
            }
            return oddInteger ? -0.0 : 0.0;
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r)) {
            throw overflow();
        }
        if (r == 0 && x != 0) {
            throw underflow();
        }
        return r;
    }

    /** e^x as PostgreSQL's dexp: 22003 when a finite x overflows or underflows. */
    public static double exp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? x : 0;
        }
        double r = Math.exp(x);
        if (Double.isInfinite(r)) {
            throw overflow();
        }
        if (r == 0) {
            throw underflow();
        }
        return r;
    }
}
