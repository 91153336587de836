package org.borealis.sql.types;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/** varchar(n) ({@code character varying}): at most n characters; typmod is n + 4. */
public final class VarcharType extends StringType {

    @Override
    public int oid() {
        return 1043;
    }

    @Override
    public String typname() {
        return "varchar";
    }

    @Override
    public String displayName() {
        return "character varying";
    }

    @Override
    public Object applyTypmod(Object value, int typmod, boolean explicitCast) {
        if (typmod < 4) {
            return value;
        }
        int max = typmod - 4;
        String s = (String) value;
        if (StringType.charLength(s) <= max) {
            return s;
        }
        String head = StringType.truncate(s, max);
        if (!explicitCast && !s.substring(head.length()).isBlank()) {
            throw new SqlException(SqlState.STRING_DATA_RIGHT_TRUNCATION,
                    "value too long for type character varying(" + max + ")");
        }
        return head;
    }

    @Override
    public String formatWithTypmod(int typmod) {
        return typmod < 4 ? displayName() : displayName() + "(" + (typmod - 4) + ")";
    }
}
