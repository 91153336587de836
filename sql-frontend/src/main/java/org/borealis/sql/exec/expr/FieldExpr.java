package org.borealis.sql.exec.expr;

import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;

/** {@code (record).field}: one field of a composite value. */
public final class FieldExpr extends BoundExpr {

    private final BoundExpr record;
    private final int field;
    private final PgType type;

    public FieldExpr(BoundExpr record, int field, PgType type) {
        this.record = record;
        this.field = field;
        this.type = type;
    }

    @Override
    public PgType type() {
        return type;
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        Object v = record.eval(ctx, row);
        return v == null ? null : ((Object[]) v)[field];
    }

    @Override
    public List<BoundExpr> children() {
        return List.of(record);
    }
}
