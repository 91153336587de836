package org.borealis.sql.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/** The text form of one-dimensional arrays: {@code [l:u]={a,"b c",NULL}} and element quoting. */
final class ArrayText {

    private ArrayText() {
    }

    /** An element as it appears inside braces: quoted when empty, NULL-like or holding special characters. */
    static String quote(String s) {
        boolean q = s.isEmpty() || s.equalsIgnoreCase("NULL");
        for (int i = 0; i < s.length() && !q; i++) {
            char c = s.charAt(i);
            q = c == '{' || c == '}' || c == ',' || c == '"' || c == '\\' || Character.isWhitespace(c);
        }
        if (!q) {
            return s;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    static PgArray parse(String text, PgType element, TextFormat format, PgType arrayType) {
        String s = text.strip();
        int lower = 1;
        int p = 0;
        if (s.startsWith("[")) {
            int eq = s.indexOf("]=");
            int colon = s.indexOf(':');
            if (eq < 0 || colon < 0 || colon > eq) {
                throw malformed(text, "Missing \"]\" after array dimensions.");
            }
            try {
                lower = Integer.parseInt(s.substring(1, colon).strip());
            } catch (NumberFormatException e) {
                throw malformed(text, "Array dimensions are not a number.");
            }
            p = eq + 2;
        }
        if (p >= s.length() || s.charAt(p) != '{') {
            throw malformed(text, "Array value must start with \"{\" or dimension information.");
        }
        p++;
        List<Object> items = new ArrayList<>();
        p = skipSpace(s, p);
        if (p < s.length() && s.charAt(p) == '}') {
            return finish(s, p + 1, text, lower, items);
        }
        while (true) {
            p = skipSpace(s, p);
            if (p >= s.length()) {
                throw malformed(text, "Unexpected end of input.");
            }
            if (s.charAt(p) == '{') {
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "multidimensional arrays are not supported");
            }
            StringBuilder v = new StringBuilder();
            boolean quoted = false;
            if (s.charAt(p) == '"') {
                quoted = true;
                p++;
                while (p < s.length() && s.charAt(p) != '"') {
                    if (s.charAt(p) == '\\' && p + 1 < s.length()) {
                        p++;
                    }
                    v.append(s.charAt(p++));
                }
                if (p >= s.length()) {
                    throw malformed(text, "Unexpected end of input.");
                }
                p++;
                p = skipSpace(s, p);
            } else {
                while (p < s.length() && s.charAt(p) != ',' && s.charAt(p) != '}') {
                    if (s.charAt(p) == '\\' && p + 1 < s.length()) {
                        p++;
                    }
                    if (s.charAt(p) == '"' || s.charAt(p) == '{') {
                        throw malformed(text, "Unexpected \"" + s.charAt(p) + "\" character.");
                    }
                    v.append(s.charAt(p++));
                }
            }
            String item = quoted ? v.toString() : v.toString().strip();
            items.add(!quoted && item.toUpperCase(Locale.ROOT).equals("NULL") ? null : element.parseText(item, format));
            if (p >= s.length()) {
                throw malformed(text, "Unexpected end of input.");
            }
            char c = s.charAt(p++);
            if (c == '}') {
                return finish(s, p, text, lower, items);
            }
            if (c != ',') {
                throw malformed(text, "Unexpected array element.");
            }
        }
    }

    private static PgArray finish(String s, int p, String text, int lower, List<Object> items) {
        if (skipSpace(s, p) != s.length()) {
            throw malformed(text, "Junk after closing right brace.");
        }
        return new PgArray(lower, items);
    }

    private static int skipSpace(String s, int p) {
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private static SqlException malformed(String text, String detail) {
        return new SqlException(SqlState.INVALID_TEXT_REPRESENTATION, "malformed array literal: \"" + text + "\"")
                .withDetail(detail);
    }
}
