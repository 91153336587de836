package org.borealis.sql.types;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * bpchar ({@code character(n)}): blank-padded to n characters; trailing spaces are insignificant
 * in comparisons, hashing and keys. typmod is n + 4.
 */
public final class BpcharType extends StringType {

    @Override
    public int oid() {
        return 1042;
    }

    @Override
    public String typname() {
        return "bpchar";
    }

    @Override
    public String displayName() {
        return "character";
    }

    @Override
    protected String comparable(String s) {
        return StringType.stripTrailingSpaces(s);
    }

    @Override
    public Object applyTypmod(Object value, int typmod, boolean explicitCast) {
        if (typmod < 4) {
            return value;
        }
        int n = typmod - 4;
        String s = (String) value;
        int len = StringType.charLength(s);
        if (len == n) {
            return s;
        }
        if (len < n) {
            return s + " ".repeat(n - len);
        }
        String head = StringType.truncate(s, n);
        if (!explicitCast && !s.substring(head.length()).isBlank()) {
            throw new SqlException(SqlState.STRING_DATA_RIGHT_TRUNCATION,
                    "value too long for type character(" + n + ")");
        }
        return head;
    }

    @Override
    public String formatWithTypmod(int typmod) {
        return typmod < 4 ? "bpchar" : "character(" + (typmod - 4) + ")";
    }
}
