package org.borealis.sql.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.parser.ast.Statement;

/**
 * The parser's entry point: query text to a list of {@link ParsedStatement}s. Syntax errors are
 * 42601 with PostgreSQL's wording ({@code syntax error at or near "x"}, {@code at end of input})
 * and the 1-based position of the offending token. Parses in ANTLR's fast SLL mode first and
 * falls back to full LL only when SLL fails. Stateless and thread-safe.
 */
public final class StatementParser {

    private StatementParser() {
    }

    /** Parses a query string that may hold several statements separated by semicolons. */
    public static List<ParsedStatement> parse(String sql) {
        SqlParser.ScriptContext tree = tree(sql);
        AstBuilder builder = new AstBuilder(sql);
        List<ParsedStatement> out = new ArrayList<>();
        for (SqlParser.StatementContext s : tree.statement()) {
            int start = s.start.getStartIndex();
            int stop = s.stop == null ? start - 1 : s.stop.getStopIndex();
            Statement st = builder.statement(s);
            out.add(new ParsedStatement(st, sql.substring(start, stop + 1), start));
        }
        return out;
    }

    /** Parses exactly one statement (the extended protocol allows at most one per Parse). */
    public static ParsedStatement parseOne(String sql) {
        List<ParsedStatement> all = parse(sql);
        if (all.size() > 1) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "cannot insert multiple commands into a prepared statement");
        }
        return all.isEmpty() ? null : all.get(0);
    }

    private static SqlParser.ScriptContext tree(String sql) {
        SqlLexer lexer = new SqlLexer(CharStreams.fromString(sql));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        SqlParser parser = new SqlParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return parser.script();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(new ThrowingListener(sql));
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            return parser.script();
        }
    }

    /** Turns the first syntax error into PostgreSQL's message. */
    private static final class ThrowingListener extends BaseErrorListener {
        private final String sql;

        ThrowingListener(String sql) {
            this.sql = sql;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
                                RecognitionException e) {
            Token t = (Token) offending;
            if (t == null || t.getType() == Token.EOF) {
                throw new SqlException(SqlState.SYNTAX_ERROR, "syntax error at end of input")
                        .withPosition(sql.length() + 1);
            }
            String text = t.getText();
            if (t.getType() == SqlLexer.ERROR_CHAR && text.equals("'")) {
                throw new SqlException(SqlState.SYNTAX_ERROR, "unterminated quoted string at or near \""
                        + sql.substring(t.getStartIndex()) + "\"").withPosition(sql.codePointCount(0, t.getStartIndex()) + 1);
            }
            throw new SqlException(SqlState.SYNTAX_ERROR, "syntax error at or near \"" + text + "\"")
                    .withPosition(sql.codePointCount(0, t.getStartIndex()) + 1);
        }
    }
}
