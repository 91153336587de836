package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.exec.expr.BoolExpr;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.exec.expr.CompareExpr;
import org.borealis.sql.types.PgType;

/**
 * Chooses an index for a single-table WHERE: the index whose leading columns are pinned by the
 * most equality conjuncts ({@code col = const-or-param}), optionally followed by a range
 * ({@code <, <=, >, >=}) on the next column. Unique indexes fully pinned win. The whole WHERE stays
 * as a filter above the scan, so the choice never changes results, only speed.
 */
public final class IndexSelector {

    /** A chosen index and its bounds. */
    public record Choice(TableMeta.IndexMeta index, IndexBounds bounds) {
    }

    /** One usable conjunct: column op value. */
    private record Pred(int column, CompareExpr.Op op, BoundExpr value) {
    }

    private IndexSelector() {
    }

    public static Choice choose(TableMeta table, BoundExpr where) {
        if (where == null || table.indexes().isEmpty()) {
            return null;
        }
        List<Pred> preds = new ArrayList<>();
        collect(table, where, preds);
        if (preds.isEmpty()) {
            return null;
        }
        Choice best = null;
        int bestScore = 0;
        for (TableMeta.IndexMeta idx : table.indexes()) {
            Choice c = forIndex(idx, preds);
            int score = score(c);
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /**
     * The bounds {@code where} gives a scan of {@code index} (none when it pins nothing: a full
     * index scan). For a scan chosen for its order rather than its selectivity.
     */
    public static Choice choose(TableMeta table, BoundExpr where, TableMeta.IndexMeta index) {
        List<Pred> preds = new ArrayList<>();
        if (where != null) {
            collect(table, where, preds);
        }
        return forIndex(index, preds);
    }

    static int score(Choice c) {
        IndexBounds b = c.bounds();
        int score = b.equal().size() * 4 + (b.low() != null ? 1 : 0) + (b.high() != null ? 1 : 0);
        if (c.index().unique() && b.equal().size() == c.index().columns().length) {
            score += 100;
        }
        return score;
    }

    private static Choice forIndex(TableMeta.IndexMeta idx, List<Pred> preds) {
        List<BoundExpr> eq = new ArrayList<>();
        int k = 0;
        for (; k < idx.columns().length; k++) {
            BoundExpr v = find(preds, idx.columns()[k], CompareExpr.Op.EQ);
            if (v == null) {
                break;
            }
            eq.add(v);
        }
        BoundExpr low = null;
        BoundExpr high = null;
        boolean lowInc = true;
        boolean highInc = true;
        if (k < idx.columns().length) {
            int col = idx.columns()[k];
            for (Pred p : preds) {
                if (p.column() != col) {
                    continue;
                }
                switch (p.op()) {
                    case GT, GE -> {
                        if (low == null) {
                            low = p.value();
                            lowInc = p.op() == CompareExpr.Op.GE;
                        }
                    }
                    case LT, LE -> {
                        if (high == null) {
                            high = p.value();
                            highInc = p.op() == CompareExpr.Op.LE;
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return new Choice(idx, new IndexBounds(eq, low, lowInc, high, highInc));
    }

    private static BoundExpr find(List<Pred> preds, int column, CompareExpr.Op op) {
        for (Pred p : preds) {
            if (p.column() == column && p.op() == op) {
                return p.value();
            }
        }
        return null;
    }

    private static void collect(TableMeta table, BoundExpr e, List<Pred> out) {
        if (e instanceof BoolExpr b && b.kind() == BoolExpr.Kind.AND) {
            for (BoundExpr a : b.args()) {
                collect(table, a, out);
            }
            return;
        }
        if (!(e instanceof CompareExpr c) || c.op() == CompareExpr.Op.NE) {
            return;
        }
        if (c.left() instanceof ColumnRef col && c.right().isRowIndependent()) {
            add(table, col, c.op(), c.right(), c.compareType(), out);
        } else if (c.right() instanceof ColumnRef col && c.left().isRowIndependent()) {
            add(table, col, c.op().commute(), c.left(), c.compareType(), out);
        }
    }

    private static void add(TableMeta table, ColumnRef col, CompareExpr.Op op, BoundExpr value, PgType cmpType,
                            List<Pred> out) {
        if (col.index() >= table.columns().size()) {
            return;
        }
        PgType colType = table.columns().get(col.index()).type();
        // Keys are encoded in the column's type: only comparisons made in that type qualify.
        if (colType == cmpType) {
            out.add(new Pred(col.index(), op, value));
        }
    }
}
