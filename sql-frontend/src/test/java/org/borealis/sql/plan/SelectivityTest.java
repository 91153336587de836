package org.borealis.sql.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.exec.expr.BoolExpr;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.exec.expr.CompareExpr;
import org.borealis.sql.exec.expr.Const;
import org.borealis.sql.exec.expr.NullTestExpr;
import org.borealis.sql.stats.ColumnAnalyzer;
import org.borealis.sql.stats.ColumnStats;
import org.borealis.sql.stats.StatsValues;
import org.borealis.sql.types.Types;
import org.junit.jupiter.api.Test;

/** PostgreSQL's selectivity formulas over statistics ANALYZE computed for a known column. */
class SelectivityTest {

    /** 1000 rows: value 0 in 500 of them, 100 nulls, and 1..400 once each. */
    private static ColumnStats stats() {
        List<Object> sample = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            sample.add(0);
        }
        for (int i = 0; i < 100; i++) {
            sample.add(null);
        }
        for (int i = 1; i <= 400; i++) {
            sample.add(i);
        }
        return StatsValues.decode(ColumnAnalyzer.analyze(1, Types.INT4, sample, 1000, 100), Types.INT4);
    }

    private static final ColumnRef COL = new ColumnRef(0, Types.INT4, -1);

    private static BoundExpr cmp(CompareExpr.Op op, int v) {
        return new CompareExpr(op, COL, new Const(v, Types.INT4), Types.INT4);
    }

    private final Selectivity sel = new Selectivity(p -> p == 0 ? stats() : null).rows(1000);

    @Test
    void equalityUsesTheMostCommonValuesThenSpreadsTheRest() {
        assertThat(sel.of(cmp(CompareExpr.Op.EQ, 0))).isCloseTo(0.5, within(1e-6));
        // the other 40 % of rows over 400 distinct values
        assertThat(sel.of(cmp(CompareExpr.Op.EQ, 17))).isCloseTo(0.001, within(1e-6));
        assertThat(sel.of(cmp(CompareExpr.Op.NE, 0))).isCloseTo(0.4, within(1e-6));
    }

    @Test
    void rangesInterpolateInTheHistogram() {
        // below 101: the most common value 0 (half the rows) plus a quarter of the histogram's 40 %
        double lt = sel.of(cmp(CompareExpr.Op.LT, 101));
        assertThat(lt).isCloseTo(0.5 + 0.4 * 100.0 / 399, within(0.005));
        double range = sel.of(new BoolExpr(BoolExpr.Kind.AND, List.of(cmp(CompareExpr.Op.GT, 100), cmp(CompareExpr.Op.LE, 200))));
        assertThat(range).isCloseTo(0.1, within(0.005));
    }

    @Test
    void nullTestsUseTheNullFractionAndUnknownColumnsTheDefaults() {
        assertThat(sel.of(new NullTestExpr(COL, NullTestExpr.Test.NULL, false))).isCloseTo(0.1, within(1e-6));
        assertThat(sel.of(new NullTestExpr(COL, NullTestExpr.Test.NULL, true))).isCloseTo(0.9, within(1e-6));
        Selectivity none = new Selectivity(p -> null);
        assertThat(none.of(cmp(CompareExpr.Op.EQ, 3))).isEqualTo(Selectivity.DEFAULT_EQ);
        assertThat(none.of(cmp(CompareExpr.Op.LT, 3))).isEqualTo(Selectivity.DEFAULT_INEQ);
    }
}
