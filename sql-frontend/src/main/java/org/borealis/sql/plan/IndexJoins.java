package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.exec.expr.ArraySubqueryExpr;
import org.borealis.sql.exec.expr.BoolExpr;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.exec.expr.CompareExpr;
import org.borealis.sql.exec.expr.Const;
import org.borealis.sql.exec.expr.OuterRef;
import org.borealis.sql.exec.expr.ParamRef;
import org.borealis.sql.exec.expr.SubqueryExpr;
import org.borealis.sql.exec.op.IndexNestedLoopJoinOp;
import org.borealis.sql.exec.op.Operator;

/**
 * Index nested-loop joins and the row estimates that choose them. Joining a table to what is
 * joined so far on equalities between its columns and the others' columns, the table can be
 * probed through an index once per row so far (each join column becomes a parameter of the
 * scan, an {@link OuterRef} to the current outer row) instead of being read in full to build a
 * hash table. Which is cheaper depends on sizes: rows so far × (a B-tree descent + the rows each
 * probe finds) against the table's rows. Table sizes are the engine's live-row estimates
 * ({@link CatalogView#estimatedRows}); filters are guessed as PostgreSQL guesses without
 * statistics (an equality keeps 0.5 % of the rows, a range a third; a unique index pinned in full
 * one row).
 */
final class IndexJoins {

    static final double UNKNOWN_ROWS = 1000;
    private static final double EQ_SELECTIVITY = 0.005;
    private static final double RANGE_SELECTIVITY = 1.0 / 3;

    /** A planned index nested-loop join and the rows it is expected to yield. */
    record Planned(Operator op, double rows) {
    }

    private IndexJoins() {
    }

    /** Rows of a table. */
    static double tableRows(PlanContext pc, TableMeta meta) {
        long n = pc.catalog().estimatedRows(meta.oid());
        return n < 0 ? UNKNOWN_ROWS : Math.max(1, n);
    }

    /** Selectivity over a table's columns from ANALYZE's statistics, or null when it was never analysed. */
    static Selectivity selectivity(PlanContext pc, TableMeta meta) {
        if (!pc.catalog().analyzed(meta.oid())) {
            return null;
        }
        return new Selectivity(pos -> pos < meta.columns().size()
                ? pc.catalog().columnStats(meta.oid(), meta.attnum(pos)) : null).rows(tableRows(pc, meta));
    }

    /** Rows a scan yields: its table's, cut by its filter and index bounds. */
    static double estimate(PlanContext pc, FromPlanner.TableScan scan) {
        if (scan == null) {
            return UNKNOWN_ROWS;
        }
        double rows = tableRows(pc, scan.meta());
        Selectivity sel = selectivity(pc, scan.meta());
        if (sel != null) {
            return scan.cond() == null ? rows : Math.max(1, rows * sel.of(scan.cond()));
        }
        if (scan.choice() == null) {
            return scan.cond() == null ? rows : Math.max(1, rows * RANGE_SELECTIVITY);
        }
        return perProbe(rows, scan.choice());
    }

    private static double perProbe(double rows, IndexSelector.Choice c) {
        IndexBounds b = c.bounds();
        if (c.index().unique() && b.equal().size() == c.index().columns().length) {
            double n = 1;
            for (BoundExpr e : b.equal()) {
                n *= e instanceof KeyValues kv ? kv.estimatedCount() : 1;
            }
            return Math.min(n, Math.max(1, rows));
        }
        double r = rows * Math.pow(EQ_SELECTIVITY, b.equal().size());
        for (BoundExpr e : b.equal()) {
            if (e instanceof KeyValues kv) {
                r *= kv.estimatedCount();
            }
        }
        if (b.low() != null || b.high() != null) {
            r *= RANGE_SELECTIVITY;
        }
        return Math.max(1, r);
    }

