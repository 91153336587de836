package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.exec.expr.BoolExpr;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.exec.expr.CompareExpr;
import org.borealis.sql.exec.expr.Const;
import org.borealis.sql.exec.expr.LikeExpr;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * Chooses an index for a single-table WHERE: the index whose leading columns are pinned by the
 * most equality conjuncts ({@code col = const-or-param}), optionally followed by a range
 * ({@code <, <=, >, >=}) on the next column. Unique indexes fully pinned win. One key column may
 * instead be matched against a list ({@code col IN (...)}, {@code col = ANY (array)}: a
 * {@link KeyValues}, one descent per value), and a text column's {@code LIKE 'ab%'} bounds it to
 * {@code [ab, ac)} ({@link LikePrefix}; {@code LIKE 'abc'} pins it). The whole WHERE stays as a
 * filter above the scan, so the choice never changes results, only speed.
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
        return choose(table, where, true);
    }

    /**
     * As {@link #choose(TableMeta, BoundExpr)}, but when the choice matches a key against a list
     * and {@code rows} (the rows a choice's bounds select, by the statistics) says the best choice
     * without lists selects fewer, that one: {@code id < 20 AND k IN (1, 2, 3)} reads the range
     * when it is the narrower.
     */
    static Choice choose(TableMeta table, BoundExpr where, java.util.function.ToDoubleFunction<Choice> rows) {
        Choice best = choose(table, where, true);
        if (best == null || rows == null || best.bounds().equal().stream().noneMatch(e -> e instanceof KeyValues)) {
            return best;
        }
        Choice plain = choose(table, where, false);
        return plain != null && rows.applyAsDouble(plain) < rows.applyAsDouble(best) ? plain : best;
    }

    private static Choice choose(TableMeta table, BoundExpr where, boolean lists) {
        if (where == null || table.indexes().isEmpty()) {
            return null;
        }
        List<Pred> preds = new ArrayList<>();
        collect(table, where, preds);
        if (preds.isEmpty() && table.indexes().stream().allMatch(TableMeta.IndexMeta::plain)) {
            return null;
        }
        Choice best = null;
        int bestScore = 0;
        for (TableMeta.IndexMeta idx : table.indexes()) {
            if (!idx.plain() && !implies(where, idx.predicate())) {
                continue; // a partial index whose predicate the query does not imply lacks rows it wants
            }
            Choice c = forIndex(idx, idx.exprs() == null ? preds : withExprs(table, where, idx, preds), lists);
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
        return forIndex(index, index.exprs() == null || where == null ? preds : withExprs(table, where, index, preds),
                true);
    }

    static int score(Choice c) {
        IndexBounds b = c.bounds();
        int lists = (int) b.equal().stream().filter(e -> e instanceof KeyValues).count();
        int score = b.equal().size() * 4 - lists + (b.low() != null ? 1 : 0) + (b.high() != null ? 1 : 0);
        if (c.index().unique() && b.equal().size() == c.index().columns().length && lists == 0) {
            score += 100;
        }
        return score;
    }

    private static Choice forIndex(TableMeta.IndexMeta idx, List<Pred> preds, boolean lists) {
        List<BoundExpr> eq = new ArrayList<>();
        int k = 0;
        boolean list = !lists;
        for (; k < idx.columns().length; k++) {
            BoundExpr v = find(preds, key(idx, k), CompareExpr.Op.EQ, !list);
            if (v == null) {
                break;
            }
            list |= v instanceof KeyValues;
            eq.add(v);
        }
        BoundExpr low = null;
        BoundExpr high = null;
        boolean lowInc = true;
        boolean highInc = true;
        if (k < idx.columns().length) {
            int col = key(idx, k);
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

    /** Key column {@code k}'s id among the predicates: its column, or {@code -(k+1)} for an expression. */
    private static int key(TableMeta.IndexMeta idx, int k) {
        return idx.columns()[k] >= 0 ? idx.columns()[k] : -(k + 1);
    }

    /** Whether every conjunct of a partial index's predicate is among the query's (PostgreSQL's simplest proof). */
    static boolean implies(BoundExpr where, BoundExpr predicate) {
        if (predicate == null) {
            return true;
        }
        List<BoundExpr> have = new ArrayList<>();
        conjuncts(where, have);
        List<BoundExpr> need = new ArrayList<>();
        conjuncts(predicate, need);
        for (BoundExpr n : need) {
            if (have.stream().noneMatch(h -> BoundEquality.same(h, n))) {
                return false;
            }
        }
        return true;
    }

    private static void conjuncts(BoundExpr e, List<BoundExpr> out) {
        if (e instanceof BoolExpr b && b.kind() == BoolExpr.Kind.AND) {
            for (BoundExpr a : b.args()) {
                conjuncts(a, out);
            }
        } else if (e != null) {
            out.add(e);
        }
    }

    /** {@code preds} plus the comparisons of {@code where} with one of the index's key expressions. */
    private static List<Pred> withExprs(TableMeta table, BoundExpr where, TableMeta.IndexMeta idx, List<Pred> preds) {
        List<Pred> out = new ArrayList<>(preds);
        List<BoundExpr> all = new ArrayList<>();
        conjuncts(where, all);
        for (BoundExpr e : all) {
            if (!(e instanceof CompareExpr c) || c.op() == CompareExpr.Op.NE) {
                continue;
            }
            for (int k = 0; k < idx.columns().length; k++) {
                BoundExpr x = idx.exprs()[k];
                if (x == null || x.type() != c.compareType()) {
                    continue;
                }
                if (BoundEquality.same(c.left(), x) && c.right().isRowIndependent()) {
                    out.add(new Pred(-(k + 1), c.op(), c.right()));
                } else if (BoundEquality.same(c.right(), x) && c.left().isRowIndependent()) {
                    out.add(new Pred(-(k + 1), c.op().commute(), c.left()));
                }
            }
        }
        return out;
    }

    /** A value for {@code column op}: a single one first, else a list when {@code lists} (one list per scan). */
    private static BoundExpr find(List<Pred> preds, int column, CompareExpr.Op op, boolean lists) {
        BoundExpr list = null;
        for (Pred p : preds) {
            if (p.column() == column && p.op() == op) {
                if (!(p.value() instanceof KeyValues)) {
                    return p.value();
                }
                list = list == null && lists ? p.value() : list;
            }
        }
        return list;
    }

    private static void collect(TableMeta table, BoundExpr e, List<Pred> out) {
        if (e instanceof BoolExpr b && b.kind() == BoolExpr.Kind.AND) {
            for (BoundExpr a : b.args()) {
                collect(table, a, out);
            }
            return;
        }
        KeyValues kv = KeyValues.of(e);
        if (kv != null && kv.column() instanceof ColumnRef col) {
            add(table, col, CompareExpr.Op.EQ, kv, kv.type(), out);
            return;
        }
        if (e instanceof LikeExpr like) {
            likeBounds(table, like, out);
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

    /**
     * {@code col LIKE 'ab%'} on a text or varchar column as {@code col >= 'ab' AND col < 'ac'},
     * {@code col LIKE 'abc'} as {@code col = 'abc'}: keys are compared bytewise, as the C collation does.
     */
    private static void likeBounds(TableMeta table, LikeExpr like, List<Pred> out) {
        BoundExpr operand = like.operand() instanceof org.borealis.sql.exec.expr.CastExpr c
                && c.child() instanceof ColumnRef inner && inner.type() == Types.VARCHAR ? inner : like.operand();
        if (like.negated() || like.caseInsensitive() || !(operand instanceof ColumnRef col)
                || !like.pattern().isConstant() || col.index() >= table.columns().size()) {
            return;
        }
        Object p;
        try {
            p = like.pattern().eval(null, new Object[0]);
        } catch (RuntimeException e) {
            return; // the filter reports it when the scan runs
        }
        if (!(p instanceof String pattern)) {
            return;
        }
        PgType t = table.columns().get(col.index()).type();
        if (t != Types.TEXT && t != Types.VARCHAR) {
            return;
        }
        LikePrefix lp = LikePrefix.of(pattern, like.escape());
        if (lp == null || lp.prefix().isEmpty()) {
            return;
        }
        if (lp.exact()) {
            out.add(new Pred(col.index(), CompareExpr.Op.EQ, new Const(lp.prefix(), t)));
            return;
        }
        out.add(new Pred(col.index(), CompareExpr.Op.GE, new Const(lp.prefix(), t)));
        String g = LikePrefix.greater(lp.prefix());
        if (g != null) {
            out.add(new Pred(col.index(), CompareExpr.Op.LT, new Const(g, t)));
        }
    }
}
