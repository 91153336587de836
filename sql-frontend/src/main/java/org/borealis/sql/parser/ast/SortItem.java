package org.borealis.sql.parser.ast;

/** One ORDER BY item; {@code nullsFirst} null means the direction's default. */
public record SortItem(Expr expr, boolean descending, Boolean nullsFirst) {
}
