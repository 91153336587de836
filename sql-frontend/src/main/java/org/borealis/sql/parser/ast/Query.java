package org.borealis.sql.parser.ast;

import java.util.List;

/**
 * A query: a body (SELECT, VALUES or a set operation) with ORDER BY, LIMIT/OFFSET (or FETCH FIRST,
 * {@code withTies} for WITH TIES) and locking.
 * Also the statement form of SELECT.
 */
public record Query(List<Cte> with, QueryBody body, List<SortItem> orderBy, Expr limit, Expr offset,
                    Locking locking, boolean withTies) implements Statement {

    /** Without FETCH ... WITH TIES. */
    public Query(List<Cte> with, QueryBody body, List<SortItem> orderBy, Expr limit, Expr offset, Locking locking) {
        this(with, body, orderBy, limit, offset, locking, false);
    }

    /** A WITH item; {@code recursive} when its WITH says RECURSIVE. */
    public record Cte(String name, List<String> columns, Query query, boolean recursive) {
        public Cte(String name, List<String> columns, Query query) {
            this(name, columns, query, false);
        }
    }

    public Query {
        with = with == null ? List.of() : with;
        orderBy = orderBy == null ? List.of() : orderBy;
    }

    /** A bare body without ORDER BY/LIMIT. */
    public static Query of(QueryBody body) {
        return new Query(List.of(), body, List.of(), null, null, null);
    }
}
