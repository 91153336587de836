package org.borealis.sql.plan;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * The fields a to_timestamp/to_date template read from the input (PostgreSQL's TmFromChar): zero
 * means not given. A field given twice must be given the same value (or zero first), as
 * PostgreSQL checks.
 */
final class ToTimestampFields {

    int mode; // 0 none yet, 1 Gregorian, 2 ISO week date
    int hh;
    int pm;
    int mi;
    int ss;
    int ssss;
    int d; // day of the week, Sunday = 1
    int dd;
    int ddd;
    int mm;
    int ms;
    int year;
    int bc;
    int ww;
    int w;
    int cc;
    int j;
    int us;
    int yysz; // the digits of the year pattern: 4 for YYYY, 2 for YY ...
    boolean clock12;
    int tzsign;
    int tzh;
    int tzm;
    int ff; // the precision of an FF1-FF6 field

    /** A field's value, refused when it contradicts an earlier non-zero one. */
    static int set(int current, int value, String name) {
        if (current != 0 && current != value) {
            throw new SqlException(SqlState.INVALID_DATETIME_FORMAT, "conflicting values for \"" + name
                    + "\" field in formatting string").withDetail("This value contradicts a previous setting for the same field type.");
        }
        return value;
    }

    /** Gregorian and ISO week-date fields do not mix. */
    void mode(int m) {
        if (m == 0) {
            return;
        }
        if (mode == 0) {
            mode = m;
        } else if (mode != m) {
            throw new SqlException(SqlState.INVALID_DATETIME_FORMAT, "invalid combination of date conventions")
                    .withHint("Do not mix Gregorian and ISO week date conventions in a formatting template.");
        }
    }
}
