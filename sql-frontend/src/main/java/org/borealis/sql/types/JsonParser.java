package org.borealis.sql.types;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * The JSON text parser (RFC 8259, as PostgreSQL's json_lex/parse) with PostgreSQL's error
 * DETAILs. It builds one of two trees:
 *
 * <ul>
 *   <li>jsonb ({@link #parseJsonb}): canonical nodes, see {@link Jsonb}: objects as
 *       {@link TreeMap} in {@link Jsonb#KEY_ORDER} (last duplicate wins), arrays as {@link List},
 *       numbers as {@link BigDecimal}, strings as {@link String} (escapes decoded; {@code \u0000}
 *       refused), {@link Boolean} and {@link Jsonb#NULL}.
 *   <li>json ({@link #parseRaw}): every value kept with its source text as {@link Raw}, objects
 *       as {@link RawObject} in written order with duplicates, so the json operators hand back
 *       exactly what the client wrote.
 * </ul>
 *
 * Nesting is bounded by {@link #MAX_DEPTH}: deeper input is 54001 rather than a stack overflow.
 */
public final class JsonParser {

    /** The deepest nesting of arrays and objects accepted. */
    public static final int MAX_DEPTH = 1000;

    /** A json value with the text it was parsed from (whitespace trimmed). */
    public record Raw(String text, Object node) {
    }

    /** A json object as written: keys in order, duplicates kept. */
    public record RawObject(List<String> keys, List<Raw> values) {
    }

    private final String s;
    private final boolean raw;
    private int p;
    private int depth;

    private JsonParser(String s, boolean raw) {
        this.s = s;
        this.raw = raw;
    }

    /** Parses jsonb text to its canonical node. */
    public static Object parseJsonb(String text) {
        return new JsonParser(text, false).document();
    }

    /** Parses json text keeping source slices: the root is a {@link Raw}. */
    public static Raw parseRaw(String text) {
        return (Raw) new JsonParser(text, true).document();
    }

    /** Validates json text (json_in), throwing 22P02 with PostgreSQL's DETAIL when it is not JSON. */
    public static void validate(String text) {
        new JsonParser(text, true).document();
    }

    private Object document() {
        Object v = value();
        skipWs();
        if (p < s.length()) {
            throw syntax("Expected end of input, but found \"" + token() + "\".");
        }
        return v;
    }

    private Object value() {
        skipWs();
        int start = p;
        Object v = bare(null);
        return raw ? new Raw(s.substring(start, p), v) : v;
    }

    /** A value whose first token has not been read; {@code expected} names the DETAIL when it is missing. */
    private Object bare(String expected) {
        if (p >= s.length()) {
            throw syntax("The input string ended unexpectedly.");
        }
        char c = s.charAt(p);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case ']', '}', ',', ':':
                throw syntax((expected == null ? "Expected JSON value" : expected) + ", but found \"" + c + "\".");
            default:
                return scalar();
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new SqlException(SqlState.STATEMENT_TOO_COMPLEX, "stack depth limit exceeded")
                    .withDetail("JSON nesting deeper than " + MAX_DEPTH + " levels is not supported.");
        }
    }

    private Object object() {
        enter();
        p++;
        TreeMap<String, Object> map = raw ? null : new TreeMap<>(Jsonb.KEY_ORDER);
        List<String> keys = raw ? new ArrayList<>() : null;
        List<Raw> values = raw ? new ArrayList<>() : null;
        skipWs();
        if (p < s.length() && s.charAt(p) == '}') {
            p++;
            depth--;
            return raw ? new RawObject(keys, values) : map;
        }
        boolean first = true;
        while (true) {
            skipWs();
            if (p >= s.length()) {
                throw syntax("The input string ended unexpectedly.");
            }
            if (s.charAt(p) != '"') {
                throw syntax((first ? "Expected string or \"}\"" : "Expected string") + ", but found \"" + token() + "\".");
            }
            first = false;
            String key = string();
            skipWs();
            if (p >= s.length()) {
                throw syntax("The input string ended unexpectedly.");
            }
            if (s.charAt(p) != ':') {
                throw syntax("Expected \":\", but found \"" + token() + "\".");
            }
            p++;
            skipWs();
            int start = p;
            Object v = bare(null);
            if (raw) {
                keys.add(key);
                values.add(new Raw(s.substring(start, p), v));
            } else {
                map.put(key, v);
            }
            skipWs();
            if (p >= s.length()) {
                throw syntax("The input string ended unexpectedly.");
            }
            char c = s.charAt(p);
            if (c == '}') {
                p++;
                depth--;
                return raw ? new RawObject(keys, values) : map;
            }
            if (c != ',') {
                throw syntax("Expected \",\" or \"}\", but found \"" + token() + "\".");
            }
            p++;
        }
    }

    private Object array() {
        enter();
        p++;
        List<Object> items = new ArrayList<>();
        skipWs();
        if (p < s.length() && s.charAt(p) == ']') {
            p++;
            depth--;
            return items;
        }
        boolean first = true;
        while (true) {
            skipWs();
            int start = p;
            Object v = bare(first ? "Expected array element or \"]\"" : null);
            first = false;
            items.add(raw ? new Raw(s.substring(start, p), v) : v);
            skipWs();
            if (p >= s.length()) {
                throw syntax("The input string ended unexpectedly.");
            }
            char c = s.charAt(p);
            if (c == ']') {
                p++;
                depth--;
                return items;
            }
            if (c != ',') {
                throw syntax("Expected \",\" or \"]\", but found \"" + token() + "\".");
            }
            p++;
        }
    }

    private String string() {
        int open = p++;
        StringBuilder b = new StringBuilder();
        while (true) {
            if (p >= s.length()) {
                p = open;
                throw syntax("The input string ended unexpectedly.");
            }
            char c = s.charAt(p++);
            if (c == '"') {
                return b.toString();
            }
            if (c < 0x20) {
                throw syntax(String.format("Character with value 0x%02x must be escaped.", (int) c));
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (p >= s.length()) {
                throw syntax("The input string ended unexpectedly.");
            }
            char e = s.charAt(p++);
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> unicode(b);
                default -> throw syntax("Escape sequence \"\\" + escapeToken(p - 1) + "\" is invalid.");
            }
        }
    }

    private String escapeToken(int from) {
        int e = from;
        while (e < s.length() && Character.isLetterOrDigit(s.charAt(e)) && e - from < 1) {
            e++;
        }
        return s.substring(from, Math.max(e, from + 1));
    }

    private void unicode(StringBuilder b) {
        int cp = hex4();
        if (Character.isHighSurrogate((char) cp)) {
            if (p + 1 < s.length() && s.charAt(p) == '\\' && s.charAt(p + 1) == 'u') {
                p += 2;
                int lo = hex4();
                if (!Character.isLowSurrogate((char) lo)) {
                    throw syntax("Unicode low surrogate must follow a high surrogate.");
                }
                b.append((char) cp).append((char) lo);
                return;
            }
            throw syntax("Unicode low surrogate must follow a high surrogate.");
        }
        if (Character.isLowSurrogate((char) cp)) {
            throw syntax("Unicode low surrogate must follow a high surrogate.");
        }
        if (cp == 0 && !raw) {
            throw new SqlException(SqlState.UNTRANSLATABLE_CHARACTER, "unsupported Unicode escape sequence")
                    .withDetail("\\u0000 cannot be converted to text.");
        }
        b.append((char) cp);
    }

    private int hex4() {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            char c = p < s.length() ? s.charAt(p) : 'x';
            int d = c < 128 ? Character.digit(c, 16) : -1;
            if (d < 0) {
                throw syntax("\"\\u\" must be followed by four hexadecimal digits.");
            }
            v = v * 16 + d;
            p++;
        }
        return v;
    }

    private Object scalar() {
        String t = token();
        p += t.length();
        switch (t) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
                return Jsonb.NULL;
            default:
                if (!isNumber(t)) {
                    p -= t.length();
                    throw syntax("Token \"" + t + "\" is invalid.");
                }
                return Jsonb.number(t);
        }
    }

    static boolean isNumber(String t) {
        int i = 0;
        int n = t.length();
        if (i < n && t.charAt(i) == '-') {
            i++;
        }
        if (i >= n || !digit(t.charAt(i))) {
            return false;
        }
        if (t.charAt(i) == '0') {
            i++;
        } else {
            while (i < n && digit(t.charAt(i))) {
                i++;
            }
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            int d = i;
            while (i < n && digit(t.charAt(i))) {
                i++;
            }
            if (i == d) {
                return false;
            }
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                i++;
            }
            int d = i;
            while (i < n && digit(t.charAt(i))) {
                i++;
            }
            if (i == d) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The token at the cursor, as PostgreSQL's lexer cuts it for error messages. */
    private String token() {
        if (p >= s.length()) {
            return "";
        }
        char c = s.charAt(p);
        if ("{}[],:".indexOf(c) >= 0) {
            return String.valueOf(c);
        }
        if (c == '"') {
            int e = p + 1;
            while (e < s.length() && s.charAt(e) != '"') {
                e += s.charAt(e) == '\\' ? 2 : 1;
            }
            return s.substring(p, Math.min(e + 1, s.length()));
        }
        int e = p;
        while (e < s.length() && " \t\n\r{}[],:\"".indexOf(s.charAt(e)) < 0) {
            e++;
        }
        return s.substring(p, e);
    }

    private void skipWs() {
        while (p < s.length()) {
            char c = s.charAt(p);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            p++;
        }
    }

    private SqlException syntax(String detail) {
        return new SqlException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type json").withDetail(detail);
    }
}
