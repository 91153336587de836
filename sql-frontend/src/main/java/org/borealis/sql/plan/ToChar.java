package org.borealis.sql.plan;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.FuncExpr;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.DateTimeInfinity;
import org.borealis.sql.types.Interval;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * to_char of a timestamp, timestamptz (in the session's zone), date (as timestamptz, as
 * PostgreSQL resolves it), interval or number ({@link ToCharNumber}). Date/time patterns: YYYY,
 * Y,YYY, YYY, YY, Y, IYYY, MM, Month/MONTH/month, Mon/MON/mon, DD, DDD, D, ID, Day/DAY/day,
 * Dy/DY/dy, HH, HH12, HH24, MI, SS, MS, US, FF1-FF6, SSSS(S), AM/PM/A.M./P.M., AD/BC, Q, CC, WW,
 * W, IW, IYY, IY, I, IDDD, J, RM, TZ/tz, OF, TZH, TZM, the FM prefix, TH/th suffixes,
 * double-quoted literal text and backslash escapes; every other character is copied. The TM
 * prefix and SP suffix raise 0A000 naming the pattern rather than printing something wrong; so
 * do the patterns other than the numeric ones when applied to an interval.
 */
final class ToChar {

    private ToChar() {
    }

    /** Patterns in match order (longest first where one is a prefix of another); case-insensitive. */
    private static final List<String> PATTERNS = List.of("A.D.", "A.M.", "AD", "AM", "B.C.", "BC", "CC", "DAY", "DDD", "DD",
            "DY", "D", "FF1", "FF2", "FF3", "FF4", "FF5", "FF6", "FX", "HH24", "HH12", "HH", "IDDD", "ID", "IW", "IYYY", "IYY",
            "IY", "I", "J", "MI", "MM", "MONTH", "MON", "MS", "OF", "P.M.", "PM", "Q", "RM", "SSSSS", "SSSS", "SS", "TZH", "TZM",
            "TZ", "US", "WW", "W", "Y,YYY", "YYYY", "YYY", "YY", "Y");

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    static BoundExpr bind(Coercion co, List<BoundExpr> args, int pos) {
        Functions.arity("to_char", args, 2, pos);
        BoundExpr v = args.get(0);
        PgType t = Coercion.typeOf(v);
        if (t == Types.UNKNOWN) {
            throw new SqlException(SqlState.AMBIGUOUS_FUNCTION, "function to_char(unknown, unknown) is not unique")
                    .withHint("Could not choose a best candidate function. You might need to add explicit type casts.")
                    .withPosition(pos + 1);
        }
        BoundExpr fmt = co.coerce(args.get(1), Types.TEXT, Casts.Context.IMPLICIT, pos);
        if (Casts.numericRank(t) > 0) {
            PgType numType = t;
            return new FuncExpr("to_char", List.of(v, fmt), Types.TEXT,
                    (c, a) -> ToCharNumber.format(a[0], numType, (String) a[1]), true, false);
        }
        if (t == Types.DATE) {
            v = co.coerce(v, Types.TIMESTAMPTZ, Casts.Context.IMPLICIT, pos);
            t = Types.TIMESTAMPTZ;
        } else if (t == Types.TIME) {
            v = co.coerce(v, Types.INTERVAL, Casts.Context.IMPLICIT, pos);
            t = Types.INTERVAL;
        }
        if (t != Types.TIMESTAMP && t != Types.TIMESTAMPTZ && t != Types.INTERVAL) {
            throw Functions.undefined("to_char", args, pos);
        }
        PgType type = t;
        return new FuncExpr("to_char", List.of(v, fmt), Types.TEXT, (c, a) -> {
            if (DateTimeInfinity.isInfinite(a[0])) {
                return null; // as PostgreSQL
            }
            if (type == Types.TIMESTAMP) {
                return format(Fields.of((LocalDateTime) a[0], null, null), (String) a[1]);
            }
            if (type == Types.TIMESTAMPTZ) {
                ZoneId zone = c.format().zone();
                Instant i = (Instant) a[0];
                return format(Fields.of(LocalDateTime.ofInstant(i, zone), zone, i), (String) a[1]);
            }
            return format(Fields.of((Interval) a[0]), (String) a[1]);
        }, true, false);
    }

    /** The broken-down value a format reads; {@code local} is null for an interval. */
    record Fields(long year, long month, long day, long hour, long minute, long second, long micros, LocalDateTime local,
                  ZoneId zone, Instant instant) {

        static Fields of(LocalDateTime t, ZoneId zone, Instant instant) {
            return new Fields(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(),
                    t.getNano() / 1000, t, zone, instant);
        }

        static Fields of(Interval v) {
            long us = v.micros();
            return new Fields(v.months() / 12, v.months() % 12, v.days(), us / Interval.USECS_PER_HOUR,
                    us / Interval.USECS_PER_MINUTE % 60, us / Interval.USECS_PER_SEC % 60, us % Interval.USECS_PER_SEC,
                    null, null, null);
        }
    }

