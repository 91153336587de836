package org.borealis.sql.exec.expr;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/** = &lt;&gt; &lt; &lt;= &gt; &gt;= on two operands of one comparison type; NULL if either is. */
public final class CompareExpr extends BoundExpr {

    /** The comparison operators. */
    public enum Op {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        public final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public static Op of(String s) {
            for (Op o : values()) {
                if (o.symbol.equals(s)) {
                    return o;
                }
            }
            return null;
        }

        /** The operator with operands swapped ({@code a < b} is {@code b > a}). */
        public Op commute() {
            return switch (this) {
                case LT -> GT;
                case LE -> GE;
                case GT -> LT;
                case GE -> LE;
                default -> this;
            };
        }

        public boolean test(int c) {
            return switch (this) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
            };
        }
    }

    private final Op op;
    private final BoundExpr left;
    private final BoundExpr right;
    private final PgType compareType;

    public CompareExpr(Op op, BoundExpr left, BoundExpr right, PgType compareType) {
        this.op = op;
        this.left = left;
        this.right = right;
        this.compareType = compareType;
    }

    public Op op() {
        return op;
    }

    public BoundExpr left() {
        return left;
    }

    public BoundExpr right() {
        return right;
    }

    public PgType compareType() {
        return compareType;
    }

    @Override
    public PgType type() {
        return Types.BOOL;
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
        return op.test(compareType.compare(a, b));
    }

    @Override
    public java.util.List<BoundExpr> children() {
        return java.util.List.of(left, right);
    }
}
