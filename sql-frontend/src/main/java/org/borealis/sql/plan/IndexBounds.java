package org.borealis.sql.plan;

import java.util.List;

import org.borealis.sql.exec.expr.BoundExpr;

/**
 * What an index scan reads: equality values for a prefix of the index columns, then optionally a
 * range on the next column. Values are expressions of each column's type (constants or
 * parameters), evaluated when the scan opens.
 */
public record IndexBounds(List<BoundExpr> equal, BoundExpr low, boolean lowInclusive, BoundExpr high,
                          boolean highInclusive) {
}
