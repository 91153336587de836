package org.borealis.sql.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * COPY's text and CSV formats: options (delimiter, null string, header, quote, escape), parsing
 * one record into field strings (null = SQL NULL) and printing one.
 */
final class CopyFormat {

    final boolean csv;
    final char delimiter;
    final String nullString;
    final boolean header;
    final char quote;
    final char escape;

    CopyFormat(Map<String, String> options) {
        String format = options.getOrDefault("format", "text").toLowerCase(java.util.Locale.ROOT);
        if (format.equals("binary")) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "COPY BINARY is not supported");
        }
        if (!format.equals("text") && !format.equals("csv")) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "COPY format \"" + format + "\" not recognized");
        }
        csv = format.equals("csv");
        String d = options.getOrDefault("delimiter", csv ? "," : "\t");
        if (d.length() != 1) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "COPY delimiter must be a single one-byte character");
        }
        delimiter = d.charAt(0);
        nullString = options.getOrDefault("null", csv ? "" : "\\N");
        String h = options.getOrDefault("header", "false").toLowerCase(java.util.Locale.ROOT);
        header = h.equals("true") || h.equals("on") || h.equals("1") || h.equals("match");
        if (header && !csv) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "COPY HEADER available only in CSV mode");
        }
        quote = options.getOrDefault("quote", "\"").charAt(0);
        escape = options.getOrDefault("escape", String.valueOf(quote)).charAt(0);
        for (String k : options.keySet()) {
            if (!List.of("format", "delimiter", "null", "header", "quote", "escape", "freeze", "encoding").contains(k)) {
                throw new SqlException(SqlState.SYNTAX_ERROR, "option \"" + k + "\" not recognized");
            }
        }
    }

    /**
     * Whether {@code buf[from..]} holds a complete record; returns the index just after its line
     * end, or -1. CSV records may contain newlines inside quotes.
     */
    int recordEnd(CharSequence buf, int from) {
        boolean inQuotes = false;
        for (int i = from; i < buf.length(); i++) {
            char c = buf.charAt(i);
            if (csv && c == quote) {
                inQuotes = !inQuotes;
            } else if (c == '\n' && !inQuotes) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Splits one record (without its line end) into fields. */
    List<String> parse(String line, long lineNo) {
        return csv ? parseCsv(line, lineNo) : parseText(line, lineNo);
    }

    private List<String> parseText(String line, long lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean raw = true;
        StringBuilder rawText = new StringBuilder();
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == delimiter) {
                out.add(raw && rawText.toString().equals(nullString) ? null : f.toString());
                f.setLength(0);
                rawText.setLength(0);
                raw = true;
                continue;
            }
            char c = line.charAt(i);
            rawText.append(c);
            if (c != '\\' || i + 1 == line.length()) {
                f.append(c);
                continue;
            }
            char n = line.charAt(++i);
            rawText.append(n);
            switch (n) {
                case 'b' -> f.append('\b');
                case 'f' -> f.append('\f');
                case 'n' -> f.append('\n');
                case 'r' -> f.append('\r');
                case 't' -> f.append('\t');
                case 'v' -> f.append('\u000B');
                case 'x' -> {
                    int end = i + 1;
                    while (end < line.length() && end < i + 3 && Character.digit(line.charAt(end), 16) >= 0) {
                        end++;
                    }
                    if (end > i + 1) {
                        f.append((char) Integer.parseInt(line.substring(i + 1, end), 16));
                        rawText.append(line, i + 1, end);
                        i = end - 1;
                    } else {
                        f.append('x');
                    }
                }
                default -> {
                    if (n >= '0' && n <= '7') {
                        int end = i;
                        while (end < line.length() && end < i + 3 && line.charAt(end) >= '0' && line.charAt(end) <= '7') {
                            end++;
                        }
                        f.append((char) Integer.parseInt(line.substring(i, end), 8));
                        rawText.append(line, i + 1, end);
                        i = end - 1;
                    } else {
                        f.append(n);
                    }
                }
            }
        }
        return out;
    }

    private List<String> parseCsv(String line, long lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length()) {
                if (inQuotes) {
                    throw new SqlException(SqlState.BAD_COPY_FILE_FORMAT, "unterminated CSV quoted field");
                }
                out.add(!quoted && f.toString().equals(nullString) ? null : f.toString());
                break;
            }
            char c = line.charAt(i);
            if (inQuotes) {
                if (c == escape && i + 1 < line.length() && line.charAt(i + 1) == quote && (escape != quote || true)) {
                    if (escape == quote && i + 1 < line.length() && line.charAt(i + 1) == quote) {
                        f.append(quote);
                        i++;
                        continue;
                    }
                    if (escape != quote) {
                        f.append(quote);
                        i++;
                        continue;
                    }
                }
                if (c == quote) {
                    inQuotes = false;
                } else {
                    f.append(c);
                }
            } else if (c == quote) {
                inQuotes = true;
                quoted = true;
            } else if (c == delimiter) {
                out.add(!quoted && f.toString().equals(nullString) ? null : f.toString());
                f.setLength(0);
                quoted = false;
            } else {
                f.append(c);
            }
        }
        return out;
    }

    /** One record as COPY TO prints it (without the line end). */
    String print(String[] fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            String v = fields[i];
            if (v == null) {
                sb.append(nullString);
            } else if (csv) {
                boolean needQuote = v.isEmpty() && nullString.isEmpty() || v.indexOf(delimiter) >= 0 || v.indexOf(quote) >= 0
                        || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0 || v.equals(nullString);
                if (needQuote) {
                    sb.append(quote);
                    for (char c : v.toCharArray()) {
                        if (c == quote || c == escape) {
                            sb.append(escape);
                        }
                        sb.append(c);
                    }
                    sb.append(quote);
                } else {
                    sb.append(v);
                }
            } else {
                for (char c : v.toCharArray()) {
                    switch (c) {
                        case '\\' -> sb.append("\\\\");
                        case '\n' -> sb.append("\\n");
                        case '\r' -> sb.append("\\r");
                        case '\t' -> sb.append("\\t");
                        case '\b' -> sb.append("\\b");
                        case '\f' -> sb.append("\\f");
                        case '\u000B' -> sb.append("\\v");
                        default -> {
                            if (c == delimiter) {
                                sb.append('\\');
                            }
                            sb.append(c);
                        }
                    }
                }
            }
        }
        return sb.toString();
    }
}
