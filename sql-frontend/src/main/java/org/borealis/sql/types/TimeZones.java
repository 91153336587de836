package org.borealis.sql.types;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * The TimeZone setting: IANA names ({@code Europe/Paris}), {@code UTC}/{@code GMT}, and POSIX-style
 * offsets, where PostgreSQL follows POSIX and reads {@code GMT+05:00} or {@code UTC+5} as five
 * hours <em>west</em> of Greenwich (pgjdbc sends such names for JVMs on an offset zone). A plain
 * number is hours east, as {@code SET TIME ZONE 5} means.
 */
public final class TimeZones {

    private static final Pattern POSIX = Pattern.compile("(?i)(GMT|UTC)?([+-])(\\d{1,2})(?::?(\\d{2}))?(?::?(\\d{2}))?");

    private TimeZones() {
    }

    public static ZoneId parse(String name) {
        String s = name.strip();
        String l = s.toLowerCase(Locale.ROOT);
        if (l.equals("utc") || l.equals("gmt") || l.equals("z") || l.equals("zulu") || l.equals("etc/utc")
                || l.equals("universal")) {
            return ZoneOffset.UTC;
        }
        Matcher m = POSIX.matcher(s);
        if (m.matches()) {
            int secs = Integer.parseInt(m.group(3)) * 3600
                    + (m.group(4) == null ? 0 : Integer.parseInt(m.group(4)) * 60)
                    + (m.group(5) == null ? 0 : Integer.parseInt(m.group(5)));
            boolean minus = m.group(2).equals("-");
            boolean east = m.group(1) == null ? !minus : minus;
            return ZoneOffset.ofTotalSeconds(east ? secs : -secs);
        }
        if (s.matches("\\d{1,2}(\\.\\d+)?")) {
            return ZoneOffset.ofTotalSeconds((int) Math.round(Double.parseDouble(s) * 3600));
        }
        try {
            return ZoneId.of(s);
        } catch (DateTimeException e) {
            for (String id : ZoneId.getAvailableZoneIds()) {
                if (id.equalsIgnoreCase(s)) {
                    return ZoneId.of(id);
                }
            }
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE,
                    "invalid value for parameter \"TimeZone\": \"" + name + "\"");
        }
    }

    /**
     * The instant of a local time in a zone, resolved as PostgreSQL does: a local time skipped by
     * a forward jump takes the offset from before it (02:30 becomes 03:30 summer time), one that
     * occurs twice at a backward jump takes the offset from after it (standard time).
     */
    public static java.time.Instant instant(java.time.LocalDateTime local, ZoneId zone) {
        return java.time.ZonedDateTime.ofLocal(local, zone, null).withLaterOffsetAtOverlap().toInstant();
    }

    /** The name SHOW TimeZone prints for a zone. */
    public static String display(ZoneId zone) {
        if (zone.equals(ZoneOffset.UTC)) {
            return "UTC";
        }
        if (zone instanceof ZoneOffset o) {
            // POSIX sign: east of Greenwich is negative.
            int s = -o.getTotalSeconds();
            StringBuilder sb = new StringBuilder("<").append(o.getId()).append(">");
            sb.append(s < 0 ? "-" : "+").append(Math.abs(s) / 3600);
            if (Math.abs(s) % 3600 != 0) {
                sb.append(':').append(String.format("%02d", (Math.abs(s) % 3600) / 60));
            }
            return sb.toString();
        }
        return zone.getId();
    }
}
