package org.borealis.sql.plan;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;

/**
 * PostgreSQL's {@code format(fmt, args...)}: {@code %s} (value as text, NULL as empty),
 * {@code %I} (quoted identifier), {@code %L} (quoted literal, NULL unquoted), {@code %%}, with
 * optional {@code n$} argument positions, {@code -} flag and width (digits, or {@code *} / {@code *n$}
 * taking it from an argument: NULL is none, negative aligns left).
 */
final class Format {

    private Format() {
    }

    /** {@code values[0]} is the format string; arguments start at index 1. */
    static String format(String fmt, Object[] values, PgType[] types, ExecContext ctx) {
        StringBuilder out = new StringBuilder();
        int next = 1;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (++i >= fmt.length()) {
                throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "unterminated format() type specifier")
                        .withHint("For a single \"%\" use \"%%\".");
            }
            if (fmt.charAt(i) == '%') {
                out.append('%');
                continue;
            }
            int argIndex = -1;
            int j = i;
            while (j < fmt.length() && Character.isDigit(fmt.charAt(j))) {
                j++;
            }
            if (j > i && j < fmt.length() && fmt.charAt(j) == '$') {
                argIndex = Integer.parseInt(fmt.substring(i, j));
                if (argIndex == 0) {
                    throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "format specifies argument 0, but arguments are numbered from 1");
                }
                i = j + 1;
            }
            boolean leftAlign = false;
            if (i < fmt.length() && fmt.charAt(i) == '-') {
                leftAlign = true;
                i++;
            }
            int width = 0;
            int widthArg = -1;
            if (i < fmt.length() && fmt.charAt(i) == '*') {
                // width from an argument: the next one, or n$
                i++;
                int k = i;
                while (k < fmt.length() && Character.isDigit(fmt.charAt(k))) {
                    k++;
                }
                widthArg = 0;
                if (k > i && k < fmt.length() && fmt.charAt(k) == '$') {
                    widthArg = Integer.parseInt(fmt.substring(i, k));
                    if (widthArg == 0) {
                        throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "format specifies argument 0, but arguments are numbered from 1");
                    }
                    i = k + 1;
                }
            } else {
                while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                    width = width * 10 + (fmt.charAt(i++) - '0');
                }
            }
            if (i >= fmt.length()) {
                throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "unterminated format() type specifier")
                        .withHint("For a single \"%\" use \"%%\".");
            }
            if (widthArg >= 0) {
                int wa = widthArg > 0 ? widthArg : next;
                if (wa >= values.length) {
                    throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "too few arguments for format()");
                }
                next = wa + 1;
                Object w = values[wa];
                long wv = w == null ? 0 : w instanceof Number num ? num.longValue()
                        : Long.parseLong(StringFunctions.out(ctx, w, types[wa]).strip());
                if (wv < 0) {
                    leftAlign = true;
                    wv = -wv;
                }
                width = (int) Math.min(wv, Integer.MAX_VALUE);
            }
            char type = fmt.charAt(i);
            int arg = argIndex > 0 ? argIndex : next;
            next = arg + 1;
            if (arg >= values.length) {
                throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "too few arguments for format()");
            }
            Object v = values[arg];
            String s = switch (type) {
                case 's' -> v == null ? "" : StringFunctions.out(ctx, v, types[arg]);
                case 'I' -> {
                    if (v == null) {
                        throw new SqlException(SqlState.NULL_VALUE_NOT_ALLOWED, "null values cannot be formatted as an SQL identifier");
                    }
                    yield StringFunctions.quoteIdent(StringFunctions.out(ctx, v, types[arg]));
                }
                case 'L' -> v == null ? "NULL" : StringFunctions.quoteLiteral(StringFunctions.out(ctx, v, types[arg]));
                default -> throw new SqlException(SqlState.INVALID_PARAMETER_VALUE,
                        "unrecognized format() type specifier \"" + type + "\"")
                        .withHint("For a single \"%\" use \"%%\".");
            };
            if (s.length() < width) {
                String padding = " ".repeat(width - s.length());
                s = leftAlign ? s + padding : padding + s;
            }
            out.append(s);
        }
        return out.toString();
    }
}
