package org.borealis.sql.exec.expr;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;

/** A constant value (null = SQL NULL) of a type. */
public final class Const extends BoundExpr {

    private final Object value;
    private final PgType type;
    private final int typmod;

    public Const(Object value, PgType type) {
        this(value, type, -1);
    }

    public Const(Object value, PgType type, int typmod) {
        this.value = value;
        this.type = type;
        this.typmod = typmod;
    }

    public Object value() {
        return value;
    }

    @Override
    public PgType type() {
        return type;
    }

    @Override
    public int typmod() {
        return typmod;
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        return value;
    }

    @Override
    public boolean isConstant() {
        return true;
    }

    @Override
    public java.util.List<BoundExpr> children() {
        return java.util.List.of();
    }
}