    static String format(Fields f, String fmt) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '"') {
                i++;
                while (i < n && fmt.charAt(i) != '"') {
                    if (fmt.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    out.append(fmt.charAt(i++));
                }
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < n && fmt.charAt(i + 1) == '"') {
                out.append('"');
                i += 2;
                continue;
            }
            boolean fm = false;
            if (fmt.regionMatches(true, i, "FM", 0, 2)) {
                fm = true;
                i += 2;
            } else if (fmt.regionMatches(true, i, "TM", 0, 2)) {
                throw unsupported(fmt.substring(i, i + 2));
            }
            String p = match(fmt, i);
            if (p == null) {
                if (!fm) {
                    out.append(c);
                    i++;
                }
                continue;
            }
            String written = fmt.substring(i, i + p.length());
            i += p.length();
            String th = null;
            if (i + 1 < n && (fmt.startsWith("TH", i) || fmt.startsWith("th", i))) {
                th = fmt.substring(i, i + 2);
                i += 2;
            } else if (fmt.regionMatches(true, i, "SP", 0, 2)) {
                throw unsupported(written + fmt.substring(i, i + 2));
            }
            String s = field(p, written, f, fm);
            out.append(s);
            if (th != null) {
                out.append(ordinal(s, th.equals("th")));
            }
        }
        return out.toString();
    }

    private static String match(String fmt, int i) {
        for (String p : PATTERNS) {
            if (fmt.regionMatches(true, i, p, 0, p.length())) {
                return p;
            }
        }
        return null;
    }

    private static String field(String p, String written, Fields f, boolean fm) {
        boolean interval = f.local() == null;
        if (interval && !List.of("YYYY", "YYY", "YY", "Y", "MM", "DD", "HH", "HH12", "HH24", "MI", "SS", "MS", "US", "SSSS",
                "SSSSS", "FF1", "FF2", "FF3", "FF4", "FF5", "FF6").contains(p)) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "formatting pattern \"" + written
                    + "\" is not supported for type interval");
        }
        long year = interval ? f.year() : f.year() <= 0 ? 1 - f.year() : f.year();
        long hour12 = f.hour() % 12 == 0 ? 12 : f.hour() % 12;
        return switch (p) {
            case "YYYY" -> num(year, 4, fm);
            case "Y,YYY" -> (year / 1000) + "," + num(Math.abs(year % 1000), 3, false);
            case "YYY" -> num(year % 1000, 3, fm);
            case "YY" -> num(year % 100, 2, fm);
            case "Y" -> num(year % 10, 1, fm);
            case "IYYY" -> num(f.local().get(IsoFields.WEEK_BASED_YEAR), 4, fm);
            case "IYY" -> num(f.local().get(IsoFields.WEEK_BASED_YEAR) % 1000, 3, fm);
            case "IY" -> num(f.local().get(IsoFields.WEEK_BASED_YEAR) % 100, 2, fm);
            case "I" -> num(f.local().get(IsoFields.WEEK_BASED_YEAR) % 10, 1, fm);
            case "IDDD" -> num((f.local().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) - 1) * 7L
                    + f.local().getDayOfWeek().getValue(), 3, fm);
            case "RM" -> {
                String r = ROMAN[(int) f.month() - 1];
                r = Character.isLowerCase(written.charAt(0)) ? r.toLowerCase(Locale.ROOT) : r;
                yield fm ? r : String.format("%-4s", r);
            }
            case "FX" -> "";
            case "MM" -> num(f.month(), 2, fm);
            case "DD" -> num(f.day(), 2, fm);
            case "DDD" -> num(f.local().getDayOfYear(), 3, fm);
            case "D" -> num(f.local().getDayOfWeek().getValue() % 7 + 1, 1, fm);
            case "ID" -> num(f.local().getDayOfWeek().getValue(), 1, fm);
            case "HH", "HH12" -> num(interval ? hour12Interval(f.hour()) : hour12, clockWidth(f.hour()), fm);
            case "HH24" -> num(f.hour(), clockWidth(f.hour()), fm);
            case "MI" -> num(f.minute(), clockWidth(f.minute()), fm);
            case "SS" -> num(f.second(), clockWidth(f.second()), fm);
            case "MS" -> num(f.micros() / 1000, 3, fm);
            case "US" -> num(f.micros(), 6, fm);
            case "FF1", "FF2", "FF3", "FF4", "FF5", "FF6" -> {
                int digits = p.charAt(2) - '0';
                yield num(f.micros() / (long) Math.pow(10, 6 - digits), digits, fm);
            }
            case "SSSS", "SSSSS" -> Long.toString((f.hour() * 60 + f.minute()) * 60 + f.second());
            case "AM", "PM" -> cased(f.hour() >= 12 ? "PM" : "AM", written);
            case "A.M.", "P.M." -> cased(f.hour() >= 12 ? "P.M." : "A.M.", written);
            case "AD", "BC" -> cased(f.year() <= 0 ? "BC" : "AD", written);
            case "A.D.", "B.C." -> cased(f.year() <= 0 ? "B.C." : "A.D.", written);
            case "MONTH" -> pad(cased(f.local().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), written), fm);
            case "MON" -> cased(f.local().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), written);
            case "DAY" -> pad(cased(f.local().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), written), fm);
            case "DY" -> cased(f.local().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), written);
            case "Q" -> num((f.month() - 1) / 3 + 1, 1, fm);
            case "CC" -> num(f.year() > 0 ? (f.year() - 1) / 100 + 1 : f.year() / 100 - 1, 2, fm);
            case "WW" -> num((f.local().getDayOfYear() - 1) / 7 + 1, 2, fm);
            case "W" -> num((f.day() - 1) / 7 + 1, 1, fm);
            case "IW" -> num(f.local().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, fm);
            case "J" -> Long.toString(f.local().toLocalDate().toEpochDay() + 2440588);
            case "TZ" -> f.zone() == null ? "" : cased(abbreviation(f), written);
            case "OF" -> f.zone() == null ? "+00" : offset(f, true);
            case "TZH" -> f.zone() == null ? "+00" : offset(f, false);
            case "TZM" -> f.zone() == null ? "00" : num(Math.abs(offsetSeconds(f)) / 60 % 60, 2, false);
            default -> throw unsupported(written);
        };
    }

    /** Two digits, three for a negative interval field so the sign does not eat one ("-04"), as PostgreSQL pads. */
    private static int clockWidth(long v) {
        return v < 0 ? 3 : 2;
    }

    private static long hour12Interval(long hour) {
        return hour % 12 == 0 ? 12 : hour % 12;
    }

    private static int offsetSeconds(Fields f) {
        return f.zone().getRules().getOffset(f.instant()).getTotalSeconds();
    }

    private static String offset(Fields f, boolean withMinutes) {
        int s = offsetSeconds(f);
        String r = (s < 0 ? "-" : "+") + num(Math.abs(s) / 3600, 2, false);
        if (withMinutes && Math.abs(s) % 3600 != 0) {
            r += ":" + num(Math.abs(s) / 60 % 60, 2, false);
        }
        return r;
    }

    /** The zone abbreviation PostgreSQL prints: the tz database's, or the offset when the zone is a bare offset. */
    private static String abbreviation(Fields f) {
        if (f.zone() instanceof ZoneOffset o) {
            return o.getTotalSeconds() == 0 ? "UTC" : offset(f, true);
        }
        if (f.zone().getId().equals("UTC") || f.zone().getId().equals("Etc/UTC")) {
            return "UTC";
        }
        boolean dst = f.zone().getRules().isDaylightSavings(f.instant());
        return java.util.TimeZone.getTimeZone(f.zone()).getDisplayName(dst, java.util.TimeZone.SHORT, Locale.ENGLISH);
    }

    /** Upper, lower or capitalised as the pattern was written (MONTH, month, Month). */
    private static String cased(String word, String written) {
        if (Character.isLowerCase(written.charAt(0))) {
            return word.toLowerCase(Locale.ROOT);
        }
        if (written.length() == 1 || Character.isUpperCase(written.charAt(1)) || written.indexOf('.') >= 0) {
            return word.toUpperCase(Locale.ROOT);
        }
        return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String pad(String s, boolean fm) {
        return fm ? s : String.format("%-9s", s);
    }

    private static String num(long v, int width, boolean fm) {
        return fm ? Long.toString(v) : String.format("%0" + width + "d", v);
    }

    private static String ordinal(String digits, boolean lower) {
        String d = digits.strip();
        int last = d.isEmpty() || !Character.isDigit(d.charAt(d.length() - 1)) ? 0 : d.charAt(d.length() - 1) - '0';
        boolean teen = d.length() > 1 && d.charAt(d.length() - 2) == '1';
        String s = teen ? "th" : switch (last) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return lower ? s : s.toUpperCase(Locale.ROOT);
    }

    static SqlException unsupported(String pattern) {
        return new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "formatting pattern \"" + pattern + "\" is not supported");
    }
}
