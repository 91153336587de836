package org.borealis.sql.exec.expr;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * POSIX regular-expression match: {@code ~}, {@code ~*} (case-insensitive) and their negations
 * {@code !~}, {@code !~*}. The pattern is translated to a Java regex ({@link Regexes}); the last
 * compiled pattern is kept, so a constant pattern compiles once.
 */
public final class RegexExpr extends BoundExpr {

    private final BoundExpr value;
    private final BoundExpr pattern;
    private final boolean caseInsensitive;
    private final boolean negated;
    private String lastText;
    private Pattern last;

    public RegexExpr(BoundExpr value, BoundExpr pattern, boolean caseInsensitive, boolean negated) {
        this.value = value;
        this.pattern = pattern;
        this.caseInsensitive = caseInsensitive;
        this.negated = negated;
    }

    @Override
    public PgType type() {
        return Types.BOOL;
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        Object v = value.eval(ctx, row);
        Object p = pattern.eval(ctx, row);
        if (v == null || p == null) {
            return null;
        }
        String text = (String) p;
        if (!text.equals(lastText)) {
            last = Regexes.compile(text, caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
            lastText = text;
        }
        return last.matcher((String) v).find() != negated;
    }

    @Override
    public List<BoundExpr> children() {
        return List.of(value, pattern);
    }

    /** PostgreSQL's error for a pattern that does not compile. */
    static SqlException invalid(String text, PatternSyntaxException e) {
        return new SqlException(SqlState.INVALID_REGULAR_EXPRESSION, "invalid regular expression: "
                + e.getDescription());
    }
}
