package org.borealis.sql.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.Regexes;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * String functions beyond the basics in {@link Functions}: replace, split_part, concat[_ws],
 * left/right, repeat, lpad/rpad, reverse, initcap, format, ascii/chr, md5, to_hex, starts_with,
 * quote_ident/quote_literal/quote_nullable, translate, octet_length and regexp_replace. Values of
 * any type reach concat/format/quote_literal in their output text, as PostgreSQL prints them.
 */
final class StringFunctions {

    private final Coercion co;

    StringFunctions(Coercion co) {
        this.co = co;
    }

    /** The function, or null when no string function has this name. */
    BoundExpr call(String name, List<BoundExpr> args, int pos) {
        int n = args.size();
        switch (name) {
            case "octet_length", "bit_length": {
                Functions.arity(name, args, 1, pos);
                int bits = name.equals("bit_length") ? 8 : 1;
                if (Coercion.typeOf(args.get(0)) == Types.BYTEA) {
                    return Functions.fn(name, args, Types.INT4, (c, v) -> ((byte[]) v[0]).length * bits, false);
                }
                if (Coercion.typeOf(args.get(0)) == Types.BPCHAR && bits == 1) {
                    // character keeps its padding here, as PostgreSQL's bpcharoctetlen
                    return Functions.fn(name, args, Types.INT4, (c, v) -> ((String) v[0]).getBytes(StandardCharsets.UTF_8).length * bits, false);
                }
                return text(name, args, 1, Types.INT4, pos, v -> v[0].getBytes(StandardCharsets.UTF_8).length * bits);
            }
            case "overlay": {
                if (n < 3 || n > 4) {
                    return null;
                }
                List<BoundExpr> a = new ArrayList<>(List.of(text(args.get(0), pos), text(args.get(1), pos), integer(args.get(2), pos)));
                if (n == 4) {
                    a.add(integer(args.get(3), pos));
                }
                return Functions.fn(name, a, Types.TEXT, (c, v) -> overlay((String) v[0], (String) v[1], (Integer) v[2],
                        v.length > 3 ? (Integer) v[3] : null), false);
            }
            case "replace":
                return text(name, args, 3, Types.TEXT, pos, v -> v[1].isEmpty() ? v[0] : v[0].replace(v[1], v[2]));
            case "split_part": {
                Functions.arity(name, args, 3, pos);
                List<BoundExpr> a = List.of(text(args.get(0), pos), text(args.get(1), pos), integer(args.get(2), pos));
                return Functions.fn(name, a, Types.TEXT, (c, v) -> splitPart((String) v[0], (String) v[1], (Integer) v[2]), false);
            }
            case "concat":
                if (n == 0) {
                    return null;
                }
                return anyText(name, args, 0, (c, v, t) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < v.length; i++) {
                        if (v[i] != null) {
                            sb.append(out(c, v[i], t[i]));
                        }
                    }
                    return sb.toString();
                }, false);
            case "concat_ws": {
                if (n < 1) {
                    return null;
                }
                return anyText(name, args, 1, (c, v, t) -> {
                    if (v[0] == null) {
                        return null;
                    }
                    StringBuilder sb = new StringBuilder();
                    boolean first = true;
                    for (int i = 1; i < v.length; i++) {
                        if (v[i] != null) {
                            sb.append(first ? "" : (String) v[0]).append(out(c, v[i], t[i]));
                            first = false;
                        }
                    }
                    return sb.toString();
                }, false);
            }
            case "left", "right": {
                Functions.arity(name, args, 2, pos);
                boolean left = name.equals("left");
                List<BoundExpr> a = List.of(text(args.get(0), pos), integer(args.get(1), pos));
                return Functions.fn(name, a, Types.TEXT, (c, v) -> leftRight((String) v[0], (Integer) v[1], left), false);
            }
            case "repeat": {
                Functions.arity(name, args, 2, pos);
                List<BoundExpr> a = List.of(text(args.get(0), pos), integer(args.get(1), pos));
                return Functions.fn(name, a, Types.TEXT, (c, v) -> {
                    int times = (Integer) v[1];
                    String s = (String) v[0];
                    if (times > 0 && (long) s.length() * times > 256L * 1024 * 1024) {
                        throw new SqlException(SqlState.PROGRAM_LIMIT_EXCEEDED, "requested length too large");
                    }
                    return times <= 0 ? "" : s.repeat(times);
                }, false);
            }
            case "lpad", "rpad": {
                if (n < 2 || n > 3) {
                    return null;
                }
                List<BoundExpr> a = new ArrayList<>(List.of(text(args.get(0), pos), integer(args.get(1), pos)));
                if (n == 3) {
                    a.add(text(args.get(2), pos));
                }
                boolean lpad = name.equals("lpad");
                return Functions.fn(name, a, Types.TEXT, (c, v) -> pad((String) v[0], (Integer) v[1],
                        v.length > 2 ? (String) v[2] : " ", lpad), false);
            }
            case "reverse":
                return text(name, args, 1, Types.TEXT, pos, v -> new StringBuilder(v[0]).reverse().toString());
            case "initcap":
                return text(name, args, 1, Types.TEXT, pos, v -> initcap(v[0]));
            case "starts_with":
                return text(name, args, 2, Types.BOOL, pos, v -> v[0].startsWith(v[1]));
            case "translate":
                return text(name, args, 3, Types.TEXT, pos, v -> translate(v[0], v[1], v[2]));
            case "ascii":
                return text(name, args, 1, Types.INT4, pos, v -> v[0].isEmpty() ? 0 : v[0].codePointAt(0));
            case "chr": {
                Functions.arity(name, args, 1, pos);
                return Functions.fn(name, List.of(integer(args.get(0), pos)), Types.TEXT, (c, v) -> {
                    int cp = (Integer) v[0];
                    if (cp == 0) {
                        throw new SqlException(SqlState.PROGRAM_LIMIT_EXCEEDED, "null character not permitted");
                    }
                    if (cp < 0) {
                        throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "character number must be positive");
                    }
                    if (cp > Character.MAX_CODE_POINT) {
                        throw new SqlException(SqlState.PROGRAM_LIMIT_EXCEEDED, "requested character too large for encoding: " + cp);
                    }
                    if (cp >= 0xD800 && cp <= 0xDFFF) {
                        throw new SqlException(SqlState.PROGRAM_LIMIT_EXCEEDED, "requested character not valid for encoding: " + cp);
                    }
                    return new String(Character.toChars(cp));
                }, false);
            }
            case "md5": {
                Functions.arity(name, args, 1, pos);
                BoundExpr a = Coercion.typeOf(args.get(0)) == Types.BYTEA ? args.get(0) : text(args.get(0), pos);
                return Functions.fn(name, List.of(a), Types.TEXT, (c, v) -> md5(v[0] instanceof byte[] b ? b
                        : ((String) v[0]).getBytes(StandardCharsets.UTF_8)), false);
            }
            case "to_hex": {
                Functions.arity(name, args, 1, pos);
                PgType t = Coercion.typeOf(args.get(0)) == Types.INT8 ? Types.INT8 : Types.INT4;
                BoundExpr a = co.coerce(args.get(0), t, Casts.Context.IMPLICIT, pos);
                return Functions.fn(name, List.of(a), Types.TEXT, (c, v) -> v[0] instanceof Long l ? Long.toHexString(l)
                        : Integer.toHexString((Integer) v[0]), false);
            }
            case "quote_ident":
                return text(name, args, 1, Types.TEXT, pos, v -> quoteIdent(v[0]));
            case "quote_literal", "quote_nullable": {
                Functions.arity(name, args, 1, pos);
                boolean nullable = name.equals("quote_nullable");
                return anyText(name, args, 0, (c, v, t) -> v[0] == null ? (nullable ? "NULL" : null)
                        : quoteLiteral(out(c, v[0], t[0])), false);
            }
            case "format":
                if (n < 1) {
                    return null;
                }
                return anyText(name, args, 1, (c, v, t) -> v[0] == null ? null : Format.format((String) v[0], v, t, c), false);
            case "regexp_replace": {
                if (n < 3 || n > 4) {
                    return null;
                }
                List<BoundExpr> a = new ArrayList<>();
                for (BoundExpr e : args) {
                    a.add(text(e, pos));
                }
                return Functions.fn(name, a, Types.TEXT, (c, v) -> regexpReplace((String) v[0], (String) v[1], (String) v[2],
                        v.length > 3 ? (String) v[3] : ""), false);
            }
            default:
                return null;
        }
    }

    /** A strict function of text arguments. */
    private BoundExpr text(String name, List<BoundExpr> args, int arity, PgType result, int pos,
                           java.util.function.Function<String[], Object> body) {
        Functions.arity(name, args, arity, pos);
        List<BoundExpr> a = new ArrayList<>();
        for (BoundExpr e : args) {
            a.add(text(e, pos));
        }
        return Functions.fn(name, a, result, (c, v) -> {
            String[] s = new String[v.length];
            for (int i = 0; i < v.length; i++) {
                s[i] = (String) v[i];
            }
            return body.apply(s);
        }, false);
    }

    /** A body over values of any type, given with their types. */
    @FunctionalInterface
    interface AnyBody {
        Object apply(ExecContext ctx, Object[] values, PgType[] types);
    }

    /** A non-strict function whose first {@code textArgs} arguments are text and the rest of any type. */
    private BoundExpr anyText(String name, List<BoundExpr> args, int textArgs, AnyBody body, boolean strict) {
        List<BoundExpr> a = new ArrayList<>();
        PgType[] types = new PgType[args.size()];
        for (int i = 0; i < args.size(); i++) {
            BoundExpr e = args.get(i);
            if (i < textArgs || Coercion.isUnknown(e)) {
                e = text(e, 0);
            }
            a.add(e);
            types[i] = Coercion.typeOf(e);
        }
        return Functions.fn(name, a, Types.TEXT, (c, v) -> body.apply(c, v, types), false, strict);
    }

    private BoundExpr text(BoundExpr e, int pos) {
        return co.coerce(e, Types.TEXT, Casts.Context.IMPLICIT, pos);
    }

    private BoundExpr integer(BoundExpr e, int pos) {
        return co.coerce(e, Types.INT4, Casts.Context.IMPLICIT, pos);
    }

    static String out(ExecContext c, Object v, PgType t) {
        return v instanceof String s ? s : t.formatText(v, c.format());
    }

    private static String splitPart(String s, String delim, int field) {
        if (field == 0) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "field position must not be zero");
        }
        List<String> parts = new ArrayList<>();
        if (delim.isEmpty()) {
            parts.add(s);
        } else {
            int from = 0;
            while (true) {
                int i = s.indexOf(delim, from);
                if (i < 0) {
                    parts.add(s.substring(from));
                    break;
                }
                parts.add(s.substring(from, i));
                from = i + delim.length();
            }
        }
        int idx = field > 0 ? field - 1 : parts.size() + field;
        return idx >= 0 && idx < parts.size() ? parts.get(idx) : "";
    }

    private static String leftRight(String s, int n, boolean left) {
        int len = s.codePointCount(0, s.length());
        int take = n >= 0 ? Math.min(n, len) : Math.max(len + n, 0);
        if (left) {
            return s.substring(0, s.offsetByCodePoints(0, take));
        }
        return s.substring(s.offsetByCodePoints(0, len - take));
    }

    private static String pad(String s, int len, String fill, boolean left) {
        if (len <= 0) {
            return "";
        }
        int have = s.codePointCount(0, s.length());
        if (have >= len || fill.isEmpty()) {
            return s.substring(0, s.offsetByCodePoints(0, Math.min(have, len)));
        }
        StringBuilder p = new StringBuilder();
        int[] f = fill.codePoints().toArray();
        for (int i = 0; i < len - have; i++) {
            p.appendCodePoint(f[i % f.length]);
        }
        return left ? p + s : s + p;
    }

    private static String initcap(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inWord = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean alnum = Character.isLetterOrDigit(cp);
            out.appendCodePoint(alnum && !inWord ? Character.toUpperCase(cp) : Character.toLowerCase(cp));
            inWord = alnum;
        }
        return out.toString();
    }

    private static String translate(String s, String from, String to) {
        StringBuilder out = new StringBuilder();
        int[] f = from.codePoints().toArray();
        int[] t = to.codePoints().toArray();
        s.codePoints().forEach(cp -> {
            int i = 0;
            while (i < f.length && f[i] != cp) {
                i++;
            }
            if (i == f.length) {
                out.appendCodePoint(cp);
            } else if (i < t.length) {
                out.appendCodePoint(t[i]);
            }
        });
        return out.toString();
    }

    private static String md5(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String quoteIdent(String s) {
        boolean plain = !s.isEmpty() && (Character.isLowerCase(s.charAt(0)) || s.charAt(0) == '_')
                && !Keywords.isReserved(s);
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        }
        return plain ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    static String quoteLiteral(String s) {
        String body = s.replace("'", "''");
        if (s.indexOf('\\') >= 0) {
            return "E'" + body.replace("\\", "\\\\") + "'";
        }
        return "'" + body + "'";
    }

    private static String regexpReplace(String s, String pattern, String repl, String flags) {
        int f = 0;
        boolean global = false;
        for (char c : flags.toCharArray()) {
            switch (c) {
                case 'g' -> global = true;
                case 'i' -> f |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'c' -> f &= ~(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                case 'n', 'm' -> f |= Pattern.MULTILINE;
                case 's' -> f |= Pattern.DOTALL;
                case 'x' -> f |= Pattern.COMMENTS;
                default -> throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "invalid regular expression option: \"" + c + "\"");
            }
        }
        Matcher m = Regexes.compile(pattern, f).matcher(s);
        String r = Regexes.replacement(repl);
        return global ? m.replaceAll(r) : m.replaceFirst(r);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** overlay(s PLACING r FROM start [FOR count]): count defaults to r's length; 22011 for start &lt; 1. */
    static String overlay(String s, String r, int start, Integer count) {
        int len = count != null ? count : r.codePointCount(0, r.length());
        if (start < 1 || len < 0 && start + len < 1) {
            throw new SqlException(SqlState.SUBSTRING_ERROR, "negative substring length not allowed");
        }
        String head = Functions.substring(s, 1, start - 1);
        String tail = Functions.substring(s, start + len, null);
        return head + r + tail;
    }
}
