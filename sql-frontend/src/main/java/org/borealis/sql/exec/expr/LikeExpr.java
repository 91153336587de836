package org.borealis.sql.exec.expr;

import java.util.regex.Pattern;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * {@code [NOT] LIKE / ILIKE} with {@code %}, {@code _} and an escape character (backslash by
 * default). A constant pattern is compiled once.
 */
public final class LikeExpr extends BoundExpr {

    private final BoundExpr operand;
    private final BoundExpr pattern;
    private final Character escape;
    private final boolean negated;
    private final boolean caseInsensitive;
    private Pattern compiled;
    private String compiledFrom;

    public LikeExpr(BoundExpr operand, BoundExpr pattern, Character escape, boolean negated, boolean caseInsensitive) {
        this.operand = operand;
        this.pattern = pattern;
        this.escape = escape;
        this.negated = negated;
        this.caseInsensitive = caseInsensitive;
    }

    public BoundExpr operand() {
        return operand;
    }

    public BoundExpr pattern() {
        return pattern;
    }

    public boolean negated() {
        return negated;
    }

    /** The escape character, or null for none ({@code ESCAPE ''}). */
    public Character escape() {
        return escape;
    }

    public boolean caseInsensitive() {
        return caseInsensitive;
    }

    @Override
    public PgType type() {
        return Types.BOOL;
    }

    @Override
    public Object eval(ExecContext ctx, Object[] row) {
        Object v = operand.eval(ctx, row);
        Object p = pattern.eval(ctx, row);
        if (v == null || p == null) {
            return null;
        }
        String ps = (String) p;
        if (compiled == null || !ps.equals(compiledFrom)) {
            compiled = toRegex(ps, escape, caseInsensitive);
            compiledFrom = ps;
        }
        return compiled.matcher((String) v).matches() != negated;
    }

    static Pattern toRegex(String like, Character escape, boolean ci) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (escape != null && c == escape) {
                if (i + 1 == like.length()) {
                    throw new SqlException(SqlState.INVALID_ESCAPE_SEQUENCE, "LIKE pattern must not end with escape character");
                }
                re.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                re.append(".*");
            } else if (c == '_') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL | (ci ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
    }

    @Override
    public java.util.List<BoundExpr> children() {
        return java.util.List.of(operand, pattern);
    }
}
