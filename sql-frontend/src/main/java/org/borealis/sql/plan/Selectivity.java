package org.borealis.sql.plan;

import java.util.List;
import java.util.function.IntFunction;

import org.borealis.sql.exec.expr.AnyArrayExpr;
import org.borealis.sql.exec.expr.BoolExpr;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.exec.expr.CompareExpr;
import org.borealis.sql.exec.expr.Const;
import org.borealis.sql.exec.expr.InListExpr;
import org.borealis.sql.exec.expr.NullTestExpr;
import org.borealis.sql.stats.ColumnStats;
import org.borealis.sql.types.PgType;

/**
 * The fraction of a table's rows a condition keeps, from ANALYZE's statistics by PostgreSQL's
 * formulas ({@code selfuncs.c}), with its no-statistics defaults where a column has none:
 * <ul>
 * <li>{@code col = const}: the value's frequency when it is a most common value, else the rest
 *     ({@code 1 - mcv total - null_frac}) spread over the other distinct values (at most the least
 *     common value's frequency); {@code col = $1} or an outer column: {@code (1 - null_frac) / n_distinct};
 *     default 0.5 %. {@code <>}: one minus that minus null_frac.</li>
 * <li>{@code <, <=, >, >=} against a constant: the matching most common values' frequencies plus
 *     the histogram's fraction (linear interpolation inside a bucket for numbers, dates and
 *     timestamps, half a bucket otherwise) of the rest; default a third. Two such bounds on one
 *     column combine as a range ({@code low + high - 1}).</li>
 * <li>IS [NOT] NULL: null_frac (default 0.5 %); IN lists: the sum of the equalities; AND the
 *     product, OR {@code a + b - ab}, NOT the complement; anything else a third.</li>
 * </ul>
 * Column references are positions in the table's visible columns; {@code stats} gives a
 * position's statistics or null.
 */
final class Selectivity {

    static final double DEFAULT_EQ = 0.005;
    static final double DEFAULT_INEQ = 1.0 / 3;
    private static final double DEFAULT_OTHER = 1.0 / 3;

    private final IntFunction<ColumnStats> stats;

    Selectivity(IntFunction<ColumnStats> stats) {
        this.stats = stats;
    }

    double of(BoundExpr e) {
        if (e instanceof BoolExpr b) {
            return switch (b.kind()) {
                case AND -> and(b.args());
                case OR -> {
                    double s = 0;
                    for (BoundExpr a : b.args()) {
                        double x = of(a);
                        s = s + x - s * x;
                    }
                    yield s;
                }
                case NOT -> 1 - of(b.args().get(0));
            };
        }
        if (e instanceof NullTestExpr n && n.test() == NullTestExpr.Test.NULL && n.child() instanceof ColumnRef c) {
            ColumnStats cs = stats.apply(c.index());
            double nf = cs == null ? DEFAULT_EQ : cs.nullFrac();
            return clamp(n.negated() ? 1 - nf : nf);
        }
        if (e instanceof InListExpr in && in.operand() instanceof ColumnRef c) {
            double s = 0;
            for (BoundExpr v : in.list()) {
                s += eq(c, v, in.compareType());
            }
            s = clamp(s);
            ColumnStats cs = stats.apply(c.index());
            return in.negated() ? clamp(1 - s - (cs == null ? 0 : cs.nullFrac())) : s;
        }
        if (e instanceof AnyArrayExpr a && a.left() instanceof ColumnRef c && a.op() == CompareExpr.Op.EQ && !a.all()
                && a.array().isRowIndependent()) {
            return anyArray(c, a);
        }
        if (e instanceof CompareExpr cmp) {
            return compare(cmp);
        }
        return DEFAULT_OTHER;
    }

