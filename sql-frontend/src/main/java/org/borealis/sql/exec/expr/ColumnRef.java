package org.borealis.sql.exec.expr;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;

/** A column of the input row, by position. */
public final class ColumnRef extends BoundExpr {

    private final int index;
    private final PgType type;
    private final int typmod;

    public ColumnRef(int index, PgType type, int typmod) {
        this.index = index;
        this.type = type;
        this.typmod = typmod;
    }

    public int index() {
        return index;
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
        return row[index];
    }
}
