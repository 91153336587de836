package org.borealis.sql.exec.expr;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates PostgreSQL's POSIX (ARE) regular expressions to {@link Pattern}: bracket classes
 * {@code [[:alpha:]]}, the word-boundary escapes {@code \m \M \y \Y}; everything else common to
 * both dialects passes through. Replacement strings use {@code \1}..{@code \9} and {@code \&}.
 */
public final class Regexes {

    private Regexes() {
    }

    public static Pattern compile(String are, int flags) {
        try {
            return Pattern.compile(translate(are), flags);
        } catch (PatternSyntaxException e) {
            throw RegexExpr.invalid(are, e);
        }
    }

    static String translate(String are) {
        StringBuilder out = new StringBuilder(are.length() + 8);
        boolean inBracket = false;
        for (int i = 0; i < are.length(); i++) {
            char c = are.charAt(i);
            if (c == '\\' && i + 1 < are.length()) {
                char n = are.charAt(i + 1);
                switch (n) {
                    case 'm' -> out.append("\\b(?=\\w)");
                    case 'M' -> out.append("\\b(?<=\\w)");
                    case 'y' -> out.append("\\b");
                    case 'Y' -> out.append("\\B");
                    default -> out.append(c).append(n);
                }
                i++;
            } else if (inBracket && c == '[' && i + 1 < are.length() && are.charAt(i + 1) == ':') {
                int end = are.indexOf(":]", i + 2);
                if (end < 0) {
                    out.append("\\[");
                    continue;
                }
                String cls = are.substring(i + 2, end);
                out.append(switch (cls) {
                    case "alpha" -> "\\p{Alpha}";
                    case "digit" -> "\\p{Digit}";
                    case "alnum" -> "\\p{Alnum}";
                    case "upper" -> "\\p{Upper}";
                    case "lower" -> "\\p{Lower}";
                    case "space" -> "\\s";
                    case "punct" -> "\\p{Punct}";
                    case "xdigit" -> "\\p{XDigit}";
                    case "word" -> "\\w";
                    default -> "\\p{Graph}";
                });
                i = end + 1;
            } else if (c == '[' && !inBracket) {
                inBracket = true;
                out.append(c);
                if (i + 1 < are.length() && are.charAt(i + 1) == '^') {
                    out.append('^');
                    i++;
                }
                if (i + 1 < are.length() && are.charAt(i + 1) == ']') {
                    out.append("\\]");
                    i++;
                }
            } else if (c == ']' && inBracket) {
                inBracket = false;
                out.append(c);
            } else if (inBracket && c == '[') {
                out.append("\\[");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A PostgreSQL replacement string ({@code \1}, {@code \&}) as a Java one ({@code $1}, {@code $0}). */
    public static String replacement(String pg) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pg.length(); i++) {
            char c = pg.charAt(i);
            if (c == '\\' && i + 1 < pg.length()) {
                char n = pg.charAt(++i);
                if (n >= '1' && n <= '9') {
                    out.append('$').append(n);
                } else if (n == '&') {
                    out.append("$0");
                } else {
                    out.append(java.util.regex.Matcher.quoteReplacement(String.valueOf(n)));
                }
            } else if (c == '$') {
                out.append("\\$");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
