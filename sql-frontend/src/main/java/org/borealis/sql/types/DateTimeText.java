package org.borealis.sql.types;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * Parsing and printing of the ISO date/time forms PostgreSQL reads and writes with
 * {@code DateStyle = ISO}: {@code 2024-01-31}, {@code 2024-01-31 12:34:56.789}, an optional
 * {@code T} separator and zone suffix ({@code Z}, {@code +02}, {@code +02:30}, {@code +0230},
 * a zone name), {@code BC}, and the words {@code epoch}, {@code now}, {@code today}, {@code tomorrow},
 * {@code yesterday} ({@code infinity} is each type's own, see {@link DateTimeInfinity}).
 */
final class DateTimeText {

    /** Microseconds between 1970-01-01 and PostgreSQL's epoch 2000-01-01. */
    static final long PG_EPOCH_SECONDS = 946_684_800L;
    static final LocalDate PG_EPOCH_DATE = LocalDate.of(2000, 1, 1);

    private static final Pattern TS = Pattern.compile(
            "(\\d{1,7})-(\\d{1,2})-(\\d{1,2})"
            + "(?:[ T]+(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d*))?)?)?"
            + "\\s*(Z|z|UTC|GMT|[+-]\\d{1,2}(?::?\\d{2}(?::?\\d{2})?)?|[A-Za-z][A-Za-z_/+-]*)?"
            + "(\\s+BC)?");

    private static final Pattern TIME = Pattern.compile(
            "(?i)(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d*))?)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?"
            + "\\s*(?:Z|UTC|GMT|[+-]\\d{1,2}(?::?\\d{2}(?::?\\d{2})?)?|[A-Za-z][A-Za-z_/+-]*)?");

    private DateTimeText() {
    }

    /**
     * A time of day: {@code hh:mm[:ss[.f]]} with an optional AM/PM and an ignored zone, the words
     * {@code allballs} and {@code now}, or a timestamp whose date is dropped.
     */
    static LocalTime parseTime(String text, String typeName) {
        String s = text.strip();
        if (s.equalsIgnoreCase("allballs")) {
            return LocalTime.MIDNIGHT;
        }
        Matcher m = TIME.matcher(s);
        if (!m.matches()) {
            try {
                return parse(text, "time", true).local().toLocalTime();
            } catch (SqlException e) {
                if (e.state() == SqlState.INVALID_DATETIME_FORMAT) {
                    throw invalid(text, "time");
                }
                throw e;
            }
        }
        int h = Integer.parseInt(m.group(1));
        int mi = Integer.parseInt(m.group(2));
        int sec = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        long micros = 0;
        String frac = m.group(4);
        if (frac != null && !frac.isEmpty()) {
            micros = (Long.parseLong((frac + "0000000").substring(0, 7)) + 5) / 10;
        }
        String ampm = m.group(5);
        if (ampm != null) {
            if (h < 1 || h > 12) {
                throw timeRange(text);
            }
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            h = h == 12 ? (pm ? 12 : 0) : (pm ? h + 12 : h);
        }
        if (h > 23 || mi > 59 || sec > 60) {
            throw timeRange(text);
        }
        long total = ((h * 60L + mi) * 60 + sec) * 1_000_000L + micros;
        if (total >= 86_400_000_000L) {
            throw timeRange(text);
        }
        return LocalTime.ofNanoOfDay(total * 1000);
    }

    private static SqlException timeRange(String text) {
        return new SqlException(SqlState.DATETIME_FIELD_OVERFLOW, "date/time field value out of range: \"" + text + "\"");
    }

    /** A parsed local date-time plus the zone written in the text, if any. */
    record Parsed(LocalDateTime local, ZoneId zone) {
    }

    static Parsed parse(String text, String typeName, boolean wantTime) {
        String s = text.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "epoch" -> {
                return new Parsed(LocalDateTime.of(1970, 1, 1, 0, 0), ZoneOffset.UTC);
            }
            case "now" -> {
                return new Parsed(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
            }
            case "today" -> {
                return new Parsed(LocalDate.now(ZoneOffset.UTC).atStartOfDay(), null);
            }
            case "tomorrow", "yesterday" -> {
                return new Parsed(LocalDate.now(ZoneOffset.UTC).plusDays(lower.equals("tomorrow") ? 1 : -1).atStartOfDay(), null);
            }
            default -> {
            }
        }
        boolean bc = lower.endsWith(" bc");
        Matcher m = TS.matcher(bc ? s.substring(0, s.length() - 3).stripTrailing() : s);
        if (!m.matches()) {
            throw invalid(text, typeName);
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (bc || m.group(9) != null) {
                year = 1 - year;
            }
            LocalDate d = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            LocalTime t = LocalTime.MIDNIGHT;
            if (m.group(4) != null) {
                int h = Integer.parseInt(m.group(4));
                int mi = Integer.parseInt(m.group(5));
                int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
                long micros = 0;
                String frac = m.group(7);
                if (frac != null && !frac.isEmpty()) {
                    String f = (frac + "0000000").substring(0, 7);
                    micros = (Long.parseLong(f) + 5) / 10;
                }
                if (h == 24 && mi == 0 && sec == 0 && micros == 0) {
                    return new Parsed(d.plusDays(1).atStartOfDay(), zoneOf(m.group(8), text, typeName));
                }
                t = LocalTime.of(h, mi, sec).plusNanos(micros * 1000);
                if (micros == 1_000_000) {
                    return new Parsed(LocalDateTime.of(d, LocalTime.of(h, mi, sec)).plusSeconds(1),
                            zoneOf(m.group(8), text, typeName));
                }
            }
            return new Parsed(LocalDateTime.of(d, t), zoneOf(m.group(8), text, typeName));
        } catch (java.time.DateTimeException e) {
            throw new SqlException(SqlState.DATETIME_FIELD_OVERFLOW,
                    "date/time field value out of range: \"" + text + "\"");
        }
    }

    private static ZoneId zoneOf(String z, String text, String typeName) {
        if (z == null) {
            return null;
        }
        if (z.equalsIgnoreCase("z") || z.equals("UTC") || z.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        if (z.charAt(0) == '+' || z.charAt(0) == '-') {
            String digits = z.substring(1).replace(":", "");
            int h;
            int mi = 0;
            int sec = 0;
            if (digits.length() <= 2) {
                h = Integer.parseInt(digits);
            } else {
                h = Integer.parseInt(digits.substring(0, digits.length() % 2 == 0 ? 2 : 1));
                String rest = digits.substring(digits.length() % 2 == 0 ? 2 : 1);
                mi = Integer.parseInt(rest.substring(0, 2));
                if (rest.length() > 2) {
                    sec = Integer.parseInt(rest.substring(2));
                }
            }
            int total = h * 3600 + mi * 60 + sec;
            return ZoneOffset.ofTotalSeconds(z.charAt(0) == '-' ? -total : total);
        }
        try {
            return TimeZones.parse(z);
        } catch (SqlException e) {
            throw invalid(text, typeName);
        }
    }

    static SqlException invalid(String text, String typeName) {
        return new SqlException(SqlState.INVALID_DATETIME_FORMAT,
                "invalid input syntax for type " + typeName + ": \"" + text + "\"");
    }

    static void appendDate(StringBuilder sb, LocalDate d) {
        int y = d.getYear();
        int shown = y > 0 ? y : 1 - y;
        pad(sb, shown, 4);
        sb.append('-');
        pad(sb, d.getMonthValue(), 2);
        sb.append('-');
        pad(sb, d.getDayOfMonth(), 2);
    }

    static void appendTime(StringBuilder sb, LocalTime t) {
        pad(sb, t.getHour(), 2);
        sb.append(':');
        pad(sb, t.getMinute(), 2);
        sb.append(':');
        pad(sb, t.getSecond(), 2);
        int micros = t.getNano() / 1000;
        if (micros != 0) {
            String f = Integer.toString(micros + 1_000_000).substring(1);
            int end = f.length();
            while (f.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(f, 0, end);
        }
    }

    static void appendOffset(StringBuilder sb, int totalSeconds) {
        sb.append(totalSeconds < 0 ? '-' : '+');
        int a = Math.abs(totalSeconds);
        pad(sb, a / 3600, 2);
        if (a % 3600 != 0) {
            sb.append(':');
            pad(sb, (a % 3600) / 60, 2);
            if (a % 60 != 0) {
                sb.append(':');
                pad(sb, a % 60, 2);
            }
        }
    }

    static void appendBc(StringBuilder sb, LocalDate d) {
        if (d.getYear() <= 0) {
            sb.append(" BC");
        }
    }

    private static void pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }
}
