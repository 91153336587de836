package org.borealis.sql.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.session.Settings;

/**
 * Applies a StartupMessage's parameters to a new session's settings: every parameter other than
 * user/database/replication is a setting, and {@code options} carries command-line style
 * {@code -c name=value} / {@code --name=value} pairs (backslash escapes a space).
 */
final class StartupOptions {

    private StartupOptions() {
    }

    static void apply(Map<String, String> params, Settings settings) {
        for (Map.Entry<String, String> e : params.entrySet()) {
            String k = e.getKey();
            if (k.equals("user") || k.equals("database") || k.equals("replication") || k.equals("options")) {
                continue;
            }
            if (k.startsWith("_pq_.")) {
                continue;
            }
            settings.applyStartup(k, e.getValue());
        }
        String options = params.get("options");
        if (options != null) {
            List<String> words = split(options);
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                String kv;
                if (w.equals("-c") && i + 1 < words.size()) {
                    kv = words.get(++i);
                } else if (w.startsWith("-c")) {
                    kv = w.substring(2);
                } else if (w.startsWith("--")) {
                    kv = w.substring(2);
                } else {
                    throw new SqlException(SqlState.PROTOCOL_VIOLATION, SqlException.Severity.FATAL,
                            "invalid command-line argument for server process: " + w, null, null, 0, null)
                            .withHint("Try \"postgres --help\" for more information.");
                }
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    throw new SqlException(SqlState.SYNTAX_ERROR, SqlException.Severity.FATAL,
                            "-c " + kv + " requires a value", null, null, 0, null);
                }
                settings.applyStartup(kv.substring(0, eq).replace('-', '_'), kv.substring(eq + 1));
            }
        }
    }

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                cur.append(s.charAt(++i));
            } else if (Character.isWhitespace(c)) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
