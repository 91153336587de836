package org.borealis.sql.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.types.TimestamptzType;

/**
 * {@code to_timestamp(text, text)} and {@code to_date(text, text)}: reads a date/time from text
 * with a template as PostgreSQL 15 does. {@link ToTimestampFormat} splits the template,
 * {@link ToTimestampReader} reads the input into {@link ToTimestampFields} (FX mode, conflicting
 * fields), and this class combines the fields into a date and time (PostgreSQL's
 * do_to_timestamp): SSSS, 12-hour clock, CC with YY/Y, BC and negative years, J, ISO week dates
 * (IYYY, IW, ID, IDDD), WW and W, DDD, fractions and their FF precision, TZH/TZM. Errors as
 * PostgreSQL's: 22007 for text that does not fit the template or fields that contradict each
 * other, 22008 for a date or time out of range, 22009 for a TZH/TZM offset out of range.
 */
final class ToTimestamp {

    private static final int POSTGRES_EPOCH_JDATE = 2451545;
    private static final long DATE_END_JULIAN = 2147483494L; // 5874898-06-03
    private static final long USECS_PER_DAY = 86_400_000_000L;
    private static final long MIN_TIMESTAMP = -211_813_488_000_000_000L;
    private static final long END_TIMESTAMP = 9_223_371_331_200_000_000L;
    private static final int[][] YSUM = {{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
        {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366}};
    private static final int[][] DAY_TAB = {{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31},
        {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}};

    private ToTimestamp() {
    }

    /** The combined result: a proleptic date (year 0 is 1 BC) and time, and the offset read, if any. */
    private record Tm(int year, int mon, int mday, int hour, int min, int sec, long fsec, int fprec, Integer offsetSecs) {
    }

    static Instant timestamp(String input, String format, ZoneId zone) {
        Tm tm = combine(input, format);
        if (!validJulian(tm.year(), tm.mon())) {
            throw outOfRange();
        }
        long date = Julian.date2j(tm.year(), tm.mon(), tm.mday()) - POSTGRES_EPOCH_JDATE;
        long time = ((tm.hour() * 60L + tm.min()) * 60 + tm.sec()) * 1_000_000L + tm.fsec();
        long local;
        try {
            local = Math.addExact(Math.multiplyExact(date, USECS_PER_DAY), time);
        } catch (ArithmeticException e) {
            throw outOfRange();
        }
        int offset;
        if (tm.offsetSecs() != null) {
            offset = tm.offsetSecs();
        } else {
            LocalDateTime ldt = LocalDate.ofEpochDay(date + POSTGRES_EPOCH_JDATE - Julian.UNIX_EPOCH_JDATE).atStartOfDay()
                    .plusNanos(time * 1000);
            offset = offset(ldt, zone);
        }
        long result = local - offset * 1_000_000L;
        if (tm.fprec() > 0 && tm.fprec() < 6) {
            long scale = (long) Math.pow(10, 6 - tm.fprec());
            result = result >= 0 ? (result + scale / 2) / scale * scale : -((-result + scale / 2) / scale * scale);
        }
        if (result < MIN_TIMESTAMP || result >= END_TIMESTAMP) {
            throw outOfRange();
        }
        return TimestamptzType.fromMicros(result);
    }

    static LocalDate date(String input, String format) {
        Tm tm = combine(input, format);
        if (!validJulian(tm.year(), tm.mon())) {
            throw new SqlException(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range: \"" + input + "\"");
        }
        long jd = Julian.date2j(tm.year(), tm.mon(), tm.mday());
        if (jd < 0 || jd >= DATE_END_JULIAN) {
            throw new SqlException(SqlState.DATETIME_FIELD_OVERFLOW, "date out of range: \"" + input + "\"");
        }
        return LocalDate.ofEpochDay(jd - Julian.UNIX_EPOCH_JDATE);
    }

    /**
     * The session zone's offset at a local time, as PostgreSQL picks it: in a gap (spring forward)
     * the offset before the change, in an overlap (fall back) the one after it.
     */
    private static int offset(LocalDateTime ldt, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> valid = rules.getValidOffsets(ldt);
        if (valid.size() == 1) {
            return valid.get(0).getTotalSeconds();
        }
        ZoneOffsetTransition t = rules.getTransition(ldt);
        return (t.isGap() ? t.getOffsetBefore() : t.getOffsetAfter()).getTotalSeconds();
    }

    private static boolean validJulian(int y, int m) {
        return (y > -4713 || (y == -4713 && m >= 11)) && (y < 5874898 || (y == 5874898 && m < 6));
    }

    private static SqlException outOfRange() {
        return new SqlException(SqlState.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
    }

    private static SqlException overflow(String input) {
        return new SqlException(SqlState.DATETIME_FIELD_OVERFLOW, "date/time field value out of range: \"" + input + "\"");
    }

    private static Tm combine(String input, String format) {
        ToTimestampFields t = ToTimestampReader.read(input, format);
        int year = 0;
        int mon = 1;
        int mday = 1;
        int hour = 0;
        int min = 0;
        int sec = 0;
        boolean fyear = false;
        boolean fmon = false;
        boolean fday = false;
        if (t.ssss != 0) {
            hour = t.ssss / 3600;
            min = t.ssss % 3600 / 60;
            sec = t.ssss % 60;
        }
        if (t.ss != 0) {
            sec = t.ss;
        }
        if (t.mi != 0) {
            min = t.mi;
        }
        if (t.hh != 0) {
            hour = t.hh;
        }
        if (t.clock12) {
            if (hour < 1 || hour > 12) {
                throw new SqlException(SqlState.INVALID_DATETIME_FORMAT, "hour \"" + hour + "\" is invalid for the 12-hour clock")
                        .withHint("Use the 24-hour clock, or give an hour between 1 and 12.");
            }
            if (t.pm != 0 && hour < 12) {
                hour += 12;
            } else if (t.pm == 0 && hour == 12) {
                hour = 0;
            }
        }
        int cc = t.bc != 0 ? -t.cc : t.cc;
        if (t.year != 0) {
            if (t.cc != 0 && t.yysz <= 2) {
                // YY or Y within the century CC: the 21st century runs from 2001 to 2100
                year = t.year % 100;
                if (year != 0) {
                    year = cc >= 0 ? year + (cc - 1) * 100 : (cc + 1) * 100 - year + 1;
                } else {
                    year = cc * 100 + (cc >= 0 ? 0 : 1);
                }
            } else {
                year = t.bc != 0 ? -t.year : t.year;
                if (year < 0) {
                    year++; // year 0 is 1 BC
                }
            }
            fyear = true;
        } else if (t.cc != 0) {
            year = cc >= 0 ? (cc - 1) * 100 + 1 : cc * 100 + 1; // the first year of the century
            fyear = true;
        }
        if (t.j != 0) {
            int[] ymd = Julian.j2date(t.j);
            year = ymd[0];
            mon = ymd[1];
            mday = ymd[2];
            fyear = fmon = fday = true;
        }
        int ddd = t.ddd;
        int dd = t.dd;
        if (t.ww != 0) {
            if (t.mode == 2) {
                long jday = Julian.isoweek2j(year, t.ww);
                if (t.d != 0) {
                    jday += t.d > 1 ? t.d - 2 : 6; // Sunday-first numbering back to ISO's Monday-first
                }
                int[] ymd = Julian.j2date(jday);
                year = ymd[0];
                mon = ymd[1];
                mday = ymd[2];
                fyear = fmon = fday = true;
            } else {
                ddd = (t.ww - 1) * 7 + 1;
            }
        }
        if (t.w != 0) {
            dd = (t.w - 1) * 7 + 1;
        }
        if (dd != 0) {
            mday = dd;
            fday = true;
        }
        if (t.mm != 0) {
            mon = t.mm;
            fmon = true;
        }
        if (ddd != 0 && (mon <= 1 || mday <= 1)) {
            if (year == 0 && t.bc == 0) {
                throw new SqlException(SqlState.INVALID_DATETIME_FORMAT, "cannot calculate day of year without year information");
            }
            if (t.mode == 2) {
                int[] ymd = Julian.j2date(Julian.isoweek2j(year, 1) - 1 + ddd);
                year = ymd[0];
                mon = ymd[1];
                mday = ymd[2];
                fyear = fmon = fday = true;
            } else {
                int[] y = YSUM[leap(year) ? 1 : 0];
                int i = 1;
                while (i <= 12 && ddd > y[i]) {
                    i++;
                }
                if (mon <= 1) {
                    mon = i;
                }
                if (mday <= 1) {
                    mday = ddd - y[i - 1];
                }
                fmon = fday = true;
            }
        }
        long fsec = t.ms * 1000L + t.us;
        if (fmon && (mon < 1 || mon > 12) || fday && (mday < 1 || mday > 31)
                || fyear && fmon && fday && mday > DAY_TAB[leap(year) ? 1 : 0][mon - 1]) {
            throw overflow(input);
        }
        if (hour < 0 || hour >= 24 || min < 0 || min >= 60 || sec < 0 || sec >= 60 || fsec < 0 || fsec >= 1_000_000) {
            throw overflow(input);
        }
        Integer offset = null;
        if (t.tzsign != 0) {
            if (t.tzh < 0 || t.tzh > 15 || t.tzm < 0 || t.tzm >= 60) {
                throw new SqlException(SqlState.INVALID_TIME_ZONE_DISPLACEMENT_VALUE, "time zone displacement out of range: \""
                        + input + "\"");
            }
            offset = t.tzsign * (t.tzh * 3600 + t.tzm * 60);
        }
        return new Tm(year, mon, mday, hour, min, sec, fsec, t.ff, offset);
    }

    private static boolean leap(int y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }
}
