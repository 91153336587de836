package org.borealis.sql.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * {@code to_timestamp(text, text)} and {@code to_date(text, text)}: reads a date/time from text
 * with a to_char pattern, as PostgreSQL does outside FX mode (any run of non-alphanumeric
 * characters in the input matches a separator of the pattern; spaces are skipped; numbers take
 * as many digits as the field allows). Patterns: YYYY, YYY, YY, Y (the century nearest 2020 for
 * the short forms, as PostgreSQL), Y,YYY, MM, Mon/MON/mon, Month/MONTH/month, DD, DDD, Dy/Day (read
 * and ignored), HH, HH12, HH24, MI, SS, MS, US, FF1-FF6, AM/PM/A.M./P.M., the FM prefix and
 * double-quoted text. Errors as PostgreSQL's: 22007 for text that does not fit the pattern
 * (invalid value, source string too short), 22008 for values out of range; other patterns 0A000.
 */
final class ToTimestamp {

    private static final List<String> PATTERNS = List.of("A.M.", "P.M.", "AM", "PM", "DAY", "DDD", "DD", "DY",
            "FF1", "FF2", "FF3", "FF4", "FF5", "FF6", "HH24", "HH12", "HH", "MI", "MM", "MONTH", "MON", "MS", "SS", "US",
            "Y,YYY", "YYYY", "YYY", "YY", "Y");

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};
    private static final String[] DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

    private ToTimestamp() {
    }

    /** The fields read. */
    private static final class Fields {
        int year; // ISO year 0 is 1 BC: PostgreSQL's date when no year is given
        boolean yearSet;
        int month = 1;
        int day = 1;
        int dayOfYear;
        int hour;
        int minute;
        int second;
        int micros;
        Boolean pm;
        boolean hour12;
    }

    static LocalDateTime timestamp(String input, String format) {
        Fields f = parse(input, format);
        LocalDate date = date(f, input);
        int hour = f.hour;
        if (f.hour12 || f.pm != null) {
            if (hour < 1 || hour > 12) {
                throw new SqlException(SqlState.INVALID_DATETIME_FORMAT, "hour \"" + hour + "\" is invalid for the 12-hour clock")
                        .withHint("Use the 24-hour clock, or give an hour between 1 and 12.");
            }
            hour = hour % 12 + (Boolean.TRUE.equals(f.pm) ? 12 : 0);
        }
        if (hour > 23 || f.minute > 59 || f.second > 59) {
            throw overflow(input);
        }
        return date.atStartOfDay().plusHours(hour).plusMinutes(f.minute).plusSeconds(f.second).plusNanos(f.micros * 1000L);
    }

    static LocalDate date(String input, String format) {
        return date(parse(input, format), input);
    }

    private static LocalDate date(Fields f, String input) {
        try {
            if (f.dayOfYear > 0) {
                return LocalDate.ofYearDay(f.year, f.dayOfYear);
            }
            return LocalDate.of(f.year, f.month, f.day);
        } catch (DateTimeException e) {
            throw overflow(input);
        }
    }

    private static SqlException overflow(String input) {
        return new SqlException(SqlState.DATETIME_FIELD_OVERFLOW, "date/time field value out of range: \"" + input + "\"");
    }

    private static Fields parse(String in, String fmt) {
        Fields f = new Fields();
        int i = 0;
        int p = 0;
        while (p < fmt.length()) {
            boolean fm = false;
            if (fmt.regionMatches(true, p, "FM", 0, 2)) {
                fm = true;
                p += 2;
            }
            String pat = null;
            for (String c : PATTERNS) {
                if (fmt.regionMatches(true, p, c, 0, c.length())) {
                    pat = c;
                    break;
                }
            }
            if (pat == null) {
                char ch = fmt.charAt(p);
                if (ch == '"') {
                    int end = fmt.indexOf('"', p + 1);
                    int len = (end < 0 ? fmt.length() : end) - p - 1;
                    i = Math.min(in.length(), i + len);
                    p = end < 0 ? fmt.length() : end + 1;
                    continue;
                }
                if (Character.isLetterOrDigit(ch)) {
                    throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "to_timestamp/to_date pattern \""
                            + fmt.substring(p) + "\" is not supported");
                }
                // a separator of the pattern: skips one non-alphanumeric character of the input, if any
                if (i < in.length() && !Character.isLetterOrDigit(in.charAt(i))) {
                    i++;
                }
                p++;
                continue;
            }
            p += pat.length();
            while (i < in.length() && in.charAt(i) == ' ') {
                i++;
            }
            if (i >= in.length()) {
                break; // PostgreSQL ignores the rest of the pattern once the input ends
            }
            boolean nextSeparator = p >= fmt.length() || !Character.isLetterOrDigit(fmt.charAt(p));
            i = field(f, pat, in, i, nextSeparator);
        }
        return f;
    }

    /**
     * Reads one field at {@code i}; returns the position after it. A number followed by a
     * separator in the pattern takes every digit there; one followed by another field takes at
     * most the field's width (as {@code YYYYMMDD} needs), as PostgreSQL.
     */
    private static int field(Fields f, String pat, String in, int i, boolean nextSeparator) {
        switch (pat) {
            case "A.M.", "P.M.", "AM", "PM" -> {
                String word = in.regionMatches(true, i, "A.M.", 0, 4) || in.regionMatches(true, i, "P.M.", 0, 4)
                        ? in.substring(i, i + 4) : in.substring(i, Math.min(in.length(), i + 2));
                String w = word.toUpperCase(Locale.ROOT).replace(".", "");
                if (!w.equals("AM") && !w.equals("PM")) {
                    throw notAllowed(in.substring(i), pat);
                }
                f.pm = w.equals("PM");
                return i + word.length();
            }
            case "MONTH", "MON" -> {
                for (int m = 0; m < 12; m++) {
                    String name = pat.equals("MON") ? MONTHS[m].substring(0, 3) : MONTHS[m];
                    if (in.regionMatches(true, i, name, 0, name.length())) {
                        f.month = m + 1;
                        return i + name.length();
                    }
                }
                throw notAllowed(in.substring(i), pat.equals("MON") ? "Mon" : "Month");
            }
            case "DAY", "DY" -> {
                for (String d : DAYS) {
                    String name = pat.equals("DY") ? d.substring(0, 3) : d;
                    if (in.regionMatches(true, i, name, 0, name.length())) {
                        return i + name.length();
                    }
                }
                throw notAllowed(in.substring(i), pat.equals("DY") ? "Dy" : "Day");
            }
            default -> {
            }
        }
        int max = switch (pat) {
            case "YYYY", "Y,YYY" -> 4;
            case "YYY", "DDD", "MS" -> 3;
            case "Y", "FF1" -> 1;
            case "US", "FF6" -> 6;
            case "FF2" -> 2;
            case "FF3" -> 3;
            case "FF4" -> 4;
            case "FF5" -> 5;
            default -> 2;
        };
        int start = i;
        boolean neg = false;
        if (pat.startsWith("Y") && i < in.length() && in.charAt(i) == '-') {
            neg = true;
            i++;
        }
        int digitsStart = i;
        long v = 0;
        if (pat.equals("Y,YYY")) {
            int comma = in.indexOf(',', i);
            if (comma > i && comma - i <= 3) {
                String s = in.substring(i, comma) + in.substring(comma + 1, Math.min(in.length(), comma + 4));
                if (s.chars().allMatch(Character::isDigit)) {
                    f.year = Integer.parseInt(s);
                    f.yearSet = true;
                    return Math.min(in.length(), comma + 4);
                }
            }
        }
        boolean greedy = nextSeparator;
        while (i < in.length() && Character.isDigit(in.charAt(i)) && (greedy || i - digitsStart < max)) {
            v = v * 10 + (in.charAt(i) - '0');
            if (v > Integer.MAX_VALUE) {
                throw new SqlException(SqlState.DATETIME_FIELD_OVERFLOW, "value for \"" + pat + "\" in source string is out of range");
            }
            i++;
        }
        if (i == digitsStart) {
            throw invalid(in.substring(start), pat);
        }
        int n = (int) v;
        int digits = i - digitsStart;
        switch (pat) {
            case "YYYY", "Y,YYY" -> {
                f.year = neg ? -n + 1 : n;
                f.yearSet = true;
            }
            case "YYY" -> f.year = digits < 3 ? adjust(n, digits) : n < 100 ? n + 2000 : n;
            case "YY" -> f.year = adjust(n, digits);
            case "Y" -> f.year = n + 2000;
            case "MM" -> {
                if (n < 1 || n > 12) {
                    throw new SqlException(SqlState.DATETIME_FIELD_OVERFLOW, "date/time field value out of range: \"" + in + "\"");
                }
                f.month = n;
            }
            case "DD" -> f.day = n;
            case "DDD" -> f.dayOfYear = n;
            case "HH", "HH12" -> {
                f.hour = n;
                f.hour12 = true;
            }
            case "HH24" -> f.hour = n;
            case "MI" -> f.minute = n;
            case "SS" -> f.second = n;
            case "MS" -> f.micros = n * (int) Math.pow(10, 3 - digits) * 1000;
            default -> f.micros = n * (int) Math.pow(10, 6 - digits); // US, FF1-FF6: a fraction of a second
        }
        return i;
    }

    /** A two-digit (or shorter) year: 70-99 in the 1900s, the rest in the 2000s, as PostgreSQL. */
    private static int adjust(int n, int digits) {
        if (digits <= 2) {
            return n < 70 ? n + 2000 : n + 1900;
        }
        return n;
    }

    /** A word that is none of the names a field takes. */
    private static SqlException notAllowed(String rest, String pat) {
        return invalid(rest, pat).withDetail("The given value did not match any of the allowed values for this field.");
    }

    /** PostgreSQL's error for text that is not what the field wants: names the word found there. */
    private static SqlException invalid(String rest, String pat) {
        int end = 0;
        while (end < rest.length() && Character.isLetterOrDigit(rest.charAt(end))) {
            end++;
        }
        return new SqlException(SqlState.INVALID_DATETIME_FORMAT, "invalid value \"" + rest.substring(0, end) + "\" for \""
                + pat + "\"").withDetail("Value must be an integer.");
    }
}
