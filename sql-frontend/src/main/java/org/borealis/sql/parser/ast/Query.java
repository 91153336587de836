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

    /**
     * A WITH item; {@code recursive} when its WITH says RECURSIVE. A data-modifying one (INSERT,
     * UPDATE or DELETE) has its statement in {@code modifying} and no {@code query}; {@code pos} is
     * where its name starts.
     */
    public record Cte(String name, List<String> columns, Query query, boolean recursive, Statement modifying, int pos) {
        public Cte(String name, List<String> columns, Query query) {
            this(name, columns, query, false, null, 0);
        }

        public Cte(String name, List<String> columns, Query query, boolean recursive) {
            this(name, columns, query, recursive, null, 0);
        }

        /** The query or the data-modifying statement. */
        public Statement body() {
            return modifying != null ? modifying : query;
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
