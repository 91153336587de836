package org.borealis.sql.plan;

import java.util.List;
import java.util.Set;

import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.exec.op.SortOp;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * ORDER BY answered by a B-tree's key order instead of a sort. Applies to a query over one table
 * (no grouping, window or DISTINCT) whose sort keys are columns of that table, all ascending with
 * NULLs last or all descending with NULLs first (a backward scan), that follow the columns the
 * chosen index pins by equality. The index the WHERE chose is kept when its order fits; when the
 * WHERE chose none and the query has a LIMIT, an index whose order fits is walked instead, so
 * {@code ORDER BY id LIMIT n} reads n entries rather than sorting the table. The WHERE stays as a
 * filter above the scan, so results never change, only the work.
 *
 * <p>Only types whose key encoding orders exactly as their comparison does (integers, dates,
 * timestamps, times, intervals and jsonb, whose comparison is its key bytes) qualify; text keeps
 * its sort, whose order the key bytes need not match.
 */
final class IndexOrder {

    private static final Set<PgType> ORDERED_TYPES = Set.of(Types.INT2, Types.INT4, Types.INT8, Types.DATE,
            Types.TIMESTAMP, Types.TIMESTAMPTZ, Types.TIME, Types.INTERVAL, Types.JSONB);

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
        int[] columns = new int[keys.size()];
        Boolean backward = null;
        for (int i = 0; i < columns.length; i++) {
            SortOp.Key k = keys.get(i);
            if (!(k.expr() instanceof ColumnRef out) || out.index() >= projected.size()
                    || !(projected.get(out.index()) instanceof ColumnRef c) || c.index() >= meta.columns().size()) {
                return null;
            }
            PgType type = meta.columns().get(c.index()).type();
            if (!ORDERED_TYPES.contains(type) || c.type() != type || k.nullsFirst() != k.descending()
                    || (backward != null && backward != k.descending())) {
                return null;
            }
            backward = k.descending();
            columns[i] = c.index();
        }
        IndexSelector.Choice use = null;
        if (scan.choice() != null) {
            use = fits(scan.choice(), columns) ? scan.choice() : null;
        } else if (limited) {
            for (TableMeta.IndexMeta idx : meta.indexes()) {
                if (!idx.plain()) {
                    continue; // a partial index may lack rows; an expression index orders by its expressions
                }
                IndexSelector.Choice c = IndexSelector.choose(meta, scan.cond(), idx);
                if (fits(c, columns) && (use == null || c.bounds().equal().size() > use.bounds().equal().size())) {
                    use = c;
                }
            }
        }
        return use == null ? null : new Ordered(use, backward);
    }

    /** Whether the scan's key order, after the columns it pins by equality, starts with {@code columns}. */
    private static boolean fits(IndexSelector.Choice c, int[] columns) {
        int[] idx = c.index().columns();
        int pinned = c.bounds().equal().size();
        for (int k = 0; k < pinned; k++) {
            if (c.bounds().equal().get(k) instanceof KeyValues) {
                pinned = k; // several values: the rows come ordered by this key column and the ones after it
            }
        }
        if (idx.length < pinned + columns.length) {
            return false;
        }
        for (int i = 0; i < columns.length; i++) {
            if (idx[pinned + i] != columns[i]) {
                return false;
            }
        }
        return true;
    }
}