    /**
     * An index nested-loop join of {@code outer} (width {@code outerWidth}, about {@code outerRows}
     * rows) with the table {@code scan} read, on {@code conds} (bound over the outer columns then
     * the table's), or null when no index fits the join columns or reading the table once looks
     * cheaper.
     */
    static Planned plan(ScanFactory scans, Operator outer, int outerWidth, double outerRows,
                        FromPlanner.TableScan scan, int innerWidth, List<BoundExpr> conds, PlanContext pc,
                        java.util.function.IntFunction<String> outerNames) {
        if (scan == null || conds.isEmpty() || (scan.cond() != null && readsOuterQueries(scan.cond()))) {
            return null;
        }
        List<BoundExpr> params = new ArrayList<>();
        List<BoundExpr> residual = new ArrayList<>();
        boolean exprIndexes = scan.meta().indexes().stream().anyMatch(i -> i.exprs() != null);
        for (BoundExpr e : conds) {
            BoundExpr p = parameter(e, outerWidth, innerWidth);
            if (p == null && exprIndexes) {
                p = exprParameter(scan.meta(), e, outerWidth, innerWidth);
            }
            if (p != null) {
                params.add(p);
            } else {
                residual.add(e);
            }
        }
        if (params.isEmpty()) {
            return null;
        }
        List<BoundExpr> innerConds = new ArrayList<>(params);
        if (scan.cond() != null) {
            innerConds.add(scan.cond());
        }
        BoundExpr innerCond = and(innerConds);
        IndexSelector.Choice choice = IndexSelector.choose(scan.meta(), innerCond);
        if (choice == null || choice.bounds().equal().stream().noneMatch(e -> e instanceof OuterRef)) {
            return null;
        }
        double tableRows = tableRows(pc, scan.meta());
        Selectivity sel = selectivity(pc, scan.meta());
        double probe = sel == null ? perProbe(tableRows, choice) : tableRows * sel.of(innerCond);
        double nestedLoop = outerRows * (Math.log(tableRows + 2) / Math.log(2) + probe);
        double hash = tableRows + outerRows;
        if (nestedLoop >= hash) {
            return null;
        }
        Operator index = scan.withTid()
                ? scans.indexScan(scan.meta(), choice.index(), choice.bounds(), false, true)
                : scan.used() != null && IndexOnly.covers(scan.meta(), choice.index(), scan.used())
                ? scans.indexOnlyScan(scan.meta(), choice.index(), choice.bounds(), false)
                : scans.indexScan(scan.meta(), choice.index(), choice.bounds());
        BoundExpr joinFilter = residual.isEmpty() ? null : and(residual);
        ScanText innerText = scan.text();
        Operator op = new IndexNestedLoopJoinOp(outer, innerText.withOuter(outerNames).filter(index, innerCond, choice, scan.withTid()), outerWidth, innerWidth,
                joinFilter).explained(() -> JoinText.nestedLoop(
                        i -> i < outerWidth ? outerNames.apply(i) : innerText.qualified(i - outerWidth),
                        innerText.format(), joinFilter));
        return new Planned(op, Math.max(1, outerRows * probe));
    }

    /** The rows {@code c}'s bounds select, by the statistics when the table has them: for {@link IndexSelector#choose}. */
    static java.util.function.ToDoubleFunction<IndexSelector.Choice> boundRows(PlanContext pc, TableMeta meta) {
        return c -> {
            Selectivity sel = selectivity(pc, meta);
            List<BoundExpr> conds = boundConds(meta, c);
            if (sel == null) {
                return perProbe(tableRows(pc, meta), c);
            }
            return conds.isEmpty() ? tableRows(pc, meta) : tableRows(pc, meta) * sel.of(and(conds));
        };
    }

    /** The conditions {@code c}'s bounds answer, as comparisons of the table's columns. */
    private static List<BoundExpr> boundConds(TableMeta meta, IndexSelector.Choice c) {
        IndexBounds b = c.bounds();
        List<BoundExpr> conds = new ArrayList<>();
        int[] cols = c.index().columns();
        for (int k = 0; k < b.equal().size(); k++) {
            BoundExpr v = b.equal().get(k);
            conds.add(v instanceof KeyValues kv ? kv.source() : bound(meta, cols[k], CompareExpr.Op.EQ, v));
        }
        if (b.equal().size() < cols.length) {
            int col = cols[b.equal().size()];
            if (b.low() != null) {
                conds.add(bound(meta, col, b.lowInclusive() ? CompareExpr.Op.GE : CompareExpr.Op.GT, b.low()));
            }
            if (b.high() != null) {
                conds.add(bound(meta, col, b.highInclusive() ? CompareExpr.Op.LE : CompareExpr.Op.LT, b.high()));
            }
        }
        return conds;
    }

    /** PostgreSQL's random_page_cost: a page read through an index costs four read in sequence. */
    private static final double RANDOM_PAGE_COST = 4;
    /** PostgreSQL's cpu_tuple_cost + cpu_operator_cost (a row read and its filter evaluated). */
    private static final double ROW_COST = 0.0125;
    /** PostgreSQL's cpu_tuple_cost + cpu_index_tuple_cost (a row fetched through an index entry). */
    private static final double INDEX_ROW_COST = 0.015;

