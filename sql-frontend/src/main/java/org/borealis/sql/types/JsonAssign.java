package org.borealis.sql.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * jsonb subscript assignment ({@code UPDATE t SET doc['a'][2] = '1'}) as PostgreSQL 15's
 * setPath with its create, fill-gaps and consistent-position rules: an object gets the key set
 * (an integer subscript is its text); an array gets the element set, a negative index counting
 * from the end (22023 past the start), an index past the end padded with JSON nulls; a missing
 * step is created as an array when the next subscript is an integer and as an object otherwise
 * (a new array is padded to a non-negative index); a scalar in the path is 22023 "cannot replace
 * existing key"; text that is no integer on an array is 22P02.
 */
public final class JsonAssign {

    private JsonAssign() {
    }

    /** {@code root} (a jsonb tree) with the element at {@code path} set to {@code value}. */
    public static Object assign(Object root, List<String> path, Object value) {
        return at(root, path, 0, value);
    }

    private static Object at(Object node, List<String> path, int i, Object value) {
        String step = path.get(i);
        boolean last = i == path.size() - 1;
        if (node instanceof Map<?, ?> m) {
            Object next;
            if (last) {
                next = value;
            } else if (m.containsKey(step)) {
                next = at(m.get(step), path, i + 1, value);
            } else {
                next = create(path, i + 1, value);
            }
            TreeMap<String, Object> out = new TreeMap<>(Jsonb.KEY_ORDER);
            m.forEach((k, v) -> out.put((String) k, v));
            out.put(step, next);
            return out;
        }
        if (node instanceof List<?> l) {
            Integer parsed = index(step);
            if (parsed == null) {
                throw new SqlException(SqlState.INVALID_TEXT_REPRESENTATION, "path element at position " + (i + 1)
                        + " is not an integer: \"" + step + "\"");
            }
            int idx = parsed;
            int n = l.size();
            if (idx < 0) {
                if (-(long) idx > n) {
                    throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "path element at position " + (i + 1)
                            + " is out of range: " + idx);
                }
                idx += n;
            }
            List<Object> out = new ArrayList<>(l);
            if (idx < n) {
                out.set(idx, last ? value : at(l.get(idx), path, i + 1, value));
            } else {
                while (out.size() < idx) {
                    out.add(Jsonb.NULL);
                }
                out.add(last ? value : create(path, i + 1, value));
            }
            return out;
        }
        throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "cannot replace existing key")
                .withDetail("The path assumes key is a composite object, but it is a scalar value.");
    }

    /** A new container holding {@code value} at {@code path[j..]}. */
    private static Object create(List<String> path, int j, Object value) {
        String step = path.get(j);
        Object inner = j == path.size() - 1 ? value : create(path, j + 1, value);
        Integer idx = index(step);
        if (idx != null) {
            List<Object> out = new ArrayList<>();
            for (int k = 0; k < idx; k++) {
                out.add(Jsonb.NULL);
            }
            out.add(inner);
            return out;
        }
        TreeMap<String, Object> out = new TreeMap<>(Jsonb.KEY_ORDER);
        out.put(step, inner);
        return out;
    }

    private static Integer index(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
