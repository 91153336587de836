package org.borealis.sql.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.engine.ColumnStatistics;
import org.borealis.sql.types.Types;
import org.junit.jupiter.api.Test;

/**
 * The rules for a sample smaller than the table (the SQL script covers whole tables against
 * PostgreSQL): the Haas-Stokes distinct estimate and the significance cut of the most common values.
 */
class ColumnAnalyzerTest {

    @Test
    void aPartialSampleEstimatesDistinctValuesAndKeepsSignificantlyCommonOnes() {
        List<Object> sample = new ArrayList<>();
        for (int v = 0; v < 10; v++) {
            for (int k = 0; k < 50; k++) {
                sample.add(v);
            }
        }
        for (int v = 0; v < 500; v++) {
            sample.add(1000 + v);
        }
        ColumnStatistics s = ColumnAnalyzer.analyze(1, Types.INT4, sample, 100_000, 100);
        // n*d / (n - f1 + f1*n/N) = 1000*510 / (500 + 500*1000/100000) = 1009.9, rounded
        assertThat(s.nDistinct()).isEqualTo(1010f);
        assertThat(s.mcvCount()).isEqualTo(10);
        assertThat(s.mcvFreqs()[0]).isEqualTo(0.05f);
        assertThat(s.histogramCount()).isEqualTo(101);
        ColumnStats decoded = StatsValues.decode(s, Types.INT4);
        assertThat(decoded.mcv()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(decoded.histogram().get(0)).isEqualTo(1000);
        assertThat(decoded.histogram().get(100)).isEqualTo(1499);
    }

    @Test
    void valuesBarelyMoreCommonThanTheRestAreNotKept() {
        List<Object> sample = new ArrayList<>();
        for (int v = 0; v < 400; v++) {
            sample.add(v);
            if (v < 3) {
                sample.add(v);
            }
        }
        ColumnStatistics s = ColumnAnalyzer.analyze(1, Types.INT4, sample, 1_000_000, 100);
        assertThat(s.mcvCount()).isZero();
        // 403 * 400 / (403 - 397 + 397 * 403 / 1e6) = 26168.8: below a tenth of the rows, kept as a count
        assertThat(s.nDistinct()).isEqualTo(26169f);
    }

    @Test
    void theSameValuesGiveTheSameStatisticsWhateverTheirOrderButNotTheSameCorrelation() {
        List<Object> asc = new ArrayList<>();
        List<Object> desc = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            asc.add(i / 3);
            desc.add((299 - i) / 3);
        }
        ColumnStatistics a = ColumnAnalyzer.analyze(1, Types.INT4, asc, 300, 100);
        ColumnStatistics d = ColumnAnalyzer.analyze(1, Types.INT4, desc, 300, 100);
        // 100 distinct values are above a tenth of the 300 rows: stored as minus their fraction
        assertThat(a.nDistinct()).isEqualTo(-1f / 3).isEqualTo(d.nDistinct());
        assertThat(a.correlation()).isEqualTo(1f);
        assertThat(d.correlation()).isLessThan(-0.99f);
    }
}
