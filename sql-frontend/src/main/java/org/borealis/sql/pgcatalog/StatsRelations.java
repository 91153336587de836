package org.borealis.sql.pgcatalog;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.ColumnStatistics;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.TableStatistics;
import org.borealis.sql.stats.ColumnStats;
import org.borealis.sql.stats.StatsValues;
import org.borealis.sql.types.PgArray;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.TextFormat;
import org.borealis.sql.types.Types;

/**
 * {@code pg_stats}: one row per analysed column of a user table, from the statistics ANALYZE
 * stored. The value lists ({@code most_common_vals}, {@code histogram_bounds}) are PostgreSQL's
 * {@code anyarray}; here they are the array's text (what a client reads of an anyarray).
 * The element statistics of array columns are not collected (null).
 */
final class StatsRelations {

    private StatsRelations() {
    }

    static final SystemRelation PG_STATS = new SystemRelation(12400, "pg_catalog", "pg_stats", 'v',
            "schemaname name, tablename name, attname name, inherited boolean, null_frac real, avg_width integer, "
                    + "n_distinct real, most_common_vals text, most_common_freqs real[], histogram_bounds text, "
                    + "correlation real, most_common_elems text, most_common_elem_freqs real[], "
                    + "elem_count_histogram real[]",
            (s, ctx, out) -> {
                for (RelationInfo r : s.relations()) {
                    if (r.kind() != RelationKind.TABLE) {
                        continue;
                    }
                    TableStatistics st = s.analyzed(r.oid()).orElse(null);
                    if (st == null) {
                        continue;
                    }
                    for (ColumnStatistics c : st.columns()) {
                        if (c.attnum() < 1 || c.attnum() > r.columns().size()) {
                            continue;
                        }
                        ColumnDef col = r.columns().get(c.attnum() - 1);
                        PgType type = Types.byOid(col.typeOid());
                        ColumnStats cs = col.dropped() || type == null ? null : StatsValues.decode(c, type);
                        if (cs == null) {
                            continue;
                        }
                        out.add().set("schemaname", CatalogSnapshot.schemaOf(r)).set("tablename", r.name())
                                .set("attname", col.name()).set("inherited", false).set("null_frac", c.nullFrac())
                                .set("avg_width", c.avgWidth()).set("n_distinct", c.nDistinct())
                                .set("most_common_vals", array(cs.mcv(), type))
                                .set("most_common_freqs", c.mcvCount() == 0 ? null : floats(c.mcvFreqs()))
                                .set("histogram_bounds", array(cs.histogram(), type))
                                .set("correlation", Float.isNaN(c.correlation()) ? null : c.correlation());
                    }
                }
            });

    private static String array(List<Object> values, PgType type) {
        if (values.isEmpty()) {
            return null;
        }
        return Types.arrayOf(type).formatText(new PgArray(1, values), TextFormat.DEFAULT);
    }

    private static List<Object> floats(float[] fs) {
        List<Object> out = new ArrayList<>(fs.length);
        for (float f : fs) {
            out.add(f);
        }
        return out;
    }
}