    /**
     * Whether reading the whole table is cheaper than the index {@code c} a scan's WHERE chose, by
     * ANALYZE's statistics, with PostgreSQL's cost constants and a simplified {@code cost_index}.
     * A sequential scan costs the table's pages plus {@code ROW_COST} per row. The index costs
     * {@code INDEX_ROW_COST} per row its bounds select, plus page reads between two extremes that
     * the index's first column's correlation² interpolates: scattered rows, a random page read
     * each (at most one per page of the table), and rows in table order, one random read then the
     * selected fraction of the pages in sequence. Never for a unique index pinned in full, nor
     * without statistics.
     */
    static boolean seqScanCheaper(PlanContext pc, TableMeta meta, IndexSelector.Choice c) {
        return seqScanCheaper(pc, meta, c, 0);
    }

    /**
     * As {@link #seqScanCheaper(PlanContext, TableMeta, IndexSelector.Choice)} for an index-only
     * scan: the share {@code allVisible} of the heap page reads is not made (those pages'
     * entries are answered from the index).
     */
    static boolean seqScanCheaper(PlanContext pc, TableMeta meta, IndexSelector.Choice c, double allVisible) {
        IndexBounds b = c.bounds();
        if (!c.index().plain()) {
            return false; // no statistics on index expressions: the index is chosen
        }
        if (c.index().unique() && b.equal().size() == c.index().columns().length
                && b.equal().stream().noneMatch(e -> e instanceof KeyValues)) {
            return false;
        }
        Selectivity sel = selectivity(pc, meta);
        long pages = pc.catalog().estimatedPages(meta.oid());
        if (sel == null || pages <= 0) {
            return false;
        }
        List<BoundExpr> conds = boundConds(meta, c);
        if (conds.isEmpty()) {
            return false;
        }
        int[] cols = c.index().columns();
        double tableRows = tableRows(pc, meta);
        double fraction = sel.of(and(conds));
        double rows = tableRows * fraction;
        org.borealis.sql.stats.ColumnStats first = pc.catalog().columnStats(meta.oid(), meta.attnum(cols[0]));
        double corr = first == null || Float.isNaN(first.raw().correlation()) ? 0 : first.raw().correlation();
        double scattered = RANDOM_PAGE_COST * Math.min(rows, pages);
        double ordered = RANDOM_PAGE_COST + Math.max(0, Math.ceil(fraction * pages) - 1);
        double heapReads = (scattered + corr * corr * (ordered - scattered)) * (1 - Math.min(1, Math.max(0, allVisible)));
        double index = heapReads + INDEX_ROW_COST * rows;
        return index >= pages + ROW_COST * tableRows;
    }

    private static BoundExpr bound(TableMeta meta, int col, CompareExpr.Op op, BoundExpr value) {
        TableMeta.Column c = meta.columns().get(col);
        return new CompareExpr(op, new ColumnRef(col, c.type(), c.typmod()), value, c.type());
    }

    /**
     * Rows of an inner join of {@code leftRows} and {@code rightRows} rows on {@code conds} (bound
     * over the joined scope, the left side's {@code leftWidth} columns first): each equality of a
     * column of each side keeps PostgreSQL's eqjoinsel share {@code (1 - null_frac1)(1 - null_frac2)
     * / max(n_distinct1, n_distinct2)} of the pairs, with each n_distinct at most its side's rows.
     * Without statistics for some equality's columns: the larger side, as before.
     */
    static double joinRows(PlanContext pc, double leftRows, double rightRows, int leftWidth, List<BoundExpr> conds,
                           Scope joined) {
        double sel = 1;
        boolean known = false;
        for (BoundExpr e : conds) {
            if (!(e instanceof CompareExpr c) || c.op() != CompareExpr.Op.EQ
                    || !(c.left() instanceof ColumnRef l) || !(c.right() instanceof ColumnRef r)
                    || (l.index() < leftWidth) == (r.index() < leftWidth)) {
                continue;
            }
            org.borealis.sql.stats.ColumnStats a = stats(pc, joined, l.index());
            org.borealis.sql.stats.ColumnStats b = stats(pc, joined, r.index());
            if (a == null || b == null) {
                return Math.max(leftRows, rightRows);
            }
            double la = l.index() < leftWidth ? leftRows : rightRows;
            double lb = l.index() < leftWidth ? rightRows : leftRows;
            double nda = Math.min(a.distinct(tableRows(pc, joined.columns().get(l.index()).tableOid())), la);
            double ndb = Math.min(b.distinct(tableRows(pc, joined.columns().get(r.index()).tableOid())), lb);
            sel *= (1 - a.nullFrac()) * (1 - b.nullFrac()) / Math.max(1, Math.max(nda, ndb));
            known = true;
        }
        return known ? Math.max(1, leftRows * rightRows * sel) : Math.max(leftRows, rightRows);
    }

