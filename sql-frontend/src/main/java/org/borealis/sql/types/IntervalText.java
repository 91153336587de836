package org.borealis.sql.types;

import java.util.Locale;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * The text forms of an interval. Input takes PostgreSQL's forms: unit words with signed,
 * possibly fractional numbers ({@code 1 year 2 mons}, {@code 1.5 hours}, {@code -3 days}),
 * a signed clock ({@code -1 day +02:03:04.5}), a bare number of seconds, {@code ago}, an
 * optional leading {@code @}, and ISO 8601 durations ({@code P1Y2M3DT4H5M6.5S}). Fractions
 * spill downwards as PostgreSQL does (0.5 month is 15 days, 0.5 day 12 hours). Output is
 * {@code IntervalStyle = postgres}: {@code 1 year 2 mons -3 days +04:05:06.5}.
 */
final class IntervalText {

    private IntervalText() {
    }

    /** Accumulates fields as PostgreSQL's DecodeInterval does, in wide integers. */
    private static final class Acc {
        long months;
        long days;
        long micros;
        boolean any;
        /** The fields given so far: PostgreSQL refuses a field given twice ("1 day 2 days"). */
        int seen;

        void mark(int bits, String text) {
            if ((seen & bits) != 0) {
                throw invalid(text);
            }
            seen |= bits;
        }

        /** Adds a number as written: its integer part and its fraction, read apart as PostgreSQL does. */
        void add(String unit, String number, String text) {
            int dot = number.indexOf('.');
            String intPart = dot < 0 ? number : number.substring(0, dot);
            long whole = intPart.isEmpty() || intPart.equals("-") || intPart.equals("+") ? 0 : Long.parseLong(intPart);
            double frac = dot < 0 || dot == number.length() - 1 ? 0 : Double.parseDouble("0" + number.substring(dot));
            add(unit, whole, number.startsWith("-") ? -frac : frac, text);
        }

        void add(String unit, long whole, double frac, String text) {
            double value = whole + frac;
            any = true;
            mark(switch (unit) {
                case "us" -> 1;
                case "ms" -> 2;
                case "s" -> 4;
                case "min" -> 8;
                case "h" -> 16;
                case "d" -> 32;
                case "w" -> 64;
                case "mon" -> 128;
                case "y" -> 256;
                case "dec" -> 512;
                case "c" -> 1024;
                default -> 2048;
            }, text);
            if (Math.abs(value) > 4.3e9 && !(unit.equals("us") || unit.equals("ms") || unit.equals("s")
                    || unit.equals("min") || unit.equals("h"))) {
                throw overflow(text);
            }
            switch (unit) {
                case "us" -> scaled(whole, frac, 1);
                case "ms" -> scaled(whole, frac, 1000);
                case "s" -> scaled(whole, frac, Interval.USECS_PER_SEC);
                case "min" -> scaled(whole, frac, Interval.USECS_PER_MINUTE);
                case "h" -> scaled(whole, frac, Interval.USECS_PER_HOUR);
                case "d" -> {
                    days += whole;
                    fractDays(frac, 1);
                }
                case "w" -> {
                    days += whole * 7;
                    fractDays(frac, 7);
                }
                case "mon" -> {
                    months += whole;
                    fractDays(frac, 30);
                }
                case "y" -> years(whole, frac, 1);
                case "dec" -> years(whole, frac, 10);
                case "c" -> years(whole, frac, 100);
                case "mil" -> years(whole, frac, 1000);
                default -> throw invalid(text);
            }
            if (months != (int) months || days != (int) days) {
                throw overflow(text);
            }
        }

        private void years(long whole, double frac, int scale) {
            months += whole * 12 * scale;
            months += (long) Math.rint(frac * scale * 12);
        }

        private void fractDays(double frac, int scale) {
            double f = frac * scale;
            long extra = (long) f;
            days += extra;
            micros(Math.rint((f - extra) * Interval.USECS_PER_DAY));
        }

        private void scaled(long whole, double frac, long scale) {
            micros = Math.addExact(micros, Math.multiplyExact(whole, scale));
            micros(Math.rint(frac * scale));
        }

        private void micros(double us) {
            if (Double.isNaN(us) || Math.abs(us) >= 9.2e18) {
                throw new SqlException(SqlState.INTERVAL_FIELD_OVERFLOW, "interval field value out of range");
            }
            micros = Math.addExact(micros, (long) us);
        }
    }

    static Interval parse(String text) {
        return parse(text, IntervalFields.FULL_RANGE);
    }

