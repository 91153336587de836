package org.borealis.sql.exec.expr;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * An uncorrelated subquery used as a value: scalar ({@code (SELECT ...)}: its one value or NULL,
 * 21000 for more than one row), EXISTS, or {@code x [NOT] IN (SELECT ...)} with SQL NULL rules.
 * Runs its plan each time it is evaluated.
 */
public final class SubqueryExpr extends BoundExpr {

    /** Which use. */
    public enum Kind { SCALAR, EXISTS, IN }

    private final Kind kind;
    private final Operator plan;
    private final PgType type;
    private final BoundExpr operand;
    private final boolean negated;

    public SubqueryExpr(Kind kind, Operator plan, PgType type, BoundExpr operand, boolean negated) {
        this.kind = kind;
        this.plan = plan;
        this.type = type;
        this.operand = operand;
        this.negated = negated;
    }

    @Override
    public PgType type() {
        return kind == Kind.SCALAR ? type : Types.BOOL;
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        Object probe = kind == Kind.IN ? operand.eval(ctx, row) : null;
        plan.open(ctx);
        try {
            switch (kind) {
                case SCALAR -> {
                    Object[] first = plan.next();
                    if (first == null) {
                        return null;
                    }
                    Object v = first[0];
                    if (plan.next() != null) {
                        throw new SqlException(SqlState.CARDINALITY_VIOLATION,
                                "more than one row returned by a subquery used as an expression");
                    }
                    return v;
                }
                case EXISTS -> {
                    return (plan.next() != null) != negated;
                }
                default -> {
                    boolean sawNull = false;
                    boolean any = false;
                    Object[] r;
                    while ((r = plan.next()) != null) {
                        any = true;
                        if (probe == null) {
                            continue;
                        }
                        if (r[0] == null) {
                            sawNull = true;
                        } else if (type.equal(probe, r[0])) {
                            return !negated;
                        }
                    }
                    if (!any) {
                        return negated;
                    }
                    return probe == null || sawNull ? null : negated;
                }
            }
        } finally {
            plan.close();
        }
    }
}
