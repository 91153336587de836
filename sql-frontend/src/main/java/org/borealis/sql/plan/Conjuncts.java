package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.parser.ast.Expr;

/** Splitting a condition into its AND-ed conjuncts, and which input columns a bound one reads. */
final class Conjuncts {

    private Conjuncts() {
    }

    /** The conjuncts of {@code e} (empty for null), in order. */
    static List<Expr> split(Expr e) {
        List<Expr> out = new ArrayList<>();
        add(e, out);
        return out;
    }

    private static void add(Expr e, List<Expr> out) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.And a) {
            add(a.left(), out);
            add(a.right(), out);
        } else {
            out.add(e);
        }
    }

    /** ANDs conjuncts back together; null for none. */
    static Expr join(List<Expr> conjuncts) {
        Expr out = null;
        for (Expr e : conjuncts) {
            out = out == null ? e : new Expr.And(out, e, e.pos());
        }
        return out;
    }

    /** The input columns {@code e} reads, or null when it cannot tell (e.g. a subquery inside). */
    static BitSet columns(BoundExpr e) {
        BitSet out = new BitSet();
        return collect(e, out) ? out : null;
    }

    /** Adds the input columns {@code e} reads to {@code out}; false when it cannot tell. */
    static boolean collect(BoundExpr e, BitSet out) {
        if (e instanceof ColumnRef c) {
            out.set(c.index());
            return true;
        }
        List<BoundExpr> children = e.children();
        if (children == null) {
            return false;
        }
        for (BoundExpr c : children) {
            if (!collect(c, out)) {
                return false;
            }
        }
        return true;
    }
}
