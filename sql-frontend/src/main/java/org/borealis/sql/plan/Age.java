package org.borealis.sql.plan;

import java.time.LocalDateTime;
import java.time.YearMonth;

import org.borealis.sql.types.Interval;

/**
 * age(a, b): the symbolic difference in years, months, days and time, as PostgreSQL's
 * timestamp_age forms it: field by field, borrowing from the next larger field, a borrowed
 * month counting the days of the month of the earlier operand.
 */
final class Age {

    private Age() {
    }

    static Interval between(LocalDateTime t1, LocalDateTime t2, boolean firstIsEarlier) {
        long fsec = t1.getNano() / 1000 - t2.getNano() / 1000;
        long sec = t1.getSecond() - t2.getSecond();
        long min = t1.getMinute() - t2.getMinute();
        long hour = t1.getHour() - t2.getHour();
        long day = t1.getDayOfMonth() - t2.getDayOfMonth();
        long mon = t1.getMonthValue() - t2.getMonthValue();
        long year = t1.getYear() - t2.getYear();
        if (firstIsEarlier) {
            fsec = -fsec;
            sec = -sec;
            min = -min;
            hour = -hour;
            day = -day;
            mon = -mon;
            year = -year;
        }
        while (fsec < 0) {
            fsec += 1_000_000;
            sec--;
        }
        while (sec < 0) {
            sec += 60;
            min--;
        }
        while (min < 0) {
            min += 60;
            hour--;
        }
        while (hour < 0) {
            hour += 24;
            day--;
        }
        while (day < 0) {
            LocalDateTime ref = firstIsEarlier ? t1 : t2;
            day += YearMonth.of(ref.getYear(), ref.getMonthValue()).lengthOfMonth();
            mon--;
        }
        while (mon < 0) {
            mon += 12;
            year--;
        }
        if (firstIsEarlier) {
            fsec = -fsec;
            sec = -sec;
            min = -min;
            hour = -hour;
            day = -day;
            mon = -mon;
            year = -year;
        }
        return Interval.of(year * 12 + mon, day, ((hour * 60 + min) * 60 + sec) * 1_000_000L + fsec);
    }
}
