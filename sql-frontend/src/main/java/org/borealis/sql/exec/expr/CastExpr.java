package org.borealis.sql.exec.expr;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.IntervalType;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/** A conversion to a type (with its modifier), implicit, assignment or explicit. */
public final class CastExpr extends BoundExpr {

    private final BoundExpr child;
    private final PgType target;
    private final int typmod;
    private final boolean explicit;

    public CastExpr(BoundExpr child, PgType target, int typmod, boolean explicit) {
        this.child = child;
        this.target = target;
        this.typmod = typmod;
        this.explicit = explicit;
    }

    public BoundExpr child() {
        return child;
    }

    @Override
    public PgType type() {
        return target;
    }

    @Override
    public int typmod() {
        return typmod;
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        Object v = child.eval(ctx, row);
        if (v == null) {
            return null;
        }
        if (typmod >= 0 && target instanceof IntervalType it && v instanceof String text && child.type() == Types.UNKNOWN) {
            // a literal is read by the input function with the typmod, so its field qualifier decides what a
            // bare number means; text is read as a plain interval and then cut down, as PostgreSQL does
            return it.parseText(text, typmod);
        }
        Object out = Casts.convert(v, child.type(), target, ctx.format());
        return typmod >= 0 && out != null ? target.applyTypmod(out, typmod, explicit) : out;
    }

    @Override
    public boolean isConstant() {
        return child.isConstant();
    }

    @Override
    public java.util.List<BoundExpr> children() {
        return java.util.List.of(child);
    }
}
