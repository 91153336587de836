/**
 * Column statistics: {@link org.borealis.sql.stats.ColumnAnalyzer} (read first) computes what
 * ANALYZE stores for a column from a sample, by PostgreSQL 15's rules; {@link
 * org.borealis.sql.stats.StatsValues} encodes and decodes the value lists; {@link
 * org.borealis.sql.stats.ColumnStats} is the decoded form the planner and {@code pg_stats} read.
 */
package org.borealis.sql.stats;
