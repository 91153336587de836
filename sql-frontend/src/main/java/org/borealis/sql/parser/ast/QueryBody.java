package org.borealis.sql.parser.ast;

import java.util.List;

/** What a query produces rows from. */
public sealed interface QueryBody {

    /** One SELECT. */
    record Select(boolean distinct, List<Expr> distinctOn, List<SelectItem> items, List<FromItem> from,
                  Expr where, List<Expr> groupBy, Expr having) implements QueryBody {
    }

    /** VALUES (...), (...). Items may be {@link Expr.Default} inside INSERT. */
    record Values(List<List<Expr>> rows) implements QueryBody {
    }

    /** UNION / INTERSECT / EXCEPT [ALL]. */
    record SetOp(String op, boolean all, QueryBody left, QueryBody right) implements QueryBody {
    }

    /** A parenthesised query with its own ORDER BY/LIMIT. */
    record Nested(Query query) implements QueryBody {
    }

    /** One output item: an expression with an optional alias, or a star. */
    record SelectItem(Expr expr, String alias) {
    }
}
