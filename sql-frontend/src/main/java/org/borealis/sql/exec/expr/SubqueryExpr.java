package org.borealis.sql.exec.expr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RecordType;
import org.borealis.sql.types.Types;

/**
 * A subquery used as a value: scalar ({@code (SELECT ...)}: its one value or NULL, 21000 for more
 * than one row), EXISTS, or {@code x op ANY/ALL (SELECT ...)} ({@code IN} is {@code = ANY}) with
 * SQL's NULL rules. Runs its plan each time it is evaluated, with the current row visible to
 * correlated references ({@link OuterRef}) inside it.
 */
public final class SubqueryExpr extends BoundExpr {

    /** Which use. */
    public enum Kind { SCALAR, EXISTS, ANY, ALL }

    private final Kind kind;
    private final Operator plan;
    private final PgType type;
    private final BoundExpr operand;
    private final CompareExpr.Op op;
    private final boolean negated;
    private final boolean cache;
    private ExecContext cachedFor;
    private Object cachedValue;
    private List<Object> cachedRows;
    private Set<HashKey> cachedSet;
    private boolean cachedHasNull;

    /**
     * {@code op} compares {@code operand} with each row's value for ANY/ALL (in {@code type});
     * {@code cache}: the subquery is uncorrelated, so its result is computed once per execution.
     */
    public SubqueryExpr(Kind kind, Operator plan, PgType type, BoundExpr operand, CompareExpr.Op op, boolean negated,
                        boolean cache) {
        this.kind = kind;
        this.plan = plan;
        this.type = type;
        this.operand = operand;
        this.op = op;
        this.negated = negated;
        this.cache = cache;
    }

    /** A value with its type's hashing and equality, for = ANY over a cached result. */
    private record HashKey(PgType type, Object v) {
        @Override
        public boolean equals(Object o) {
            return o instanceof HashKey k && type.equal(v, k.v);
        }

        @Override
        public int hashCode() {
            return type.hash(v);
        }
    }

    @Override
    public PgType type() {
        return kind == Kind.SCALAR ? type : Types.BOOL;
    }

    @Override
    public List<BoundExpr> children() {
        // Conservative: a subquery may read the row (correlation), so it is never row-independent.
        return null;
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        if (cache) {
            return cached(ctx, row);
        }
        Object probe = operand != null ? operand.eval(ctx, row) : null;
        ctx.pushOuter(row);
        plan.open(ctx);
        try {
            Object v = switch (kind) {
                case SCALAR -> scalar();
                case EXISTS -> plan.next() != null;
                default -> quantified(probe);
            };
            return negated && v != null ? !(Boolean) v : v;
        } finally {
            plan.close();
            ctx.popOuter();
        }
    }

    private Object cached(ExecContext ctx, Object[] row) {
        if (cachedFor != ctx) {
            ctx.pushOuter(row);
            plan.open(ctx);
            try {
                if (kind == Kind.SCALAR) {
                    cachedValue = scalar();
                } else if (kind == Kind.EXISTS) {
                    cachedValue = plan.next() != null;
                } else {
                    cachedRows = new ArrayList<>();
                    cachedHasNull = false;
                    cachedSet = op == CompareExpr.Op.EQ && !(type instanceof RecordType) ? new HashSet<>() : null;
                    Object[] r;
                    while ((r = plan.next()) != null) {
                        ctx.checkCancel();
                        cachedRows.add(r[0]);
                        cachedHasNull |= r[0] == null;
                        if (cachedSet != null && r[0] != null) {
                            cachedSet.add(new HashKey(type, r[0]));
                        }
                    }
                }
            } finally {
                plan.close();
                ctx.popOuter();
            }
            cachedFor = ctx;
        }
        Object v;
        if (kind == Kind.SCALAR || kind == Kind.EXISTS) {
            v = cachedValue;
        } else {
            Object probe = operand.eval(ctx, row);
            if (cachedSet != null && kind == Kind.ANY) {
                if (probe != null && cachedSet.contains(new HashKey(type, probe))) {
                    v = Boolean.TRUE;
                } else if (cachedRows.isEmpty()) {
                    v = Boolean.FALSE;
                } else {
                    v = probe == null || cachedHasNull ? null : Boolean.FALSE;
                }
            } else {
                v = quantified(probe, cachedRows.iterator());
            }
        }
        return negated && v != null ? !(Boolean) v : v;
    }

    /**
     * {@code (a, b) IN (SELECT x, y ...)}: true when some row equals the probe field by field; else
     * NULL when some row's comparison met a NULL with no unequal pair; else false (PostgreSQL's row
     * = over each row, ORed).
     */
    private static Object rowsIn(Object[] probe, Iterator<Object> values, RecordType rt) {
        boolean sawNull = false;
        while (values.hasNext()) {
            Object[] v = (Object[]) values.next();
            Boolean eq = Boolean.TRUE;
            for (int i = 0; i < v.length && eq != Boolean.FALSE; i++) {
                if (probe[i] == null || v[i] == null) {
                    eq = null;
                } else if (rt.fields().get(i).type().compare(probe[i], v[i]) != 0) {
                    eq = Boolean.FALSE;
                }
            }
            if (eq == Boolean.TRUE) {
                return true;
            }
            sawNull |= eq == null;
        }
        return sawNull ? null : false;
    }

    private Object scalar() {
        Object[] first = plan.next();
        if (first == null) {
            return null;
        }
        Object v = first[0];
        if (plan.next() != null) {
            throw new SqlException(SqlState.CARDINALITY_VIOLATION, "more than one row returned by a subquery used as an expression");
        }
        return v;
    }

    private Object quantified(Object probe) {
        List<Object> values = new ArrayList<>();
        Object[] r;
        while ((r = plan.next()) != null) {
            values.add(r[0]);
        }
        return quantified(probe, values.iterator());
    }

    private Object quantified(Object probe, Iterator<Object> values) {
        if (type instanceof RecordType rt && !rt.isNamed()) { // a row constructor's fields, pairwise
            return rowsIn((Object[]) probe, values, rt);
        }
        boolean any = kind == Kind.ANY;
        boolean sawNull = false;
        while (values.hasNext()) {
            Object v = values.next();
            if (probe == null || v == null) {
                sawNull = true;
                continue;
            }
            if (op.test(type.compare(probe, v)) == any) {
                return any;
            }
        }
        return sawNull ? null : !any;
    }
}
