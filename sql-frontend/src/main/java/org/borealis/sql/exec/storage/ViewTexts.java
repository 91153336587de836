package org.borealis.sql.exec.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.borealis.sql.parser.SqlLexer;
import org.borealis.sql.pgcatalog.Idents;

/**
 * Rewrites of a view's stored query text (and search path) for a rename: PostgreSQL keeps views
 * parsed, by OID, so renaming what they read does not break them; here the text names things, so
 * a rename edits the names in it, token by token. The edit is a guess at which identifiers mean
 * the renamed object (a column of the same name is taken along), so {@link RelationMoves} plans
 * every rewritten view again and refuses the rename (0A000) unless it still reads the same
 * relations and gives the same columns.
 */
final class ViewTexts {

    private ViewTexts() {
    }

    /** A significant token: its character range and, for a word or quoted identifier, its name. */
    private record Tok(int start, int stop, String ident, boolean dot) {
    }

    private static List<Tok> tokens(String sql) {
        SqlLexer lexer = new SqlLexer(CharStreams.fromString(sql));
        lexer.removeErrorListeners();
        List<Tok> out = new ArrayList<>();
        for (Token t : lexer.getAllTokens()) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            String text = t.getText();
            String ident = null;
            if (t.getType() == SqlLexer.QUOTED_IDENTIFIER) {
                ident = text.substring(1, text.length() - 1).replace("\"\"", "\"");
            } else if (text.matches("[A-Za-z_\\u0080-\\uFFFF][A-Za-z_0-9$\\u0080-\\uFFFF]*")) {
                ident = text.toLowerCase(Locale.ROOT);
            }
            out.add(new Tok(t.getStartIndex(), t.getStopIndex() + 1, ident, t.getType() == SqlLexer.DOT));
        }
        return out;
    }

    private static boolean dotAt(List<Tok> ts, int i) {
        return i >= 0 && i < ts.size() && ts.get(i).dot();
    }

    /** ALTER SCHEMA RENAME: qualifiers {@code old.} become {@code nu.}. */
    static String renameSchema(String sql, String old, String nu) {
        List<Tok> ts = tokens(sql);
        Edits e = new Edits(sql);
        for (int i = 0; i < ts.size(); i++) {
            if (old.equals(ts.get(i).ident()) && dotAt(ts, i + 1) && !dotAt(ts, i - 1)) {
                e.replace(ts.get(i), Idents.quote(nu));
            }
        }
        return e.result();
    }

    /**
     * A relation {@code schema.name} renamed or moved to {@code ns.nn}: {@code schema.name}
     * becomes {@code ns.nn}; a bare {@code name} becomes {@code nn} (qualified when the schema
     * changes); {@code name.} as a column qualifier becomes {@code nn.}.
     */
    static String moveRelation(String sql, String schema, String name, String ns, String nn) {
        List<Tok> ts = tokens(sql);
        Edits e = new Edits(sql);
        for (int i = 0; i < ts.size(); i++) {
            if (!name.equals(ts.get(i).ident())) {
                continue;
            }
            if (dotAt(ts, i - 1)) {
                Tok q = i >= 2 ? ts.get(i - 2) : null;
                if (q != null && schema.equals(q.ident()) && !dotAt(ts, i - 3)) {
                    e.replace(q, Idents.quote(ns));
                    e.replace(ts.get(i), Idents.quote(nn));
                }
            } else if (dotAt(ts, i + 1)) {
                e.replace(ts.get(i), Idents.quote(nn));
            } else {
                e.replace(ts.get(i), (ns.equals(schema) ? "" : Idents.quote(ns) + ".") + Idents.quote(nn));
            }
        }
        return e.result();
    }

    /** A stored search path with schema {@code old} named {@code nu} instead. */
    static String renameInPath(String path, String old, String nu) {
        if (path == null) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (String raw : path.split(",")) {
            String item = raw.strip();
            String name = item.startsWith("\"") && item.endsWith("\"") && item.length() > 1
                    ? item.substring(1, item.length() - 1).replace("\"\"", "\"") : item.toLowerCase(Locale.ROOT);
            items.add(name.equals(old) ? Idents.quote(nu) : item);
        }
        String out = String.join(", ", items);
        return out.equals(String.join(", ", List.of(path.split(",")).stream().map(String::strip).toList())) ? path : out;
    }

    /** Replacements of token ranges, applied left to right. */
    private static final class Edits {
        private final String sql;
        private final StringBuilder out = new StringBuilder();
        private int at;

        Edits(String sql) {
            this.sql = sql;
        }

        void replace(Tok t, String text) {
            if (t.start() < at) {
                return; // already rewritten as part of an earlier name (a schema named like the relation)
            }
            out.append(sql, at, t.start()).append(text);
            at = t.stop();
        }

        String result() {
            return out.append(sql, at, sql.length()).toString();
        }
    }
}
