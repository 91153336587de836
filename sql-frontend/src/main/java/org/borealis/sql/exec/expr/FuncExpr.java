package org.borealis.sql.exec.expr;

import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;

/** A call of a scalar built-in function. */
public final class FuncExpr extends BoundExpr {

    /** A function body: evaluated arguments in, value out. */
    @FunctionalInterface
    public interface Body {
        Object apply(ExecContext ctx, Object[] args);
    }

    private final String name;
    private final List<BoundExpr> args;
    private final PgType type;
    private final Body body;
    private final boolean strict;
    private final boolean volatileFn;

    /**
     * @param strict     returns NULL without calling the body when any argument is NULL
     * @param volatileFn may return a different value per call (now() is not: stable per transaction)
     */
    public FuncExpr(String name, List<BoundExpr> args, PgType type, Body body, boolean strict, boolean volatileFn) {
        this.name = name;
        this.args = args;
        this.type = type;
        this.body = body;
        this.strict = strict;
        this.volatileFn = volatileFn;
    }

    public String name() {
        return name;
    }

    public List<BoundExpr> args() {
        return args;
    }

    @Override
    public PgType type() {
        return type;
    }

    @Override
    public boolean isConstant() {
        return false;
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        Object[] vals = new Object[args.size()];
        for (int i = 0; i < vals.length; i++) {
            vals[i] = args.get(i).eval(ctx, row);
            if (vals[i] == null && strict) {
                return null;
            }
        }
        return body.apply(ctx, vals);
    }

    @Override
    public java.util.List<BoundExpr> children() {
        return args;
    }
}