    /** Parses under a field qualifier's range ({@link IntervalFields}), which gives bare numbers their unit. */
    static Interval parse(String text, int range) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("p")) {
                return iso(s, text);
            }
            return postgres(s, text, range);
        } catch (ArithmeticException e) {
            throw overflow(text);
        } catch (NumberFormatException e) {
            throw invalid(text);
        }
    }

    private static Interval postgres(String s, String text, int range) {
        if (s.startsWith("@")) {
            s = s.substring(1);
        }
        String[] tokens = tokenize(s);
        Acc acc = new Acc();
        boolean ago = false;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.equals("ago")) {
                if (i != tokens.length - 1 || !acc.any) {
                    throw invalid(text);
                }
                ago = true;
            } else if (t.indexOf(':') >= 0) {
                clock(acc, t, text, range == (IntervalFields.MINUTE | IntervalFields.SECOND));
            } else if (YEAR_MONTH.matcher(t).matches()) {
                yearMonth(acc, t, text);
            } else if (isNumber(t)) {
                String unit = i + 1 < tokens.length ? unit(tokens[i + 1]) : null;
                String bare = IntervalFields.bareUnit(range);
                if (unit != null) {
                    acc.add(unit, t, text);
                    i++;
                } else if (i + 1 < tokens.length && tokens[i + 1].indexOf(':') >= 0) {
                    acc.add("d", t, text); // "1 12:00" is a day count before a clock
                } else if (i + 1 == tokens.length || tokens[i + 1].equals("ago")) {
                    acc.add(bare, t, text);
                } else if (bare.equals("h") && i + 2 == tokens.length && isNumber(tokens[i + 1])) {
                    acc.add("d", t, text); // "1 2" under HOUR: a day count before the hours, as PostgreSQL
                } else {
                    throw invalid(text);
                }
            } else {
                throw invalid(text);
            }
        }
        if (!acc.any) {
            throw invalid(text);
        }
        Interval r = Interval.of(acc.months, acc.days, acc.micros);
        return ago ? r.negate() : r;
    }

    /** Splits "1day-2hours" style input into numbers, words and clocks. */
    private static String[] tokenize(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(s.charAt(i))) {
                    i++;
                }
            } else {
                i++;
                while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == ':')) {
                    i++;
                }
                // SQL-standard year-month: "1-2", "-1-2"
                if (i + 1 < n && s.charAt(i) == '-' && Character.isDigit(s.charAt(i + 1))
                        && s.substring(start, i).matches("[+-]?\\d+")) {
                    i++;
                    while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
                        i++; // "1-2-3" stays one token, and is refused
                    }
                }
            }
            out.add(s.substring(start, i));
        }
        return out.toArray(new String[0]);
    }

    private static boolean isNumber(String t) {
        return t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)");
    }

    private static final java.util.regex.Pattern YEAR_MONTH = java.util.regex.Pattern.compile("[+-]?\\d+-\\d+");

    /** SQL-standard {@code years-months}; a leading sign applies to both, months must be 0..11. */
    private static void yearMonth(Acc acc, String t, String text) {
        boolean neg = t.startsWith("-");
        String body = t.charAt(0) == '+' || neg ? t.substring(1) : t;
        int dash = body.indexOf('-');
        long years = Long.parseLong(body.substring(0, dash));
        long months = Long.parseLong(body.substring(dash + 1));
        if (months > 11) {
            throw overflow(text);
        }
        acc.add("y", neg ? -years : years, 0, text);
        acc.add("mon", neg ? -months : months, 0, text);
    }

    private static void clock(Acc acc, String t, String text, boolean minuteToSecond) {
        if (!t.matches("[+-]?\\d+:\\d+(:\\d+(\\.\\d*)?)?|[+-]?\\d+:\\d+\\.\\d*")) {
            throw invalid(text);
        }
        boolean neg = t.startsWith("-");
        String body = t.charAt(0) == '+' || neg ? t.substring(1) : t;
        String[] p = body.split(":");
        long h = Long.parseLong(p[0]);
        double minutes;
        double seconds = 0;
        if (p.length == 2 && (p[1].contains(".") || minuteToSecond)) {
            // "mm:ss.f" when the second field carries a fraction
            minutes = h;
            h = 0;
            seconds = Double.parseDouble(p[1]);
        } else {
            minutes = Long.parseLong(p[1]);
            if (p.length > 2) {
                seconds = Double.parseDouble(p[2]);
            }
        }
        if (minutes > 59 || seconds >= 60) {
            throw new SqlException(SqlState.INTERVAL_FIELD_OVERFLOW, "interval field value out of range: \"" + text + "\"");
        }
        long us = Math.addExact(Math.multiplyExact(h, Interval.USECS_PER_HOUR),
                (long) minutes * Interval.USECS_PER_MINUTE + Math.round(seconds * Interval.USECS_PER_SEC));
        acc.any = true;
        acc.mark(1 | 2 | 4 | 8 | 16, text);
        acc.micros = Math.addExact(acc.micros, neg ? -us : us);
    }

    /** The canonical unit of a unit word, or null when the word is not one. */
    static String unit(String w) {
        return switch (w) {
            case "microsecond", "microseconds", "us", "usec", "usecs", "microsecon" -> "us";
            case "millisecond", "milliseconds", "ms", "msec", "msecs", "millisecon" -> "ms";
            case "second", "seconds", "s", "sec", "secs" -> "s";
            case "minute", "minutes", "m", "min", "mins" -> "min";
            case "hour", "hours", "h", "hr", "hrs" -> "h";
            case "day", "days", "d" -> "d";
            case "week", "weeks", "w" -> "w";
            case "month", "months", "mon", "mons" -> "mon";
            case "year", "years", "y", "yr", "yrs" -> "y";
            case "decade", "decades", "dec", "decs" -> "dec";
            case "century", "centuries", "c", "cent" -> "c";
            case "millennium", "millennia", "mil", "mils" -> "mil";
            default -> null;
        };
    }

    /** ISO 8601 durations: P[nY][nM][nW][nD][T[nH][nM][nS]], each number optionally signed and fractional. */
    private static Interval iso(String s, String text) {
        Acc acc = new Acc();
        boolean time = false;
        int i = 1;
        if (i >= s.length()) {
            throw invalid(text);
        }
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == 't') {
                if (time) {
                    throw invalid(text);
                }
                time = true;
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || "+-.".indexOf(s.charAt(i)) >= 0)) {
                i++;
            }
            if (start == i || i >= s.length()) {
                throw invalid(text);
            }
            String number = s.substring(start, i);
            if (!isNumber(number)) {
                throw invalid(text);
            }
            String unit = switch (s.charAt(i)) {
                case 'y' -> time ? null : "y";
                case 'm' -> time ? "min" : "mon";
                case 'w' -> time ? null : "w";
                case 'd' -> time ? null : "d";
                case 'h' -> time ? "h" : null;
                case 's' -> time ? "s" : null;
                default -> null;
            };
            if (unit == null) {
                throw invalid(text);
            }
            acc.add(unit, number, text);
            i++;
        }
        if (!acc.any) {
            throw invalid(text);
        }
        return Interval.of(acc.months, acc.days, acc.micros);
    }

    static String format(Interval v) {
        StringBuilder sb = new StringBuilder(32);
        boolean[] state = {true, false}; // {isZero, isBefore}
        part(sb, v.months() / 12, "year", state);
        part(sb, v.months() % 12, "mon", state);
        part(sb, v.days(), "day", state);
        long t = v.micros();
        if (state[0] || t != 0) {
            if (!state[0]) {
                sb.append(' ');
            }
            sb.append(t < 0 ? "-" : state[1] ? "+" : "");
            appendClock(sb, t);
        }
        return sb.toString();
    }

    /** hh:mm:ss[.ffffff] of the absolute value of {@code micros}, hours unbounded. */
    static void appendClock(StringBuilder sb, long micros) {
        long hour = Math.abs(micros / Interval.USECS_PER_HOUR);
        long rest = Math.abs(micros % Interval.USECS_PER_HOUR);
        if (hour < 10) {
            sb.append('0');
        }
        sb.append(hour).append(':');
        long min = rest / Interval.USECS_PER_MINUTE;
        long us = rest % Interval.USECS_PER_MINUTE;
        two(sb, min);
        sb.append(':');
        two(sb, us / Interval.USECS_PER_SEC);
        long f = us % Interval.USECS_PER_SEC;
        if (f != 0) {
            String d = Long.toString(f + Interval.USECS_PER_SEC).substring(1);
            int end = d.length();
            while (d.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(d, 0, end);
        }
    }

    private static void two(StringBuilder sb, long v) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }

    private static void part(StringBuilder sb, int value, String unit, boolean[] state) {
        if (value == 0) {
            return;
        }
        if (!state[0]) {
            sb.append(' ');
        }
        if (state[1] && value > 0) {
            sb.append('+');
        }
        sb.append(value).append(' ').append(unit);
        if (value != 1) {
            sb.append('s');
        }
        state[1] = value < 0;
        state[0] = false;
    }

    static SqlException invalid(String text) {
        return new SqlException(SqlState.INVALID_DATETIME_FORMAT, "invalid input syntax for type interval: \"" + text + "\"");
    }

    static SqlException overflow(String text) {
        return new SqlException(SqlState.INTERVAL_FIELD_OVERFLOW, "interval field value out of range: \"" + text + "\"");
    }
}
