package org.borealis.sql.plan;

import java.util.List;
import java.util.Set;

import org.borealis.sql.exec.expr.BoolExpr;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.exec.op.SortOp;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * ORDER BY answered by a B-tree's key order instead of a sort. Applies to a query over one table
 * (no grouping, window or DISTINCT) whose sort keys are columns of that table or expressions an
 * expression index keys on ({@code ORDER BY lower(name)} over an index on {@code (lower(name))},
 * matched structurally by {@link BoundEquality}), all ascending with NULLs last or all descending
 * with NULLs first (a backward scan), that follow the keys the chosen index pins by equality. The
 * index the WHERE chose is kept when its order fits; when the WHERE chose none and the query has
 * a LIMIT, an index whose order fits is walked instead, so {@code ORDER BY id LIMIT n} reads n
 * entries rather than sorting the table. A partial index is walked only when the WHERE implies
 * its predicate ({@link IndexSelector#implies}). The WHERE stays as a filter above the scan, so
 * results never change, only the work.
 *
 * <p>Only types whose key encoding orders exactly as their comparison does (integers, dates,
 * timestamps, times, intervals and jsonb, whose comparison is its key bytes) qualify; a text
 * column keeps its sort, while a text or varchar index expression (UTF-8 key bytes, ordered as
 * the code-point comparison of the C collation) is walked.
 */
final class IndexOrder {

    private static final Set<PgType> ORDERED_TYPES = Set.of(Types.INT2, Types.INT4, Types.INT8, Types.DATE,
            Types.TIMESTAMP, Types.TIMESTAMPTZ, Types.TIME, Types.INTERVAL, Types.JSONB);

    /**
     * The types an index expression may order by: the above, and text and varchar, whose keys are
     * their UTF-8 bytes, ordered as their code-point comparison (the C collation) orders them.
     */
    private static final Set<PgType> ORDERED_EXPR_TYPES = Set.of(Types.INT2, Types.INT4, Types.INT8, Types.DATE,
            Types.TIMESTAMP, Types.TIMESTAMPTZ, Types.TIME, Types.INTERVAL, Types.JSONB, Types.TEXT, Types.VARCHAR);

    private IndexOrder() {
    }

    /**
     * An ordered replacement for the scan, or null to keep the scan and sort.
     *
     * @param projected the select list and hidden sort columns the keys refer to, bound over the table's scope
     * @param limited   whether the query has a LIMIT
     */
    static Operator orderedScan(ScanFactory scans, FromPlanner.TableScan scan, List<SortOp.Key> keys,
                                List<BoundExpr> projected, boolean limited) {
        Ordered o = orderedChoice(scan, keys, projected, limited);
        if (o == null) {
            return null;
        }
        TableMeta meta = scan.meta();
        IndexSelector.Choice use = o.choice();
        Operator op = scan.withTid() ? scans.indexScan(meta, use.index(), use.bounds(), o.backward(), true)
                : scans.indexScan(meta, use.index(), use.bounds(), o.backward());
        return scan.filter(op, use);
    }

    /** An index scan whose key order answers the ORDER BY: the index, its bounds and the direction. */
    record Ordered(IndexSelector.Choice choice, boolean backward) {
    }

    /** The index (and direction) whose order replaces the sort, or null to keep the scan and sort. */
    static Ordered orderedChoice(FromPlanner.TableScan scan, List<SortOp.Key> keys, List<BoundExpr> projected,
                                 boolean limited) {
        if (scan == null || keys.isEmpty() || scan.meta().indexes().isEmpty()) {
            return null;
        }
        TableMeta meta = scan.meta();
        boolean exprIndexes = meta.indexes().stream().anyMatch(i -> i.exprs() != null);
        BoundExpr[] sorted = new BoundExpr[keys.size()];
        Boolean backward = null;
        for (int i = 0; i < sorted.length; i++) {
            SortOp.Key k = keys.get(i);
            if (!(k.expr() instanceof ColumnRef out) || out.index() >= projected.size()
                    || k.nullsFirst() != k.descending() || (backward != null && backward != k.descending())) {
                return null;
            }
            BoundExpr e = projected.get(out.index());
            if (e instanceof ColumnRef c) {
                if (c.index() >= meta.columns().size() || !ORDERED_TYPES.contains(meta.columns().get(c.index()).type())
                        || c.type() != meta.columns().get(c.index()).type()) {
                    return null;
                }
            } else if (!exprIndexes || !ORDERED_EXPR_TYPES.contains(e.type()) || e.type() != out.type()) {
                return null; // only an expression index orders by an expression
            }
            backward = k.descending();
            sorted[i] = e;
        }
        if (scan.choice() != null && fits(scan.choice(), sorted)) {
            return new Ordered(scan.choice(), backward);
        }
        if (!limited) {
            return null;
        }
        // the WHERE's index, when it has one, gives way only to an index that narrows as much
        int floor = scan.choice() == null ? 0 : IndexSelector.score(scan.choice());
        IndexSelector.Choice use = null;
        for (TableMeta.IndexMeta idx : meta.indexes()) {
            if (idx.predicate() != null && !IndexSelector.implies(scan.cond(), idx.predicate())) {
                continue; // a partial index lacks rows the query wants unless its WHERE implies the predicate
            }
            IndexSelector.Choice c = IndexSelector.choose(meta, scan.cond(), idx);
            if (fits(c, sorted) && narrowing(c) >= floor
                    && (use == null || c.bounds().equal().size() > use.bounds().equal().size())) {
                use = c;
            }
        }
        return use == null ? null : new Ordered(use, backward);
    }

    /** How much a scan narrows: its bounds' score, and one for each conjunct of a partial index's predicate. */
    private static int narrowing(IndexSelector.Choice c) {
        BoundExpr p = c.index().predicate();
        int predicate = p == null ? 0 : p instanceof BoolExpr b && b.kind() == BoolExpr.Kind.AND ? b.args().size() : 1;
        return IndexSelector.score(c) + predicate;
    }

    /**
     * Whether the scan's key order, after the keys it pins by equality, starts with {@code sorted}
     * (each a column of the table, matching a key column, or an expression structurally equal to a
     * key expression).
     */
    private static boolean fits(IndexSelector.Choice c, BoundExpr[] sorted) {
        TableMeta.IndexMeta index = c.index();
        int[] idx = index.columns();
        int pinned = c.bounds().equal().size();
        for (int k = 0; k < pinned; k++) {
            if (c.bounds().equal().get(k) instanceof KeyValues) {
                pinned = k; // several values: the rows come ordered by this key column and the ones after it
            }
        }
        if (idx.length < pinned + sorted.length) {
            return false;
        }
        for (int i = 0; i < sorted.length; i++) {
            int k = pinned + i;
            boolean same = idx[k] >= 0 ? sorted[i] instanceof ColumnRef col && col.index() == idx[k]
                    : BoundEquality.same(sorted[i], index.exprs()[k]);
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
