package org.borealis.sql.types;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * The casts between json, jsonb and the non-string types PostgreSQL has: json &lt;-&gt; jsonb
 * (assignment) and jsonb to boolean and the numeric types (explicit, top-level scalars only).
 * Casts to and from the string types go through the text form, as for every other type.
 */
final class JsonCasts {

    private JsonCasts() {
    }

    /** The converted value, or null when this is not a json-specific cast. */
    static Object convert(Object v, PgType from, PgType to, TextFormat fmt) {
        if (from == Types.JSON && to == Types.JSONB) {
            return Jsonb.parse((String) v);
        }
        if (from == Types.JSONB && to == Types.JSON) {
            return v.toString();
        }
        if (from != Types.JSONB) {
            return null;
        }
        Object root = ((Jsonb) v).root();
        if (to == Types.BOOL) {
            if (root instanceof Boolean b) {
                return b;
            }
            throw cannotCast(root, to);
        }
        if (Casts.numericRank(to) > 0) {
            if (root instanceof BigDecimal d) {
                return Casts.convert(d, Types.NUMERIC, to, fmt);
            }
            throw cannotCast(root, to);
        }
        return null;
    }

    private static SqlException cannotCast(Object root, PgType to) {
        String kind = root instanceof Map ? "object" : root instanceof List ? "array" : root instanceof String ? "string"
                : root instanceof BigDecimal ? "numeric" : root instanceof Boolean ? "boolean" : "null";
        return new SqlException(SqlState.INVALID_PARAMETER_VALUE, "cannot cast jsonb " + kind + " to type " + to.displayName());
    }
}
