package org.borealis.sql.exec.op;

import java.util.List;

import org.borealis.sql.exec.expr.AggregateCall;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.types.PgType;

/**
 * One window function call: its name, arguments (or {@code aggregate} for an aggregate used as a
 * window function), PARTITION BY expressions and ORDER BY keys, all over the rows entering the
 * {@link WindowOp}, and its explicit frame ({@code frame}, null for the default).
 */
public record WindowCall(String name, List<BoundExpr> args, AggregateCall aggregate, List<BoundExpr> partitionBy,
                         List<SortOp.Key> orderBy, PgType type, WindowFrame frame) {

    /** With the default frame. */
    public WindowCall(String name, List<BoundExpr> args, AggregateCall aggregate, List<BoundExpr> partitionBy,
                      List<SortOp.Key> orderBy, PgType type) {
        this(name, args, aggregate, partitionBy, orderBy, type, null);
    }
}
