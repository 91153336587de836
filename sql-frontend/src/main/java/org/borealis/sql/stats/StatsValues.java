package org.borealis.sql.stats;

import java.util.Arrays;
import java.util.List;

import org.borealis.sql.engine.ColumnStatistics;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RowCodec;

/** The value lists of {@link ColumnStatistics} as bytes: one {@link RowCodec} row of the column's type. */
public final class StatsValues {

    private StatsValues() {
    }

    static byte[] encode(Object[] values, PgType type) {
        PgType[] types = new PgType[values.length];
        Arrays.fill(types, type);
        return RowCodec.encode(values, types);
    }

    static List<Object> decode(byte[] bytes, int count, PgType type) {
        PgType[] types = new PgType[count];
        Arrays.fill(types, type);
        return Arrays.asList(RowCodec.decode(bytes, types));
    }

    /** The statistics of a column of type {@code type}, decoded; null when they were taken of another type. */
    public static ColumnStats decode(ColumnStatistics raw, PgType type) {
        if (raw == null || raw.typeOid() != type.oid()) {
            return null;
        }
        return new ColumnStats(raw, type, decode(raw.mcvValues(), raw.mcvCount(), type),
                decode(raw.histogramValues(), raw.histogramCount(), type));
    }
}
