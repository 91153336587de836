package org.borealis.sql.plan;

import java.util.List;
import java.util.TreeMap;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.types.JsonText;
import org.borealis.sql.types.Jsonb;
import org.borealis.sql.types.PgArray;

/**
 * {@code json_object} and {@code jsonb_object} from text arrays, as PostgreSQL 15: one array of
 * alternating keys and values, or one of keys and one of values. Values are JSON strings (a NULL
 * one is JSON null); a NULL key is 22004; an odd count 2202E, keys and values of different lengths
 * 2202E. json keeps the pairs in order, duplicates included, written {@code {"a" : "1", "b" : "2"}};
 * jsonb has unique keys (the last wins) in its storage order. Multidimensional arrays do not exist
 * here, so PostgreSQL's two-column form ({@code '{{a,1},{b,2}}'}) is not available.
 */
final class JsonObjects {

    private JsonObjects() {
    }

    /** From one array of alternating keys and values. */
    static Object pairs(PgArray kv, boolean jsonb) {
        List<Object> items = kv.items();
        if (items.size() % 2 != 0) {
            throw new SqlException(SqlState.ARRAY_SUBSCRIPT_ERROR, "array must have even number of elements");
        }
        int n = items.size() / 2;
        Object[] keys = new Object[n];
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            keys[i] = items.get(2 * i);
            values[i] = items.get(2 * i + 1);
        }
        return build(keys, values, jsonb);
    }

    /** From an array of keys and one of values, of the same length. */
    static Object keysValues(PgArray keys, PgArray values, boolean jsonb) {
        if (keys.items().size() != values.items().size()) {
            throw new SqlException(SqlState.ARRAY_SUBSCRIPT_ERROR, "mismatched array dimensions");
        }
        return build(keys.items().toArray(), values.items().toArray(), jsonb);
    }

    private static Object build(Object[] keys, Object[] values, boolean jsonb) {
        for (Object k : keys) {
            if (k == null) {
                throw new SqlException(SqlState.NULL_VALUE_NOT_ALLOWED, "null value not allowed for object key");
            }
        }
        if (jsonb) {
            TreeMap<String, Object> m = new TreeMap<>(Jsonb.KEY_ORDER);
            for (int i = 0; i < keys.length; i++) {
                m.put((String) keys[i], values[i] == null ? Jsonb.NULL : values[i]);
            }
            return new Jsonb(m);
        }
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < keys.length; i++) {
            b.append(i > 0 ? ", " : "");
            JsonText.quote((String) keys[i], b);
            b.append(" : ");
            if (values[i] == null) {
                b.append("null");
            } else {
                JsonText.quote((String) values[i], b);
            }
        }
        return b.append('}').toString();
    }
}
