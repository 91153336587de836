package org.borealis.sql.plan;

import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.plan.ToTimestampFormat.Key;
import org.borealis.sql.plan.ToTimestampFormat.Node;

/**
 * Reads the input of to_timestamp/to_date into {@link ToTimestampFields} node by node, as
 * PostgreSQL 15 does. Outside FX mode white space before and after fields is skipped and a
 * separator or space of the template matches one separator or space of the input, or nothing;
 * in FX mode (from an {@code FX} node on) every template character consumes exactly one input
 * character and numbers not followed by a separator must have their full width. Reading stops
 * when the input ends, leaving the rest of the template unread.
 */
final class ToTimestampReader {

    private static final String[] AMPM = {"am", "pm", "AM", "PM"};
    private static final String[] AMPM_LONG = {"a.m.", "p.m.", "A.M.", "P.M."};
    private static final String[] ADBC = {"ad", "bc", "AD", "BC"};
    private static final String[] ADBC_LONG = {"a.d.", "b.c.", "A.D.", "B.C."};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] MONTHS_FULL = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] DAYS_SHORT = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] ROMAN = {"xii", "xi", "x", "ix", "viii", "vii", "vi", "v", "iv", "iii", "ii", "i"};

    private final String in;
    private final List<Node> nodes;
    private final ToTimestampFields f = new ToTimestampFields();
    private int s;

    private ToTimestampReader(String in, List<Node> nodes) {
        this.in = in;
        this.nodes = nodes;
    }

    static ToTimestampFields read(String input, String format) {
        ToTimestampReader r = new ToTimestampReader(input, ToTimestampFormat.parse(format));
        r.run();
        return r.f;
    }

    /** A printable ASCII character that is neither a letter nor a digit. */
    static boolean separator(char c) {
        return c > 0x20 && c < 0x7F && !Character.isLetterOrDigit(c);
    }

    /** C's isspace. */
    static boolean space(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private void run() {
        boolean fx = false;
        int extraSkip = 0;
        for (int k = 0; k < nodes.size() && s < in.length(); k++) {
            Node n = nodes.get(k);
            if (!fx && n.key() != Key.FX && (n.key() != null || k == 0)) {
                while (s < in.length() && space(in.charAt(s))) {
                    s++;
                    extraSkip++;
                }
            }
            if (n.key() == null) {
                if (n.separator() || n.space()) {
                    if (!fx) {
                        extraSkip--;
                        if (s < in.length() && (space(in.charAt(s)) || separator(in.charAt(s)))) {
                            s++;
                            extraSkip++;
                        }
                    } else {
                        s++;
                    }
                } else if (!fx && extraSkip > 0) {
                    extraSkip--; // the skipped characters stand for this one
                } else {
                    s++; // a literal character consumes one input character, whichever it is
                }
                continue;
            }
            f.mode(n.key().dateMode());
            if (n.key() == Key.FX) {
                fx = true;
            } else {
                field(n, k, extraSkip);
            }
            if (!fx) {
                extraSkip = 0;
                while (s < in.length() && space(in.charAt(s))) {
                    s++;
                    extraSkip++;
                }
            }
        }
    }

    private void field(Node n, int k, int extraSkip) {
        String name = n.name();
        switch (n.key()) {
            case A_M, P_M -> ampm(search(AMPM_LONG, n), name);
            case AM, PM -> ampm(search(AMPM, n), name);
            case A_D, B_C -> f.bc = ToTimestampFields.set(f.bc, search(ADBC_LONG, n) % 2, name);
            case AD, BC -> f.bc = ToTimestampFields.set(f.bc, search(ADBC, n) % 2, name);
            case MONTH -> f.mm = ToTimestampFields.set(f.mm, search(MONTHS_FULL, n) + 1, name);
            case MON -> f.mm = ToTimestampFields.set(f.mm, search(MONTHS, n) + 1, name);
            case DAY -> f.d = ToTimestampFields.set(f.d, search(DAYS, n), name) + 1;
            case DY -> f.d = ToTimestampFields.set(f.d, search(DAYS_SHORT, n), name) + 1;
            case RM -> f.mm = ToTimestampFields.set(f.mm, 12 - search(ROMAN, n), name);
            case TZ, OF -> throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "formatting field \"" + name
                    + "\" is only supported in to_char");
            case TZH -> {
                char c = s < in.length() ? in.charAt(s) : '\0';
                if (c == '+' || c == '-' || c == ' ') {
                    f.tzsign = c == '-' ? -1 : 1;
                    s++;
                } else {
                    // a minus taken as a separator before the hours is their sign
                    f.tzsign = extraSkip > 0 && s > 0 && in.charAt(s - 1) == '-' ? -1 : 1;
                }
                f.tzh = ToTimestampFields.set(f.tzh, number(n, k, 2), name);
            }
            case TZM -> {
                if (f.tzsign == 0) {
                    f.tzsign = 1;
                }
                f.tzm = ToTimestampFields.set(f.tzm, number(n, k, 2), name);
            }
            case Y_YYY -> yyyy(n);
            default -> numeric(n, k);
        }
    }

    private void numeric(Node n, int k) {
        String name = n.name();
        int width = name.length();
        switch (n.key()) {
            case HH, HH12 -> {
                f.hh = ToTimestampFields.set(f.hh, number(n, k, 2), name);
                f.clock12 = true;
            }
            case HH24 -> f.hh = ToTimestampFields.set(f.hh, number(n, k, 2), name);
            case MI -> f.mi = ToTimestampFields.set(f.mi, number(n, k, width), name);
            case SS -> f.ss = ToTimestampFields.set(f.ss, number(n, k, width), name);
            case SSSS, SSSSS -> f.ssss = ToTimestampFields.set(f.ssss, number(n, k, width), name);
            case MS -> {
                int start = s;
                f.ms = ToTimestampFields.set(f.ms, number(n, k, 3), name);
                int len = s - start;
                f.ms *= len == 1 ? 100 : len == 2 ? 10 : 1; // 25 and 250 are both a quarter second
            }
            case US, FF1, FF2, FF3, FF4, FF5, FF6 -> {
                if (n.key() != Key.US) {
                    f.ff = n.key().ordinal() - Key.FF1.ordinal() + 1;
                }
                int start = s;
                f.us = ToTimestampFields.set(f.us, number(n, k, n.key() == Key.US ? 6 : f.ff), name);
                int len = s - start;
                f.us *= len >= 6 ? 1 : (int) Math.pow(10, 6 - len);
            }
            case MM -> f.mm = ToTimestampFields.set(f.mm, number(n, k, width), name);
            case DDD, DD, D, WW, IW, W, J, CC -> {
                int v = ToTimestampFields.set(current(n.key()), number(n, k, width), name);
                switch (n.key()) {
                    case DDD -> f.ddd = v;
                    case DD -> f.dd = v;
                    case D -> f.d = v;
                    case WW, IW -> f.ww = v;
                    case W -> f.w = v;
                    case J -> f.j = v;
                    default -> f.cc = v;
                }
            }
            case IDDD -> f.ddd = ToTimestampFields.set(f.ddd, number(n, k, 3), name);
            case ID -> {
                int v = ToTimestampFields.set(f.d, number(n, k, 1), name);
                f.d = v + 1 > 7 ? 1 : v + 1; // ISO Monday = 1 becomes Sunday-first numbering
            }
            case Q -> number(n, k, 1); // read and ignored, as PostgreSQL
            case YYYY, IYYY -> {
                f.year = ToTimestampFields.set(f.year, number(n, k, 4), name);
                f.yysz = 4;
            }
            default -> { // YYY, YY, Y and the ISO IYY, IY, I
                int start = s;
                f.year = ToTimestampFields.set(f.year, number(n, k, width), name);
                if (s - start < 4) {
                    f.year = adjustYear(f.year);
                }
                f.yysz = width;
            }
        }
        if (n.th()) {
            s = Math.min(in.length(), s + 2);
        }
    }

    private int current(Key key) {
        return switch (key) {
            case DDD -> f.ddd;
            case DD -> f.dd;
            case D -> f.d;
            case WW, IW -> f.ww;
            case W -> f.w;
            case J -> f.j;
            default -> f.cc;
        };
    }

    private void ampm(int value, String name) {
        f.pm = ToTimestampFields.set(f.pm, value % 2, name);
        f.clock12 = true;
    }

    /** Y,YYY: thousands, a comma and up to three more digits (sscanf's "%d,%03d"). */
    private void yyyy(Node n) {
        Strtol millennia = Strtol.parse(in, s, in.length());
        int at = millennia.end();
        Strtol years = millennia.end() > s && at < in.length() && in.charAt(at) == ','
                ? Strtol.parse(in, at + 1, Math.min(in.length(), skipSpaces(at + 1) + 3)) : null;
        if (years == null || years.end() == at + 1) {
            throw new SqlException(SqlState.INVALID_DATETIME_FORMAT, "invalid input string for \"Y,YYY\"");
        }
        f.year = ToTimestampFields.set(f.year, (int) (years.value() + millennia.value() * 1000), n.name());
        f.yysz = 4;
        s = years.end();
        if (n.th()) {
            s = Math.min(in.length(), s + 2);
        }
    }

    private int skipSpaces(int i) {
        while (i < in.length() && space(in.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * A number: every digit there when the field has FM or the next node is not a number, else
     * exactly {@code len} characters (PostgreSQL's from_char_parse_int_len).
     */
    private int number(Node n, int k, int len) {
        int init = s;
        s = skipSpaces(s);
        String copy = in.substring(s, Math.min(in.length(), s + len));
        long result;
        boolean overflow;
        if (n.fm() || nextIsSeparator(n, k)) {
            Strtol r = Strtol.parse(in, init, in.length());
            result = r.value();
            overflow = r.overflow();
            s = r.end();
        } else {
            if (copy.length() < len) {
                throw new SqlException(SqlState.INVALID_DATETIME_FORMAT, "source string too short for \"" + n.name()
                        + "\" formatting field").withDetail("Field requires " + len + " characters, but only "
                        + copy.length() + " remain.").withHint("If your source string is not fixed-width, try using the \"FM\" modifier.");
            }
            Strtol r = Strtol.parse(copy, 0, copy.length());
            if (r.end() > 0 && r.end() < len) {
                throw new SqlException(SqlState.INVALID_DATETIME_FORMAT, "invalid value \"" + copy + "\" for \"" + n.name() + "\"")
                        .withDetail("Field requires " + len + " characters, but only " + r.end() + " could be parsed.")
                        .withHint("If your source string is not fixed-width, try using the \"FM\" modifier.");
            }
            result = r.value();
            overflow = r.overflow();
            s += r.end();
        }
        if (s == init) {
            throw new SqlException(SqlState.INVALID_DATETIME_FORMAT, "invalid value \"" + copy + "\" for \"" + n.name() + "\"")
                    .withDetail("Value must be an integer.");
        }
        if (overflow || result < Integer.MIN_VALUE || result > Integer.MAX_VALUE) {
            throw new SqlException(SqlState.DATETIME_FIELD_OVERFLOW, "value for \"" + n.name() + "\" in source string is out of range")
                    .withDetail("Value must be in the range -2147483648 to 2147483647.");
        }
        return (int) result;
    }

    /** Whether what follows node {@code k} cannot continue a number (PostgreSQL's is_next_separator). */
    private boolean nextIsSeparator(Node n, int k) {
        if (n.th()) {
            return true;
        }
        if (k + 1 >= nodes.size()) {
            return true;
        }
        Node next = nodes.get(k + 1);
        if (next.key() != null) {
            return !next.key().digit();
        }
        return !Character.isDigit(next.ch()) || next.ch() > 0x7F;
    }

    /** The index of the first of {@code words} the input starts with, ignoring case. */
    private int search(String[] words, Node n) {
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty() && s < in.length() && in.regionMatches(true, s, words[i], 0, words[i].length())) {
                s += words[i].length();
                return i;
            }
        }
        int end = s;
        while (end < in.length() && !space(in.charAt(end))) {
            end++;
        }
        throw new SqlException(SqlState.INVALID_DATETIME_FORMAT, "invalid value \"" + in.substring(s, end) + "\" for \""
                + n.name() + "\"").withDetail("The given value did not match any of the allowed values for this field.");
    }

    /** A short year: 0-69 in the 2000s, 70-99 in the 1900s, 100-519 in the 2000s, 520-999 in the 1000s. */
    static int adjustYear(int year) {
        if (year < 70) {
            return year + 2000;
        } else if (year < 100) {
            return year + 1900;
        } else if (year < 520) {
            return year + 2000;
        } else if (year < 1000) {
            return year + 1000;
        }
        return year;
    }
}
