package org.borealis.sql.exec.expr;

import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/** AND, OR (over any number of operands) and NOT, with SQL's three-valued logic. */
public final class BoolExpr extends BoundExpr {

    /** The connective. */
    public enum Kind { AND, OR, NOT }

    private final Kind kind;
    private final List<BoundExpr> args;

    public BoolExpr(Kind kind, List<BoundExpr> args) {
        this.kind = kind;
        this.args = args;
    }

    public Kind kind() {
        return kind;
    }

    public List<BoundExpr> args() {
        return args;
    }

    @Override
    public PgType type() {
        return Types.BOOL;
    }

    @Override
    public boolean isConstant() {
        return args.stream().allMatch(BoundExpr::isConstant);
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        if (kind == Kind.NOT) {
            Object v = args.get(0).eval(ctx, row);
            return v == null ? null : !(Boolean) v;
        }
        boolean sawNull = false;
        boolean stopOn = kind == Kind.OR;
        for (BoundExpr e : args) {
            Object v = e.eval(ctx, row);
            if (v == null) {
                sawNull = true;
            } else if ((Boolean) v == stopOn) {
                return stopOn;
            }
        }
        return sawNull ? null : !stopOn;
    }

    @Override
    public java.util.List<BoundExpr> children() {
        return args;
    }
}
