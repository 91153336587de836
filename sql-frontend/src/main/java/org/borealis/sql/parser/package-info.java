/**
 * The SQL parser: the ANTLR4 grammar {@code src/main/antlr4/.../Sql.g4} and the builders that turn
 * its parse trees into the AST of {@link org.borealis.sql.parser.ast}. Start with
 * {@link org.borealis.sql.parser.StatementParser}.
 */
package org.borealis.sql.parser;
