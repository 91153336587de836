package org.borealis.sql.exec.expr;

import java.math.BigDecimal;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.FloatType;
import org.borealis.sql.types.IntegerType;
import org.borealis.sql.types.NumericType;
import org.borealis.sql.types.PgType;

/**
 * + - * / % ^ on two operands already converted to the result type (integer, numeric or float),
 * with PostgreSQL's overflow (22003) and division-by-zero (22012) errors.
 */
public final class ArithExpr extends BoundExpr {

    private final char op;
    private final BoundExpr left;
    private final BoundExpr right;
    private final PgType type;

    public ArithExpr(char op, BoundExpr left, BoundExpr right, PgType type) {
        this.op = op;
        this.left = left;
        this.right = right;
        this.type = type;
    }

    public char op() {
        return op;
    }

    public BoundExpr left() {
        return left;
    }

    public BoundExpr right() {
        return right;
    }

    @Override
    public PgType type() {
        return type;
    }

    @Override
    public boolean isConstant() {
        return left.isConstant() && right.isConstant();
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        Object a = left.eval(ctx, row);
        if (a == null) {
            return null;
        }
        Object b = right.eval(ctx, row);
        if (b == null) {
            return null;
        }
        if (type instanceof IntegerType it) {
            return integer(it, ((Number) a).longValue(), ((Number) b).longValue());
        }
        if (type instanceof NumericType) {
            return numeric(a, b);
        }
        return floating((FloatType) type, ((Number) a).doubleValue(), ((Number) b).doubleValue());
    }

    private Object integer(IntegerType it, long x, long y) {
        try {
            long r = switch (op) {
                case '+' -> Math.addExact(x, y);
                case '-' -> Math.subtractExact(x, y);
                case '*' -> Math.multiplyExact(x, y);
                case '/' -> {
                    if (y == 0) {
                        throw divZero();
                    }
                    if (x == Long.MIN_VALUE && y == -1) {
                        throw it.outOfRange();
                    }
                    yield x / y;
                }
                case '%' -> {
                    if (y == 0) {
                        throw divZero();
                    }
                    yield y == -1 ? 0 : x % y;
                }
                default -> throw new IllegalStateException("operator " + op);
            };
            return it.box(r);
        } catch (ArithmeticException e) {
            throw it.outOfRange();
        }
    }

    private Object numeric(Object a, Object b) {
        return switch (op) {
            case '+' -> NumericArith.add(a, b);
            case '-' -> NumericArith.subtract(a, b);
            case '*' -> NumericArith.multiply(a, b);
            case '/' -> NumericArith.divide(a, b);
            case '%' -> NumericArith.mod(a, b);
            case '^' -> NumericArith.power(a, b);
            default -> throw new IllegalStateException("operator " + op);
        };
    }

    private Object floating(FloatType ft, double x, double y) {
        double r = switch (op) {
            case '+' -> x + y;
            case '-' -> x - y;
            case '*' -> FloatMath.multiply(x, y);
            case '/' -> FloatMath.divide(x, y);
            case '^' -> FloatMath.pow(x, y);
            case '%' -> throw new SqlException(SqlState.UNDEFINED_FUNCTION, "operator does not exist: double precision % double precision");
            default -> throw new IllegalStateException("operator " + op);
        };
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw FloatMath.overflow();
        }
        return ft.box(r);
    }

    static SqlException divZero() {
        return new SqlException(SqlState.DIVISION_BY_ZERO, "division by zero");
    }

    @Override
    public java.util.List<BoundExpr> children() {
        return java.util.List.of(left, right);
    }
}
