package org.borealis.sql.exec.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.types.JsonText;
import org.borealis.sql.types.Jsonb;

/**
 * The running state of {@code json_agg}, {@code jsonb_agg}, {@code json_object_agg} and
 * {@code jsonb_object_agg}. The binder has already turned each input into json/jsonb
 * ({@code to_json}/{@code to_jsonb}), so a SQL NULL input is a JSON null here. For json_agg,
 * {@code v2} says the input was a SQL array, which PostgreSQL separates with {@code ", \n "}.
 */
final class JsonAggregates {

    private JsonAggregates() {
    }

    static boolean is(String name) {
        return switch (name) {
            case "json_agg", "jsonb_agg", "json_object_agg", "jsonb_object_agg" -> true;
            default -> false;
        };
    }

    @SuppressWarnings("unchecked")
    static Object add(String name, Object acc, Object v, Object v2) {
        switch (name) {
            case "jsonb_agg": {
                List<Object> l = acc == null ? new ArrayList<>() : (List<Object>) acc;
                l.add(v == null ? Jsonb.NULL : ((Jsonb) v).root());
                return l;
            }
            case "json_agg": {
                StringBuilder b = acc == null ? new StringBuilder("[") : ((StringBuilder) acc).append(", ");
                if (acc != null && Boolean.TRUE.equals(v2) && v != null) {
                    b.append("\n ");
                }
                return b.append(v == null ? "null" : (String) v);
            }
            case "jsonb_object_agg": {
                if (v == null) {
                    throw nullKey();
                }
                TreeMap<String, Object> m = acc == null ? new TreeMap<>(Jsonb.KEY_ORDER) : (TreeMap<String, Object>) acc;
                m.put((String) v, v2 == null ? Jsonb.NULL : ((Jsonb) v2).root());
                return m;
            }
            default: {
                if (v == null) {
                    throw nullKey();
                }
                StringBuilder b = acc == null ? new StringBuilder("{ ") : ((StringBuilder) acc).append(", ");
                JsonText.quote((String) v, b);
                return b.append(" : ").append(v2 == null ? "null" : (String) v2);
            }
        }
    }

    static Object result(String name, Object acc) {
        if (acc == null) {
            return null;
        }
        return switch (name) {
            case "jsonb_agg", "jsonb_object_agg" -> new Jsonb(acc);
            case "json_agg" -> ((StringBuilder) acc).append(']').toString();
            default -> ((StringBuilder) acc).append(" }").toString();
        };
    }

    private static SqlException nullKey() {
        return new SqlException(SqlState.INVALID_PARAMETER_VALUE, "field name must not be null");
    }
}
