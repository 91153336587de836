package org.borealis.sql.stats;

import java.util.List;

import org.borealis.sql.engine.ColumnStatistics;
import org.borealis.sql.types.PgType;

/**
 * A column's stored statistics with their values decoded in the column's type: what the planner
 * and {@code pg_stats} read.
 *
 * @param raw        as stored
 * @param type       the column's type
 * @param mcv        the most common values, most common first
 * @param histogram  the histogram bounds, ascending
 */
public record ColumnStats(ColumnStatistics raw, PgType type, List<Object> mcv, List<Object> histogram) {

    public double nullFrac() {
        return raw.nullFrac();
    }

    /** Sum of the most common values' frequencies. */
    public double mcvTotal() {
        double s = 0;
        for (float f : raw.mcvFreqs()) {
            s += f;
        }
        return s;
    }

    /** Distinct non-null values among {@code rows} rows (n_distinct resolved; at least 1). */
    public double distinct(double rows) {
        double nd = raw.nDistinct();
        if (nd < 0) {
            nd = -nd * rows;
        }
        return nd <= 0 ? 200 : Math.max(1, nd);
    }
}
