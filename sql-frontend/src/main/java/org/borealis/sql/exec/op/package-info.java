/**
 * Pull-based operators over rows of typed values: {@link org.borealis.sql.exec.op.Operator} (read
 * first), filters, projections, sort, limit, hash aggregation, nested-loop joins, distinct, union,
 * VALUES and generate_series. Table scans live in {@code exec.storage}.
 */
package org.borealis.sql.exec.op;
