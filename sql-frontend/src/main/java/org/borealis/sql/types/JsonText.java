package org.borealis.sql.types;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Printing JSON as PostgreSQL does: jsonb's canonical text, jsonb_pretty, and string quoting (escape_json). */
public final class JsonText {

    private JsonText() {
    }

    /** Appends a jsonb node in jsonb_out's form: one space after {@code :} and {@code ,}. */
    public static void print(Object node, StringBuilder b) {
        if (node instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(first ? "" : ", ");
                first = false;
                quote((String) e.getKey(), b);
                b.append(": ");
                print(e.getValue(), b);
            }
            b.append('}');
        } else if (node instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                b.append(i > 0 ? ", " : "");
                print(l.get(i), b);
            }
            b.append(']');
        } else {
            scalar(node, b);
        }
    }

    /** Appends a scalar node: strings quoted, numbers as numeric text. */
    public static void scalar(Object node, StringBuilder b) {
        if (node instanceof String s) {
            quote(s, b);
        } else if (node instanceof BigDecimal d) {
            b.append(d.toPlainString());
        } else {
            b.append(node);
        }
    }

    /** jsonb_pretty: four-space indents, one member per line. */
    public static String pretty(Object node) {
        StringBuilder b = new StringBuilder();
        pretty(node, b, 0);
        return b.toString();
    }

    private static void pretty(Object node, StringBuilder b, int level) {
        if (node instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                b.append("{\n").append("    ".repeat(level)).append('}');
                return;
            }
            b.append("{\n");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(first ? "" : ",\n").append("    ".repeat(level + 1));
                first = false;
                quote((String) e.getKey(), b);
                b.append(": ");
                pretty(e.getValue(), b, level + 1);
            }
            b.append('\n').append("    ".repeat(level)).append('}');
        } else if (node instanceof List<?> l) {
            if (l.isEmpty()) {
                b.append("[\n").append("    ".repeat(level)).append(']');
                return;
            }
            b.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                b.append(i > 0 ? ",\n" : "").append("    ".repeat(level + 1));
                pretty(l.get(i), b, level + 1);
            }
            b.append('\n').append("    ".repeat(level)).append(']');
        } else {
            scalar(node, b);
        }
    }

    /** Appends {@code s} as a JSON string literal, escaping as PostgreSQL's escape_json. */
    public static void quote(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        quote(s, b);
        return b.toString();
    }
}
