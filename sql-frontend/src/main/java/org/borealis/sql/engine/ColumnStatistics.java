package org.borealis.sql.engine;

/**
 * What ANALYZE found about one column (PostgreSQL's {@code pg_statistic} row). The catalog stores
 * the value lists as the SQL layer encoded them (in the column's type {@code typeOid}) without
 * reading them.
 *
 * @param attnum          the column's attnum (1-based)
 * @param typeOid         the column's type when analysed; values of another type are not to be read
 * @param nullFrac        fraction of the rows that are null
 * @param avgWidth        average stored width of the non-null values, in bytes
 * @param nDistinct       distinct non-null values: positive a count, negative minus a fraction of the rows
 * @param mcvCount        how many most common values {@code mcvValues} holds
 * @param mcvValues       the most common values, most common first, encoded; empty when none
 * @param mcvFreqs        each most common value's fraction of the rows
 * @param histogramCount  how many histogram bounds {@code histogramValues} holds (0, or at least 2)
 * @param histogramValues the bounds of equal-population buckets over the other values, ascending, encoded
 * @param correlation     correlation between the values' order and the rows' physical order, NaN when none
 */
public record ColumnStatistics(int attnum, int typeOid, float nullFrac, int avgWidth, float nDistinct, int mcvCount,
                               byte[] mcvValues, float[] mcvFreqs, int histogramCount, byte[] histogramValues,
                               float correlation) {
}
