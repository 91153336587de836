package org.borealis.sql.exec.expr;

import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;

/** Searched CASE: the first true condition's result, else the ELSE value (or NULL). */
public final class CaseExpr extends BoundExpr {

    private final List<BoundExpr> conditions;
    private final List<BoundExpr> results;
    private final BoundExpr otherwise;
    private final PgType type;

    public CaseExpr(List<BoundExpr> conditions, List<BoundExpr> results, BoundExpr otherwise, PgType type) {
        this.conditions = conditions;
        this.results = results;
        this.otherwise = otherwise;
        this.type = type;
    }

    @Override
    public PgType type() {
        return type;
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        for (int i = 0; i < conditions.size(); i++) {
            if (Boolean.TRUE.equals(conditions.get(i).eval(ctx, row))) {
                return results.get(i).eval(ctx, row);
            }
        }
        return otherwise == null ? null : otherwise.eval(ctx, row);
    }

    @Override
    public java.util.List<BoundExpr> children() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.concat(conditions.stream(), results.stream()), otherwise == null ? java.util.stream.Stream.<BoundExpr>empty() : java.util.stream.Stream.of(otherwise)).toList();
    }
}