    /**
     * {@code col = ANY (array)}: the sum of the elements' equalities (scalararraysel's disjoint
     * case); an array known only when executing (a parameter) counts as
     * {@link KeyValues#UNKNOWN_LENGTH} unknown values.
     */
    private double anyArray(ColumnRef c, AnyArrayExpr a) {
        double s = 0;
        if (a.array().isConstant()) {
            Object v;
            try {
                v = a.array().eval(null, new Object[0]);
            } catch (RuntimeException ex) {
                return DEFAULT_OTHER;
            }
            if (v == null) {
                return 0;
            }
            for (Object x : ((org.borealis.sql.types.PgArray) v).items()) {
                if (x != null && !(x instanceof org.borealis.sql.types.PgArray)) {
                    s += eq(c, new Const(x, a.compareType()), a.compareType());
                }
            }
            return clamp(s);
        }
        for (int i = 0; i < KeyValues.UNKNOWN_LENGTH; i++) {
            s += eq(c, a.array(), a.compareType());
        }
        return clamp(s);
    }

    private double and(List<BoundExpr> args) {
        double s = 1;
        java.util.Map<Integer, double[]> ranges = new java.util.HashMap<>();
        for (BoundExpr a : args) {
            if (a instanceof CompareExpr c && side(c) != 0) {
                int col = ((ColumnRef) (c.left() instanceof ColumnRef ? c.left() : c.right())).index();
                double[] r = ranges.computeIfAbsent(col, k -> new double[] {-1, -1});
                int i = side(c) < 0 ? 0 : 1;
                if (r[i] < 0) {
                    r[i] = compare(c);
                    continue;
                }
            }
            s *= of(a);
        }
        for (java.util.Map.Entry<Integer, double[]> e : ranges.entrySet()) {
            double[] r = e.getValue();
            if (r[0] >= 0 && r[1] >= 0) {
                ColumnStats cs = stats.apply(e.getKey());
                // both bounds excluded the nulls: add them back once, as PostgreSQL's clauselist_selectivity
                double range = cs == null ? 0.005 : r[0] + r[1] - 1 + cs.nullFrac();
                s *= range <= 0 ? 1e-4 : range;
            } else {
                s *= r[0] >= 0 ? r[0] : r[1];
            }
        }
        return clamp(s);
    }

    /** -1 for a lower bound on a column ({@code col > c}), 1 for an upper bound, 0 for anything else. */
    private static int side(CompareExpr c) {
        CompareExpr.Op op;
        if (c.left() instanceof ColumnRef && c.right().isRowIndependent()) {
            op = c.op();
        } else if (c.right() instanceof ColumnRef && c.left().isRowIndependent()) {
            op = c.op().commute();
        } else {
            return 0;
        }
        return switch (op) {
            case GT, GE -> -1;
            case LT, LE -> 1;
            default -> 0;
        };
    }

    private double compare(CompareExpr c) {
        ColumnRef col;
        BoundExpr value;
        CompareExpr.Op op;
        if (c.left() instanceof ColumnRef l && c.right().isRowIndependent()) {
            col = l;
            value = c.right();
            op = c.op();
        } else if (c.right() instanceof ColumnRef r && c.left().isRowIndependent()) {
            col = r;
            value = c.left();
            op = c.op().commute();
        } else {
            return c.op() == CompareExpr.Op.EQ ? DEFAULT_EQ : DEFAULT_INEQ;
        }
        ColumnStats cs = stats.apply(col.index());
        return switch (op) {
            case EQ -> eq(col, value, c.compareType());
            case NE -> clamp(1 - eq(col, value, c.compareType()) - (cs == null ? 0 : cs.nullFrac()));
            case LT, LE -> below(cs, value, c.compareType(), op == CompareExpr.Op.LE);
            case GT, GE -> {
                double b = below(cs, value, c.compareType(), op == CompareExpr.Op.GT);
                yield cs == null ? DEFAULT_INEQ : clamp(1 - b - cs.nullFrac());
            }
            default -> DEFAULT_INEQ;
        };
    }

