package org.borealis.sql.parser;

import org.borealis.sql.parser.ast.Statement;

/** One statement of a query string: its AST, its own text and where that text starts. */
public record ParsedStatement(Statement statement, String text, int offset) {
}
