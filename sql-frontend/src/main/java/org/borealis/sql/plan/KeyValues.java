package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.AnyArrayExpr;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.InListExpr;
import org.borealis.sql.types.PgArray;
import org.borealis.sql.types.PgType;

/**
 * An index key column matched against several values, from {@code col IN (a, b, ...)} or
 * {@code col = ANY (array)} (PostgreSQL's ScalarArrayOpExpr index qualification): in
 * {@link IndexBounds#equal()} it stands for "one of these", and the scan descends the index once
 * per distinct non-null value, in key order. Evaluates to the list of values, NULLs left out
 * (they match nothing); an empty list (or a NULL array) selects no rows.
 */
public final class KeyValues extends BoundExpr {

    /** Arbitrary element count of an array not known when planning, as PostgreSQL's estimate_array_length. */
    static final int UNKNOWN_LENGTH = 10;

    private final BoundExpr source;
    private final PgType type;

    private KeyValues(BoundExpr source, PgType type) {
        this.source = source;
        this.type = type;
    }

    /** The values of {@code e} when it is {@code col IN (...)} or {@code col = ANY (array)} with row-independent values, else null. */
    static KeyValues of(BoundExpr e) {
        if (e instanceof InListExpr in && !in.negated() && in.list().stream().allMatch(BoundExpr::isRowIndependent)) {
            return new KeyValues(in, in.compareType());
        }
        if (e instanceof AnyArrayExpr a && !a.all() && a.op() == org.borealis.sql.exec.expr.CompareExpr.Op.EQ
                && a.array().isRowIndependent()) {
            return new KeyValues(a, a.compareType());
        }
        return null;
    }

    /** The conjunct these values come from (what EXPLAIN prints as the index condition). */
    public BoundExpr source() {
        return source;
    }

    /** The column compared: the IN list's or ANY's left operand. */
    BoundExpr column() {
        return source instanceof InListExpr in ? in.operand() : ((AnyArrayExpr) source).left();
    }

    /** How many values there are, or {@link #UNKNOWN_LENGTH} when only execution knows. */
    int estimatedCount() {
        if (source instanceof InListExpr in) {
            return in.list().size();
        }
        BoundExpr arr = ((AnyArrayExpr) source).array();
        if (arr.isConstant()) {
            try {
                Object v = arr.eval(null, new Object[0]);
                return v == null ? 0 : Math.max(1, ((PgArray) v).size());
            } catch (RuntimeException e) {
                return UNKNOWN_LENGTH;
            }
        }
        return UNKNOWN_LENGTH;
    }

    @Override
    public PgType type() {
        return type;
    }

    /** The non-null values (duplicates kept; the scan orders and merges them by key). */
    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        List<Object> out = new ArrayList<>();
        if (source instanceof InListExpr in) {
            for (BoundExpr v : in.list()) {
                Object x = v.eval(ctx, row);
                if (x != null) {
                    out.add(x);
                }
            }
            return out;
        }
        Object a = ((AnyArrayExpr) source).array().eval(ctx, row);
        if (a != null) {
            flatten((PgArray) a, out);
        }
        return out;
    }

    private static void flatten(PgArray a, List<Object> out) {
        for (Object x : a.items()) {
            if (x instanceof PgArray inner) {
                flatten(inner, out); // = ANY reads a multi-dimensional array's elements in storage order
            } else if (x != null) {
                out.add(x);
            }
        }
    }

    @Override
    public List<BoundExpr> children() {
        return source instanceof InListExpr in ? in.list() : List.of(((AnyArrayExpr) source).array());
    }
}
