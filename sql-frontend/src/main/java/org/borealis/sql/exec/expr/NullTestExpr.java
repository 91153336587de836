package org.borealis.sql.exec.expr;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * IS [NOT] NULL and IS [NOT] TRUE / FALSE / UNKNOWN; never NULL itself. A row value IS NULL when
 * all its fields are NULL and IS NOT NULL when none is, as in PostgreSQL.
 */
public final class NullTestExpr extends BoundExpr {

    /** What is tested. */
    public enum Test { NULL, TRUE, FALSE }

    private final BoundExpr child;
    private final Test test;
    private final boolean negated;

    public NullTestExpr(BoundExpr child, Test test, boolean negated) {
        this.child = child;
        this.test = test;
        this.negated = negated;
    }

    public BoundExpr child() {
        return child;
    }

    public Test test() {
        return test;
    }

    public boolean negated() {
        return negated;
    }

    @Override
    public PgType type() {
        return Types.BOOL;
    }

    @Override
    public boolean isConstant() {
        return child.isConstant();
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        Object v = child.eval(ctx, row);
        if (test == Test.NULL && v instanceof Object[] fields) {
            // a row IS NULL when all its fields are, IS NOT NULL when none is (PostgreSQL)
            boolean all = true;
            for (Object f : fields) {
                all &= (f == null) != negated;
            }
            return all;
        }
        boolean r = switch (test) {
            case NULL -> v == null;
            case TRUE -> Boolean.TRUE.equals(v);
            case FALSE -> Boolean.FALSE.equals(v);
        };
        return r != negated;
    }

    @Override
    public java.util.List<BoundExpr> children() {
        return java.util.List.of(child);
    }
}
