package org.borealis.sql.plan;

import java.util.BitSet;
import java.util.List;

import org.borealis.sql.exec.expr.AggregateCall;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.exec.op.SortOp;
import org.borealis.sql.types.KeyDecoder;

/**
 * Index-only scans, as PostgreSQL plans them: a query over one table whose every column read (the
 * select list, WHERE, GROUP BY, aggregate arguments, ORDER BY) is a column of the index the scan
 * uses reads that index with {@link ScanFactory#indexOnlyScan}, answering entries on all-visible
 * heap blocks from the key. The index must hold each column's exact value
 * ({@link KeyDecoder#decodes}). An index scan the WHERE or ORDER BY already chose becomes
 * index-only (or, when it does not cover the query, another index the WHERE pins as well that
 * does); when the statistics turned the WHERE's index down for a sequential scan, it is
 * taken after all if {@link IndexJoins#seqScanCheaper} no longer says the table is cheaper once
 * the all-visible share of the pages ({@code relallvisible / relpages}) costs no heap read.
 * Expressions whose inputs are not known (subqueries, which may read the row) keep the plain plan.
 * Inside a join, {@link FromPlanner} asks {@link #plan} for each table scan with the columns
 * {@link ReadNames} says the statement may read of it, and {@link IndexJoins} probes a covering
 * index index-only.
 */
final class IndexOnly {

    private IndexOnly() {
    }

    /**
     * The columns of the scanned table that expressions over its row read, accumulated in
     * {@code out}; false when some expression does not say what it reads.
     */
    static boolean reads(BoundExpr e, BitSet out) {
        return e == null || Conjuncts.collect(e, out);
    }

    static boolean reads(List<BoundExpr> es, BitSet out) {
        for (BoundExpr e : es) {
            if (!reads(e, out)) {
                return false;
            }
        }
        return true;
    }

    /** What the aggregates read of their input rows. */
    static boolean readsAggregates(List<AggregateCall> aggs, BitSet out) {
        for (AggregateCall a : aggs) {
            if (!reads(a.arg(), out) || !reads(a.arg2(), out) || !reads(a.filter(), out)) {
                return false;
            }
            for (SortOp.Key k : a.orderBy()) {
                if (!reads(k.expr(), out)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code index} holds every column in {@code used}, each decodable from the key. */
    static boolean covers(TableMeta meta, TableMeta.IndexMeta index, BitSet used) {
        if (!index.plain()) {
            return false;
        }
        BitSet have = new BitSet();
        for (int c : index.columns()) {
            if (!KeyDecoder.decodes(meta.columns().get(c).type(), meta.columns().get(c).typmod())) {
                return false;
            }
            have.set(c);
        }
        BitSet rest = (BitSet) used.clone();
        rest.andNot(have);
        return rest.isEmpty();
    }

    /**
     * The index-only replacement of a single-table SELECT's scan, or null: the columns read are
     * the WHERE's, and the select list and sort keys' ({@code projected}) or, when
     * {@code grouping} is not null, the grouping expressions' and aggregate arguments'.
     */
    static Operator forSelect(PlanContext pc, FromPlanner.TableScan scan, IndexOrder.Ordered ordered,
                              Binder.Grouping grouping, List<BoundExpr> projected) {
        BitSet used = selectReads(scan, grouping, projected);
        return used != null ? plan(pc, scan, ordered, used) : null;
    }

    /**
     * The columns a single-table SELECT reads of its table's rows: the WHERE's, and the select
     * list and sort keys' ({@code projected}) or, when {@code grouping} is not null, the grouping
     * expressions' and aggregate arguments'; null when some expression does not say.
     */
    static BitSet selectReads(FromPlanner.TableScan scan, Binder.Grouping grouping, List<BoundExpr> projected) {
        BitSet used = new BitSet();
        boolean known = scan != null && reads(scan.cond(), used) && (grouping != null
                ? reads(grouping.groupBound, used) && readsAggregates(grouping.aggregates(), used)
                : reads(projected, used));
        return known ? used : null;
    }

    /** Another index the WHERE pins as well as {@code chosen}'s that covers {@code used}, else {@code chosen}. */
    private static IndexSelector.Choice coveringAlternative(TableMeta meta, BoundExpr cond, IndexSelector.Choice chosen,
                                                            BitSet used) {
        int want = IndexSelector.score(chosen);
        for (TableMeta.IndexMeta idx : meta.indexes()) {
            if (idx != chosen.index() && covers(meta, idx, used)) {
                IndexSelector.Choice c = IndexSelector.choose(meta, cond, idx);
                if (IndexSelector.score(c) >= want) {
                    return c;
                }
            }
        }
        return chosen;
    }

    /**
     * The index-only replacement of {@code scan} (a query's only table scan) for a query reading
     * {@code used}, or null to keep the plan.
     *
     * @param ordered the index scan chosen for the ORDER BY, or null
     */
    static Operator plan(PlanContext pc, FromPlanner.TableScan scan, IndexOrder.Ordered ordered, BitSet used) {
        if (scan == null || scan.withTid() || pc.scans() == null) {
            return null;
        }
        TableMeta meta = scan.meta();
        IndexSelector.Choice use = ordered != null ? ordered.choice() : scan.choice();
        if (use == null && scan.cond() != null) {
            IndexSelector.Choice c = IndexSelector.choose(meta, scan.cond());
            if (c != null && covers(meta, c.index(), used)
                    && !IndexJoins.seqScanCheaper(pc, meta, c, pc.catalog().allVisibleFraction(meta.oid()))) {
                use = c;
            }
        }
        if (use != null && ordered == null && scan.cond() != null && !covers(meta, use.index(), used)) {
            use = coveringAlternative(meta, scan.cond(), use, used);
        }
        if (use == null || !covers(meta, use.index(), used)) {
            return null;
        }
        Operator op = pc.scans().indexOnlyScan(meta, use.index(), use.bounds(), ordered != null && ordered.backward());
        return scan.filter(op, use);
    }
}
