package org.borealis.sql.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the last ANALYZE of a table stored: the row and page counts it found (PostgreSQL's
 * {@code pg_class.reltuples}/{@code relpages}), when it ran, and per-column statistics.
 *
 * @param tableOid   the table
 * @param reltuples  live rows the table held
 * @param relpages   pages of its main fork
 * @param analyzedAt when, in microseconds since the Unix epoch
 * @param columns    one entry per analysed column, by attnum
 */
public record TableStatistics(int tableOid, double reltuples, long relpages, long analyzedAt,
                              List<ColumnStatistics> columns) {

    public TableStatistics {
        columns = List.copyOf(columns);
    }

    public Optional<ColumnStatistics> column(int attnum) {
        for (ColumnStatistics c : columns) {
            if (c.attnum() == attnum) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** These statistics without column {@code attnum}'s (dropped, or its type changed). */
    public TableStatistics without(int attnum) {
        List<ColumnStatistics> rest = new ArrayList<>(columns);
        rest.removeIf(c -> c.attnum() == attnum);
        return new TableStatistics(tableOid, reltuples, relpages, analyzedAt, rest);
    }
}
