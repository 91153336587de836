/**
 * The abstract syntax tree: immutable records for statements
 * ({@link org.borealis.sql.parser.ast.Statement}, {@link org.borealis.sql.parser.ast.Query}),
 * query bodies, FROM items and expressions ({@link org.borealis.sql.parser.ast.Expr}). Positions
 * are 0-based character offsets into the query text.
 */
package org.borealis.sql.parser.ast;
