package org.borealis.sql.exec.expr;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;

/**
 * A bound, typed expression ready to evaluate against an input row. Built by the planner's
 * binder; immutable except for parameter types, which inference may settle after binding.
 * Evaluation returns a value of {@link #type()} or null for SQL NULL.
 */
public abstract class BoundExpr {

    public abstract PgType type();

    /** Type modifier of the result, -1 when none. */
    public int typmod() {
        return -1;
    }

    public abstract Object eval(ExecContext ctx, Object[] row);

    /**
     * The sub-expressions, or null when this node does not say (then it counts as depending on
     * the input row).
     */
    public java.util.List<BoundExpr> children() {
        return null;
    }

    /** Whether the value depends on no column of the input row (constants, parameters, now()). */
    public boolean isRowIndependent() {
        if (this instanceof ColumnRef) {
            return false;
        }
        java.util.List<BoundExpr> c = children();
        if (c == null) {
            return false;
        }
        for (BoundExpr e : c) {
            if (!e.isRowIndependent()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the value depends on nothing but constants (so it may be folded). */
    public boolean isConstant() {
        return false;
    }
}
