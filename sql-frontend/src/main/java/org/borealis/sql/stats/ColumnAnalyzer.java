package org.borealis.sql.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.borealis.sql.engine.ColumnStatistics;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * One column's statistics from a sample of rows, by PostgreSQL 15's rules for a type with an
 * ordering (its {@code compute_scalar_stats}): the values are sorted; runs of equal values give
 * the distinct count and the candidates for the most-common list (values seen more than once, the
 * {@code target} most frequent, ties in value order); n_distinct is exact when every value repeats
 * or none does, else the Haas-Stokes estimate, and is stored as minus a fraction of the rows when
 * above a tenth of them; the most-common list is kept whole when the sample is the whole table,
 * else cut to the values significantly more common than the rest ({@link #keptMcvs}); the
 * histogram takes evenly spaced bounds from the sorted values outside that list; the correlation
 * compares the sorted order with the sample order. A type without ordering (json) gets only its
 * null fraction and width. Values wider than 1 kB are counted as distinct and left out, as
 * PostgreSQL does.
 */
public final class ColumnAnalyzer {

    /** PostgreSQL's {@code WIDTH_THRESHOLD}. */
    private static final int WIDTH_THRESHOLD = 1024;

    private record Item(Object value, int tupno) {
    }

    private record Track(int count, int first) {
    }

    private ColumnAnalyzer() {
    }

    /**
     * @param sample    the column's values in the sample's row order (nulls included); not empty
     * @param totalRows the table's live rows (the sample's size when the whole table was read)
     * @param target    the statistics target (PostgreSQL's default_statistics_target, 100)
     */
    public static ColumnStatistics analyze(int attnum, PgType type, List<Object> sample, double totalRows, int target) {
        int samplerows = sample.size();
        boolean varlena = StoredWidth.varlena(type);
        int nullCnt = 0;
        int nonnull = 0;
        int toowide = 0;
        double totalWidth = 0;
        List<Item> values = new ArrayList<>(samplerows);
        for (Object v : sample) {
            if (v == null) {
                nullCnt++;
                continue;
            }
            nonnull++;
            if (varlena) {
                int w = StoredWidth.of(type, v);
                totalWidth += w;
                if (rawSize(w) > WIDTH_THRESHOLD) {
                    toowide++;
                    continue;
                }
            }
            values.add(new Item(v, values.size()));
        }
        float nullFrac = (float) ((double) nullCnt / samplerows);
        int width = varlena ? (nonnull == 0 ? 0 : (int) (totalWidth / nonnull)) : StoredWidth.fixed(type);
        if (!ordered(type)) {
            return simple(attnum, type, nullFrac, width, 0f);
        }
        if (values.isEmpty()) {
            // only nulls: PostgreSQL records the column as all null, width and distinct count unknown
            // too wide values only: counted as a unique column
            return nonnull > 0 ? simple(attnum, type, nullFrac, width, -1f * (1f - nullFrac))
                    : simple(attnum, type, 1f, varlena ? 0 : width, 0f);
        }
        values.sort(Comparator.<Item, Object>comparing(Item::value, type::compare).thenComparingInt(Item::tupno));
        int n = values.size();
        double corrXy = 0;
        int ndistinct = 0;
        int nmultiple = 0;
        int dups = 0;
        List<Track> track = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            corrXy += (double) i * values.get(i).tupno();
            dups++;
            if (i == n - 1 || type.compare(values.get(i).value(), values.get(i + 1).value()) != 0) {
                ndistinct++;
                if (dups > 1) {
                    nmultiple++;
                    if (track.size() < target || dups > track.get(track.size() - 1).count()) {
                        if (track.size() == target) {
                            track.remove(track.size() - 1);
                        }
                        int j = track.size();
                        while (j > 0 && dups > track.get(j - 1).count()) {
                            j--;
                        }
                        track.add(j, new Track(dups, i + 1 - dups));
                    }
                }
                dups = 0;
            }
        }
        double stadistinct;
        if (nmultiple == 0) {
            stadistinct = -1.0 * (1.0 - (double) nullFrac);
        } else if (toowide == 0 && nmultiple == ndistinct) {
            stadistinct = ndistinct;
        } else {
            int f1 = ndistinct - nmultiple + toowide;
            int d = f1 + nmultiple;
            double sn = samplerows - nullCnt;
            double bigN = totalRows * (1.0 - nullFrac);
            double est;
            if (bigN > 0) {
                est = sn * d / ((sn - f1) + f1 * sn / bigN);
                est = Math.min(Math.max(est, d), bigN);
            } else {
                est = 0;
            }
            stadistinct = Math.floor(est + 0.5);
        }
        stadistinct = (float) stadistinct; // PostgreSQL keeps it as a float4 from here on
        if (stadistinct > 0.1 * totalRows) {
            stadistinct = (float) -(stadistinct / totalRows);
        }
        int numMcv;
        if (track.size() == ndistinct && toowide == 0 && stadistinct > 0 && track.size() <= target) {
            numMcv = track.size();
        } else {
            int[] counts = track.stream().mapToInt(Track::count).toArray();
            numMcv = keptMcvs(counts, stadistinct, nullFrac, samplerows, totalRows);
        }
        Object[] mcv = new Object[numMcv];
        float[] freqs = new float[numMcv];
        for (int i = 0; i < numMcv; i++) {
            mcv[i] = values.get(track.get(i).first()).value();
            freqs[i] = (float) ((double) track.get(i).count() / samplerows);
        }
        Object[] hist = histogram(values, track.subList(0, numMcv), ndistinct - numMcv, target);
        float corr = Float.NaN;
        if (n > 1) {
            double xsum = (double) (n - 1) * n / 2.0;
            double x2sum = (double) (n - 1) * n * (double) (2L * n - 1) / 6.0;
            corr = (float) ((n * corrXy - xsum * xsum) / (n * x2sum - xsum * xsum));
        }
        return new ColumnStatistics(attnum, type.oid(), nullFrac, width, (float) stadistinct, numMcv,
                StatsValues.encode(mcv, type), freqs, hist.length, StatsValues.encode(hist, type), corr);
    }

    private static ColumnStatistics simple(int attnum, PgType type, float nullFrac, int width, float nd) {
        return new ColumnStatistics(attnum, type.oid(), nullFrac, width, nd, 0, StatsValues.encode(new Object[0], type),
                new float[0], 0, StatsValues.encode(new Object[0], type), Float.NaN);
    }

    /** Whether the type has an ordering ANALYZE can sort by (json has not even equality). */
    static boolean ordered(PgType t) {
        return t != Types.JSON;
    }

    /** The detoasted size PostgreSQL compares with the width threshold: data plus a 4-byte header. */
    private static int rawSize(int stored) {
        return stored <= 127 ? stored - 1 + 4 : stored;
    }

    /**
     * PostgreSQL's {@code analyze_mcv_list}: how many of the most-common candidates (counts in
     * descending order) to keep. All of them when the sample is the whole table; else, from the
     * least common up, a value is dropped until one's count is significantly above the frequency
     * it would be estimated at without the list (two standard deviations of the hypergeometric
     * distribution, plus a half for continuity).
     */
    static int keptMcvs(int[] counts, double stadistinct, double nullFrac, int samplerows, double totalRows) {
        int num = counts.length;
        if (samplerows == totalRows || totalRows <= 1.0 || num == 0) {
            return num;
        }
        double ndTable = stadistinct < 0 ? -stadistinct * totalRows : stadistinct;
        double sum = 0;
        for (int i = 0; i < num - 1; i++) {
            sum += counts[i];
        }
        while (num > 0) {
            double selec = Math.min(1.0, Math.max(0.0, 1.0 - sum / samplerows - nullFrac));
            double other = ndTable - (num - 1);
            if (other > 1) {
                selec /= other;
            }
            double bigN = totalRows;
            double sn = samplerows;
            double k = bigN * counts[num - 1] / sn;
            double variance = sn * k * (bigN - k) * (bigN - sn) / (bigN * bigN * (bigN - 1));
            if (counts[num - 1] > selec * samplerows + 2 * Math.sqrt(variance) + 0.5) {
                break;
            }
            num--;
            if (num == 0) {
                break;
            }
            sum -= counts[num - 1];
        }
        return num;
    }

    /** Up to target + 1 evenly spaced bounds over the sorted values outside the kept most-common runs. */
    private static Object[] histogram(List<Item> values, List<Track> mcvs, int numHist, int target) {
        if (numHist > target) {
            numHist = target + 1;
        }
        if (numHist < 2) {
            return new Object[0];
        }
        boolean[] skip = new boolean[values.size()];
        for (Track t : mcvs) {
            Arrays.fill(skip, t.first(), t.first() + t.count(), true);
        }
        List<Object> rest = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            if (!skip[i]) {
                rest.add(values.get(i).value());
            }
        }
        int nvals = rest.size();
        Object[] out = new Object[numHist];
        int delta = (nvals - 1) / (numHist - 1);
        int deltaFrac = (nvals - 1) % (numHist - 1);
        int pos = 0;
        int posFrac = 0;
        for (int i = 0; i < numHist; i++) {
            out[i] = rest.get(pos);
            pos += delta;
            posFrac += deltaFrac;
            if (posFrac >= numHist - 1) {
                pos++;
                posFrac -= numHist - 1;
            }
        }
        return out;
    }
}