    /** PostgreSQL's {@code var_eq_const} / {@code var_eq_non_const}. */
    double eq(ColumnRef col, BoundExpr value, PgType cmpType) {
        ColumnStats cs = stats.apply(col.index());
        if (cs == null || cs.type() != cmpType) {
            return DEFAULT_EQ;
        }
        float[] freqs = cs.raw().mcvFreqs();
        double leastMcv = freqs.length == 0 ? 1 : freqs[freqs.length - 1];
        if (value instanceof Const k) {
            if (k.value() == null) {
                return 0;
            }
            for (int i = 0; i < cs.mcv().size(); i++) {
                if (cmpType.compare(cs.mcv().get(i), k.value()) == 0) {
                    return freqs[i];
                }
            }
            double s = clamp(1 - cs.mcvTotal() - cs.nullFrac());
            double other = distinct(cs) - freqs.length;
            if (other > 1) {
                s /= other;
            }
            return Math.min(s, leastMcv);
        }
        double s = clamp((1 - cs.nullFrac()) / Math.max(1, distinct(cs)));
        return freqs.length > 0 ? Math.min(s, freqs[0]) : s;
    }

    private double rows = -1;

    /** The table's rows, to resolve a fractional n_distinct. */
    Selectivity rows(double tableRows) {
        this.rows = tableRows;
        return this;
    }

    private double distinct(ColumnStats cs) {
        return cs.distinct(rows > 0 ? rows : Math.max(1, cs.raw().nDistinct() < 0 ? 1000 : cs.raw().nDistinct()));
    }

    /** Fraction of the rows whose value is below {@code value} (or equal, with {@code orEqual}). */
    private double below(ColumnStats cs, BoundExpr value, PgType cmpType, boolean orEqual) {
        if (cs == null || cs.type() != cmpType || !(value instanceof Const k) || k.value() == null) {
            return DEFAULT_INEQ;
        }
        Object v = k.value();
        double mcv = 0;
        float[] freqs = cs.raw().mcvFreqs();
        for (int i = 0; i < cs.mcv().size(); i++) {
            int c = cmpType.compare(cs.mcv().get(i), v);
            if (c < 0 || (orEqual && c == 0)) {
                mcv += freqs[i];
            }
        }
        double rest = clamp(1 - cs.mcvTotal() - cs.nullFrac());
        List<Object> h = cs.histogram();
        double hist;
        if (h.size() >= 2) {
            hist = histogramFraction(h, v, cmpType);
        } else {
            hist = 0.5;
        }
        return clamp(mcv + hist * rest);
    }

    /** Where {@code v} falls in the histogram, 0 below the first bound to 1 above the last. */
    static double histogramFraction(List<Object> h, Object v, PgType t) {
        if (t.compare(v, h.get(0)) <= 0) {
            return 0;
        }
        int last = h.size() - 1;
        if (t.compare(v, h.get(last)) >= 0) {
            return 1;
        }
        int lo = 0;
        int hi = last;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (t.compare(h.get(mid), v) <= 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double a = number(h.get(lo));
        double b = number(h.get(hi));
        double x = number(v);
        double frac = 0.5;
        if (Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(x) && b > a) {
            frac = Math.min(1, Math.max(0, (x - a) / (b - a)));
        }
        return (lo + frac) / last;
    }

    /** A value as a number for interpolation, NaN for types without one. */
    static double number(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof java.time.LocalDate d) {
            return d.toEpochDay();
        }
        if (v instanceof java.time.LocalDateTime t) {
            return t.toEpochSecond(java.time.ZoneOffset.UTC) + t.getNano() / 1e9;
        }
        if (v instanceof java.time.OffsetDateTime t) {
            return t.toEpochSecond() + t.getNano() / 1e9;
        }
        if (v instanceof java.time.Instant t) {
            return t.getEpochSecond() + t.getNano() / 1e9;
        }
        if (v instanceof java.time.LocalTime t) {
            return t.toNanoOfDay() / 1e9;
        }
        return Double.NaN;
    }

    static double clamp(double s) {
        return Math.min(1, Math.max(0, s));
    }
}
