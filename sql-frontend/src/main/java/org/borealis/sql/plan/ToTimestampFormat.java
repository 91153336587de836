package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A to_timestamp/to_date template split into nodes as PostgreSQL does: keywords (found case by
 * case in PostgreSQL's keyword list: upper case, lower case and the mixed {@code Day}, {@code Dy},
 * {@code Month}, {@code Mon}; the longest match wins), each with an optional FM/TM prefix and TH/th/SP
 * suffix; double-quoted text (backslash quoting the next character) as literal characters; other
 * printable non-alphanumeric ASCII characters as separators, white space as spaces, and anything
 * else as a literal character.
 */
final class ToTimestampFormat {

    /** What a keyword reads; several spellings share one. */
    enum Key {
        A_D, A_M, AD, AM, B_C, BC, CC, DAY, DDD, DD, DY, D, FF1, FF2, FF3, FF4, FF5, FF6, FX, HH24, HH12, HH,
        IDDD, ID, IW, IYYY, IYY, IY, I, J, MI, MM, MONTH, MON, MS, OF, P_M, PM, Q, RM, SSSSS, SSSS, SS, TZH, TZM, TZ,
        US, WW, W, Y_YYY, YYYY, YYY, YY, Y;

        /** The spelling in upper case, as in PostgreSQL's keyword list. */
        String spelling() {
            return name().replace("Y_YYY", "Y,YYY").replace("A_D", "A.D.").replace("A_M", "A.M.")
                    .replace("B_C", "B.C.").replace("P_M", "P.M.");
        }

        /** Whether the keyword reads a number (a number before it cannot take every digit). */
        boolean digit() {
            return switch (this) {
                case A_D, A_M, AD, AM, B_C, BC, DAY, DY, FF1, FF2, FF3, FF4, FF5, FF6, FX, MONTH, MON, OF, P_M, PM, RM,
                     TZH, TZ -> false;
                default -> true;
            };
        }

        /** 1 for the Gregorian fields, 2 for the ISO week-date ones, 0 for the rest. */
        int dateMode() {
            return switch (this) {
                case DDD, DD, D, MM, MONTH, MON, RM, WW, W, Y_YYY, YYYY, YYY, YY, Y -> 1;
                case IDDD, ID, IW, IYYY, IYY, IY, I -> 2;
                default -> 0;
            };
        }
    }

    /** One node: a keyword (key set) or a character (key null). */
    record Node(Key key, String name, boolean fm, boolean th, char ch, boolean separator, boolean space) {
    }

    private record Spelling(String text, Key key) {
    }

    private static final List<Spelling> SPELLINGS = spellings();

    private ToTimestampFormat() {
    }

    private static List<Spelling> spellings() {
        List<Spelling> out = new ArrayList<>();
        for (Key k : Key.values()) {
            out.add(new Spelling(k.spelling(), k));
            out.add(new Spelling(k.spelling().toLowerCase(Locale.ROOT), k));
        }
        out.add(new Spelling("Day", Key.DAY));
        out.add(new Spelling("Dy", Key.DY));
        out.add(new Spelling("Month", Key.MONTH));
        out.add(new Spelling("Mon", Key.MON));
        out.sort(Comparator.comparingInt((Spelling s) -> s.text().length()).reversed());
        return List.copyOf(out);
    }

    static List<Node> parse(String fmt) {
        List<Node> nodes = new ArrayList<>();
        int p = 0;
        while (p < fmt.length()) {
            boolean fm = false;
            if (fmt.startsWith("FM", p) || fmt.startsWith("fm", p) || fmt.startsWith("TM", p) || fmt.startsWith("tm", p)) {
                fm = fmt.charAt(p) == 'F' || fmt.charAt(p) == 'f';
                p += 2;
            }
            Spelling sp = null;
            for (Spelling s : SPELLINGS) {
                if (fmt.startsWith(s.text(), p)) {
                    sp = s;
                    break;
                }
            }
            if (sp != null) {
                p += sp.text().length();
                boolean th = false;
                if (fmt.startsWith("TH", p) || fmt.startsWith("th", p)) {
                    th = true;
                    p += 2;
                } else if (fmt.startsWith("SP", p)) {
                    p += 2; // spelled-out numbers: read as PostgreSQL does, i.e. ignored
                }
                nodes.add(new Node(sp.key(), sp.text(), fm, th, '\0', false, false));
                continue;
            }
            if (p >= fmt.length()) {
                break;
            }
            char c = fmt.charAt(p);
            if (c == '"') {
                p++;
                while (p < fmt.length()) {
                    if (fmt.charAt(p) == '"') {
                        p++;
                        break;
                    }
                    if (fmt.charAt(p) == '\\' && p + 1 < fmt.length()) {
                        p++;
                    }
                    nodes.add(new Node(null, null, false, false, fmt.charAt(p++), false, false));
                }
                continue;
            }
            if (c == '\\' && p + 1 < fmt.length() && fmt.charAt(p + 1) == '"') {
                c = fmt.charAt(++p);
            }
            p++;
            nodes.add(new Node(null, null, false, false, c, ToTimestampReader.separator(c), ToTimestampReader.space(c)));
        }
        return nodes;
    }
}