    private static org.borealis.sql.stats.ColumnStats stats(PlanContext pc, Scope scope, int index) {
        Scope.Column col = scope.columns().get(index);
        return col.tableOid() == 0 || col.attnum() <= 0 ? null : pc.catalog().columnStats(col.tableOid(), col.attnum());
    }

    private static double tableRows(PlanContext pc, int oid) {
        long n = pc.catalog().estimatedRows(oid);
        return n < 0 ? UNKNOWN_ROWS : Math.max(1, n);
    }

    /**
     * {@code inner.col = outer.col} as a condition over the inner row with the outer column as a
     * parameter (level-1 {@link OuterRef}), or null when {@code e} is not a plain column equality
     * across the two sides.
     */
    private static BoundExpr parameter(BoundExpr e, int outerWidth, int innerWidth) {
        if (!(e instanceof CompareExpr c) || c.op() != CompareExpr.Op.EQ
                || !(c.left() instanceof ColumnRef l) || !(c.right() instanceof ColumnRef r)) {
            return null;
        }
        ColumnRef in;
        ColumnRef out;
        if (l.index() < outerWidth && r.index() >= outerWidth) {
            out = l;
            in = r;
        } else if (r.index() < outerWidth && l.index() >= outerWidth) {
            out = r;
            in = l;
        } else {
            return null;
        }
        if (in.index() >= outerWidth + innerWidth) {
            return null;
        }
        return new CompareExpr(CompareExpr.Op.EQ, new ColumnRef(in.index() - outerWidth, in.type(), in.typmod()),
                new OuterRef(1, out), c.compareType());
    }

    /**
     * {@code f(inner) = g(outer)} where {@code f(inner)} is a key expression of one of {@code meta}'s
     * expression indexes ({@code lower(u.email) = lower(a.x)} over an index on {@code lower(email)}):
     * the index's expression, over the inner row, equal to {@code g} evaluated on the outer row
     * (an {@link OuterRef} to it), or null when {@code e} is no such equality.
     */
    private static BoundExpr exprParameter(TableMeta meta, BoundExpr e, int outerWidth, int innerWidth) {
        if (!(e instanceof CompareExpr c) || c.op() != CompareExpr.Op.EQ) {
            return null;
        }
        for (int side = 0; side < 2; side++) {
            BoundExpr in = side == 0 ? c.left() : c.right();
            BoundExpr out = side == 0 ? c.right() : c.left();
            java.util.BitSet inCols = new java.util.BitSet();
            java.util.BitSet outCols = new java.util.BitSet();
            if (!Conjuncts.collect(in, inCols) || !Conjuncts.collect(out, outCols) || inCols.isEmpty()
                    || inCols.nextSetBit(0) < outerWidth || inCols.length() > outerWidth + innerWidth
                    || outCols.length() > outerWidth || readsOuterQueries(out)) {
                continue;
            }
            for (TableMeta.IndexMeta idx : meta.indexes()) {
                for (int k = 0; idx.exprs() != null && k < idx.columns().length; k++) {
                    BoundExpr x = idx.exprs()[k];
                    if (x != null && x.type() == c.compareType() && BoundEquality.same(in, x, outerWidth)) {
                        return new CompareExpr(CompareExpr.Op.EQ, x, new OuterRef(1, out), c.compareType());
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code e} reads a query around this one (an outer reference or a subquery, whose own
     * references count levels from here): the join's parameter would shift those levels.
     */
    private static boolean readsOuterQueries(BoundExpr e) {
        if (e instanceof OuterRef || e instanceof SubqueryExpr || e instanceof ArraySubqueryExpr) {
            return true;
        }
        List<BoundExpr> children = e.children();
        if (children == null) {
            return !(e instanceof ColumnRef || e instanceof Const || e instanceof ParamRef);
        }
        for (BoundExpr c : children) {
            if (readsOuterQueries(c)) {
                return true;
            }
        }
        return false;
    }

    private static BoundExpr and(List<BoundExpr> conds) {
        return conds.size() == 1 ? conds.get(0) : new BoolExpr(BoolExpr.Kind.AND, List.copyOf(conds));
    }
}
