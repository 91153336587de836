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
import org.borealis.sql.exec.op.FilterOp;
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

    /** Rows a scan yields: its table's, cut by its filter and index bounds. */
    static double estimate(PlanContext pc, FromPlanner.TableScan scan) {
        if (scan == null) {
            return UNKNOWN_ROWS;
        }
        double rows = tableRows(pc, scan.meta());
        if (scan.choice() == null) {
            return scan.cond() == null ? rows : Math.max(1, rows * RANGE_SELECTIVITY);
        }
        return perProbe(rows, scan.choice());
    }

    private static double perProbe(double rows, IndexSelector.Choice c) {
        IndexBounds b = c.bounds();
        if (c.index().unique() && b.equal().size() == c.index().columns().length) {
            return 1;
        }
        double r = rows * Math.pow(EQ_SELECTIVITY, b.equal().size());
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
                        FromPlanner.TableScan scan, int innerWidth, List<BoundExpr> conds, PlanContext pc) {
        if (scan == null || conds.isEmpty() || (scan.cond() != null && readsOuterQueries(scan.cond()))) {
            return null;
        }
        List<BoundExpr> params = new ArrayList<>();
        List<BoundExpr> residual = new ArrayList<>();
        for (BoundExpr e : conds) {
            BoundExpr p = parameter(e, outerWidth, innerWidth);
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
        double probe = perProbe(tableRows, choice);
        double nestedLoop = outerRows * (Math.log(tableRows + 2) / Math.log(2) + probe);
        double hash = tableRows + outerRows;
        if (nestedLoop >= hash) {
            return null;
        }
        Operator index = scan.withTid()
                ? scans.indexScan(scan.meta(), choice.index(), choice.bounds(), false, true)
                : scans.indexScan(scan.meta(), choice.index(), choice.bounds());
        Operator op = new IndexNestedLoopJoinOp(outer, new FilterOp(index, innerCond), outerWidth, innerWidth,
                residual.isEmpty() ? null : and(residual));
        return new Planned(op, Math.max(1, outerRows * probe));
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
