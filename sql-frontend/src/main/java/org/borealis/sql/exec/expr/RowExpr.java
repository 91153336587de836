package org.borealis.sql.exec.expr;

import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RecordType;

/**
 * A row value: {@code ROW(a, b)}, {@code (a, b)} or a table's whole row ({@code SELECT t FROM t}).
 * Evaluates its fields into an {@code Object[]} of its {@link RecordType}. A constructor is never
 * NULL itself; a whole row with a {@code presence} field (a column the table never stores as NULL)
 * is NULL when that field is, which happens only where an outer join filled the table's side with
 * NULLs, as PostgreSQL's whole-row value of the missing side is NULL.
 */
public final class RowExpr extends BoundExpr {

    private final List<BoundExpr> fields;
    private final RecordType type;
    private final int presence;

    public RowExpr(List<BoundExpr> fields, RecordType type) {
        this(fields, type, -1);
    }

    /** @param presence the field that is NULL only in an outer join's NULL-filled row, or -1 */
    public RowExpr(List<BoundExpr> fields, RecordType type, int presence) {
        this.fields = List.copyOf(fields);
        this.type = type;
        this.presence = presence;
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
        return presence >= 0 && v[presence] == null ? null : v;
    }

    @Override
    public List<BoundExpr> children() {
        return fields;
    }
}
