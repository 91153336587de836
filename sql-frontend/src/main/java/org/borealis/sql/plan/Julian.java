package org.borealis.sql.plan;

/**
 * Julian day numbers of proleptic Gregorian dates (year 0 is 1 BC), with PostgreSQL's arithmetic
 * (date2j, j2date, isoweek2j), so out-of-range days and months roll over as they do there.
 */
final class Julian {

    /** The Julian day of 1970-01-01. */
    static final int UNIX_EPOCH_JDATE = 2440588;

    private Julian() {
    }

    static long date2j(int year, int month, int day) {
        long y = year;
        long m = month;
        if (m > 2) {
            m += 1;
            y += 4800;
        } else {
            m += 13;
            y += 4799;
        }
        long century = y / 100;
        long julian = y * 365 - 32167;
        julian += y / 4 - century + century / 4;
        julian += 7834 * m / 256 + day;
        return julian;
    }

    /** {year, month, day} of a Julian day (PostgreSQL's unsigned 32-bit arithmetic). */
    static int[] j2date(long jd) {
        long mask = 0xFFFF_FFFFL;
        long julian = (jd + 32044) & mask;
        long quad = julian / 146097;
        long extra = ((julian - quad * 146097) * 4 + 3) & mask;
        julian = (julian + 60 + quad * 3 + extra / 146097) & mask;
        quad = julian / 1461;
        julian -= quad * 1461;
        long y = julian * 4 / 1461;
        julian = (y != 0 ? (julian + 305) % 365 : (julian + 306) % 366) + 123;
        y += quad * 4;
        long q = julian * 2141 / 65536;
        return new int[] {(int) (y - 4800), (int) ((q + 10) % 12 + 1), (int) (julian - 7834 * q / 256)};
    }

    /** The day of the week of a Julian day, Sunday = 0. */
    static int j2day(long jd) {
        long d = (jd + 1) % 7;
        return (int) (d < 0 ? d + 7 : d);
    }

    /** The Julian day of the Monday of ISO week {@code week} of ISO year {@code year}. */
    static long isoweek2j(int year, int week) {
        long day4 = date2j(year, 1, 4);
        int day0 = j2day(day4 - 1);
        return (week - 1L) * 7 + (day4 - day0);
    }
}
