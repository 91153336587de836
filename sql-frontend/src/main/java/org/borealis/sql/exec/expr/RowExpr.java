package org.borealis.sql.exec.expr;

import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RecordType;

/**
 * A row value: {@code ROW(a, b)}, {@code (a, b)} or a table's whole row ({@code SELECT t FROM t}).
 * Evaluates its fields into an {@code Object[]} of its {@link RecordType}; never NULL itself.
 */
public final class RowExpr extends BoundExpr {

    private final List<BoundExpr> fields;
    private final RecordType type;

    public RowExpr(List<BoundExpr> fields, RecordType type) {
        this.fields = List.copyOf(fields);
        this.type = type;
    }

    public List<BoundExpr> fields() {
        return fields;
    }

    @Override
    public PgType type() {
        return type;
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        Object[] v = new Object[fields.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = fields.get(i).eval(ctx, row);
        }
        return v;
    }

    @Override
    public List<BoundExpr> children() {
        return fields;
    }
}
