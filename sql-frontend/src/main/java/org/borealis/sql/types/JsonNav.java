package org.borealis.sql.types;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * The jsonb and json operators over parsed trees: field and element access, paths, containment,
 * key existence, concatenation and deletion, each as PostgreSQL defines it. json values are
 * navigated as {@link JsonParser.Raw} trees so results keep the text as written. Returning Java
 * {@code null} means SQL NULL.
 */
public final class JsonNav {

    private JsonNav() {
    }

    /** {@code -> text} on a jsonb node: the field's value, or null. */
    public static Object field(Object node, String key) {
        return node instanceof Map<?, ?> m ? m.get(key) : null;
    }

    /** {@code -> int} on a jsonb node: the element (negative counts from the end), or null. */
    public static Object element(Object node, int index) {
        if (!(node instanceof List<?> l)) {
            return null;
        }
        int i = index < 0 ? l.size() + index : index;
        return i >= 0 && i < l.size() ? l.get(i) : null;
    }

    /**
     * A top-level scalar as PostgreSQL stores it, a one-element array: {@code 'true'::jsonb -> 0}
     * is {@code true}. Containers are returned as they are.
     */
    public static Object asArray(Object root) {
        return root instanceof Map || root instanceof List ? root : List.of(root);
    }

    /** {@code #>} on a jsonb document: follows a text[] path; null when a step is missing (a scalar has no elements here). */
    public static Object path(Object node, List<Object> path) {
        Object cur = node;
        for (Object step : path) {
            if (step == null) {
                return null;
            }
            if (cur instanceof Map) {
                cur = field(cur, (String) step);
            } else if (cur instanceof List) {
                Integer i = index((String) step);
                cur = i == null ? null : element(cur, i);
            } else {
                return null;
            }
            if (cur == null) {
                return null;
            }
        }
        return cur;
    }

    /** {@code ->} by key on json: the last field of that name, as written. */
    public static JsonParser.Raw rawField(JsonParser.Raw v, String key) {
        if (v.node() instanceof JsonParser.RawObject o) {
            for (int i = o.keys().size() - 1; i >= 0; i--) {
                if (o.keys().get(i).equals(key)) {
                    return o.values().get(i);
                }
            }
        }
        return null;
    }

    /** {@code ->} by index on json. */
    public static JsonParser.Raw rawElement(JsonParser.Raw v, int index) {
        if (v.node() instanceof List<?> l) {
            int i = index < 0 ? l.size() + index : index;
            return i >= 0 && i < l.size() ? (JsonParser.Raw) l.get(i) : null;
        }
        return null;
    }

    /**
     * {@code #>} on json. With duplicate keys every field of the name is followed, and the last
     * one (as written) that the rest of the path completes from wins, as PostgreSQL's streaming
     * json walk reports it.
     */
    public static JsonParser.Raw rawPath(JsonParser.Raw v, List<Object> path) {
        for (Object step : path) {
            if (step == null) {
                return null;
            }
        }
        return rawPathFrom(v, path, 0);
    }

    private static JsonParser.Raw rawPathFrom(JsonParser.Raw cur, List<Object> path, int i) {
        if (cur == null || i == path.size()) {
            return cur;
        }
        String step = (String) path.get(i);
        if (cur.node() instanceof JsonParser.RawObject o) {
            JsonParser.Raw found = null;
            for (int k = 0; k < o.keys().size(); k++) {
                if (o.keys().get(k).equals(step)) {
                    JsonParser.Raw r = rawPathFrom(o.values().get(k), path, i + 1);
                    if (r != null) {
                        found = r;
                    }
                }
            }
            return found;
        }
        if (cur.node() instanceof List) {
            Integer idx = index(step);
            return idx == null ? null : rawPathFrom(rawElement(cur, idx), path, i + 1);
        }
        return null;
    }

    /** {@code ->>} on json: a string's value unescaped, JSON null as SQL NULL, else the text. */
    public static String rawText(JsonParser.Raw v) {
        if (v == null || v.node() == Jsonb.NULL) {
            return null;
        }
        return v.node() instanceof String s ? s : v.text();
    }

    /** {@code ->>} on jsonb: a string's value, JSON null as SQL NULL, else the jsonb text. */
    public static String text(Object node) {
        if (node == null || node == Jsonb.NULL) {
            return null;
        }
        if (node instanceof String s) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        JsonText.print(node, b);
        return b.toString();
    }

    private static Integer index(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code a @> b} on whole documents (a top-level array contains a top-level scalar it holds). */
    public static boolean contains(Object a, Object b) {
        if (a instanceof Map != b instanceof Map) {
            return false;
        }
        if (a instanceof List && !(b instanceof List) && !(b instanceof Map)) {
            return containsIn(a, List.of(b));
        }
        if (!(a instanceof List) && b instanceof List) {
            return false;
        }
        return containsIn(a, b);
    }

    private static boolean containsIn(Object a, Object b) {
        if (a instanceof Map<?, ?> ma) {
            if (!(b instanceof Map<?, ?> mb)) {
                return false;
            }
            for (Map.Entry<?, ?> e : mb.entrySet()) {
                Object va = ma.get(e.getKey());
                if (va == null || !containedValue(va, e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> la) {
            if (!(b instanceof List<?> lb)) {
                return false;
            }
            for (Object x : lb) {
                boolean found = false;
                for (Object y : la) {
                    if (containedValue(y, x)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }
        return scalarEquals(a, b);
    }

    private static boolean containedValue(Object have, Object want) {
        if (want instanceof Map || want instanceof List) {
            return (have instanceof Map) == (want instanceof Map) && (have instanceof List) == (want instanceof List)
                    && containsIn(have, want);
        }
        return scalarEquals(have, want);
    }

    private static boolean scalarEquals(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return !(a instanceof Map) && !(a instanceof List) && a.equals(b);
    }

    /** {@code ?}: a top-level key, a string element of a top-level array, or the top-level string. */
    public static boolean exists(Object node, String key) {
        if (node instanceof Map<?, ?> m) {
            return m.containsKey(key);
        }
        if (node instanceof List<?> l) {
            return l.contains(key);
        }
        return key.equals(node);
    }

    /** {@code ||}: objects merge (the right side wins); otherwise both sides as arrays, appended. */
    public static Object concat(Object a, Object b) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            TreeMap<String, Object> out = new TreeMap<>(Jsonb.KEY_ORDER);
            ma.forEach((k, v) -> out.put((String) k, v));
            mb.forEach((k, v) -> out.put((String) k, v));
            return out;
        }
        List<Object> out = new ArrayList<>();
        addAsArray(a, out);
        addAsArray(b, out);
        return out;
    }

    private static void addAsArray(Object node, List<Object> out) {
        if (node instanceof List<?> l) {
            out.addAll(l);
        } else {
            out.add(node);
        }
    }

    /** {@code - text}: drops a key from an object or matching strings from an array. */
    public static Object deleteKey(Object node, String key) {
        if (node instanceof Map<?, ?> m) {
            TreeMap<String, Object> out = new TreeMap<>(Jsonb.KEY_ORDER);
            m.forEach((k, v) -> out.put((String) k, v));
            out.remove(key);
            return out;
        }
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l);
            out.removeIf(key::equals);
            return out;
        }
        throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete from scalar");
    }

    /** {@code - int}: drops an array element (negative counts from the end). */
    public static Object deleteIndex(Object node, int index) {
        if (node instanceof Map) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete from object using integer index");
        }
        if (!(node instanceof List<?> l)) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete from scalar");
        }
        int i = index < 0 ? l.size() + index : index;
        List<Object> out = new ArrayList<>(l);
        if (i >= 0 && i < l.size()) {
            out.remove(i);
        }
        return out;
    }

    /** jsonb_set: the document with the value at {@code path} replaced (or, with {@code create}, added). */
    public static Object set(Object root, List<Object> path, Object value, boolean create) {
        checkSettable(root, path);
        return path.isEmpty() ? root : setAt(root, path, 0, value, create);
    }

    /** A copy of object {@code m} with {@code key} set to {@code value}. */
    private static Map<String, Object> withKey(Map<?, ?> m, String key, Object value) {
        TreeMap<String, Object> out = new TreeMap<>(Jsonb.KEY_ORDER);
        m.forEach((k, v) -> out.put((String) k, v));
        out.put(key, value);
        return out;
    }

    /** Path step {@code i} (0-based) as an array index, or 22P02 as PostgreSQL. */
    private static int pathIndex(String step, int i) {
        Integer idx = index(step);
        if (idx == null) {
            throw new SqlException(SqlState.INVALID_TEXT_REPRESENTATION, "path element at position " + (i + 1)
                    + " is not an integer: \"" + step + "\"");
        }
        return idx;
    }

    /** jsonb_set and jsonb_insert: a container to change and a path without NULL steps. */
    private static void checkSettable(Object root, List<Object> path) {
        if (!(root instanceof Map) && !(root instanceof List)) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "cannot set path in scalar");
        }
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i) == null) {
                throw new SqlException(SqlState.NULL_VALUE_NOT_ALLOWED, "path element at position " + (i + 1) + " is null");
            }
        }
    }

    private static Object setAt(Object node, List<Object> path, int i, Object value, boolean create) {
        String step = (String) path.get(i);
        boolean last = i == path.size() - 1;
        if (node instanceof Map<?, ?> m) {
            if (!m.containsKey(step) && (!last || !create)) {
                return node;
            }
            return withKey(m, step, last ? value : setAt(m.get(step), path, i + 1, value, create));
        }
        if (node instanceof List<?> l) {
            int idx = pathIndex(step, i);
            int k = idx < 0 ? l.size() + idx : idx;
            List<Object> out = new ArrayList<>(l);
            if (k < 0 || k >= l.size()) {
                if (last && create) {
                    out.add(idx < 0 ? 0 : out.size(), value);
                }
                return out;
            }
            out.set(k, last ? value : setAt(l.get(k), path, i + 1, value, create));
            return out;
        }
        return node;
    }

    /**
     * jsonb_insert: {@code value} inserted at {@code path}: before (or with {@code after}, after)
     * the array element it names (an index past either end inserts at that end), or as a new key
     * of an object (22023 when the key exists). Missing intermediate steps leave the document as it is.
     */
    public static Object insert(Object root, List<Object> path, Object value, boolean after) {
        checkSettable(root, path);
        return path.isEmpty() ? root : insertAt(root, path, 0, value, after);
    }

    private static Object insertAt(Object node, List<Object> path, int i, Object value, boolean after) {
        String step = (String) path.get(i);
        boolean last = i == path.size() - 1;
        if (node instanceof Map<?, ?> m) {
            if (last && m.containsKey(step)) {
                throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "cannot replace existing key")
                        .withHint("Try using the function jsonb_set to replace key value.");
            }
            if (!last && !m.containsKey(step)) {
                return node;
            }
            return withKey(m, step, last ? value : insertAt(m.get(step), path, i + 1, value, after));
        }
        if (node instanceof List<?> l) {
            int idx = pathIndex(step, i);
            int k = idx < 0 ? l.size() + idx : idx;
            List<Object> out = new ArrayList<>(l);
            if (last) {
                out.add(k < 0 ? 0 : k >= l.size() ? l.size() : after ? k + 1 : k, value);
            } else if (k >= 0 && k < l.size()) {
                out.set(k, insertAt(l.get(k), path, i + 1, value, after));
            }
            return out;
        }
        return node;
    }

    /** {@code #-}: the document without the value at {@code path} (unchanged when the path leads nowhere). */
    public static Object deletePath(Object root, List<Object> path) {
        if (!(root instanceof Map) && !(root instanceof List)) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "cannot delete path in scalar");
        }
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i) == null) {
                throw new SqlException(SqlState.NULL_VALUE_NOT_ALLOWED, "path element at position " + (i + 1) + " is null");
            }
        }
        return path.isEmpty() ? root : deleteAt(root, path, 0);
    }

    private static Object deleteAt(Object node, List<Object> path, int i) {
        String step = (String) path.get(i);
        boolean last = i == path.size() - 1;
        if (node instanceof Map<?, ?> m) {
            if (!m.containsKey(step)) {
                return node;
            }
            if (!last) {
                return withKey(m, step, deleteAt(m.get(step), path, i + 1));
            }
            Map<String, Object> out = withKey(m, step, null);
            out.remove(step);
            return out;
        }
        if (node instanceof List<?> l) {
            int idx = pathIndex(step, i);
            int k = idx < 0 ? l.size() + idx : idx;
            if (k < 0 || k >= l.size()) {
                return node;
            }
            List<Object> out = new ArrayList<>(l);
            if (last) {
                out.remove(k);
            } else {
                out.set(k, deleteAt(l.get(k), path, i + 1));
            }
            return out;
        }
        return node;
    }

    /** jsonb_strip_nulls: object fields whose value is JSON null removed, at every level. */
    public static Object stripNulls(Object node) {
        if (node instanceof Map<?, ?> m) {
            TreeMap<String, Object> out = new TreeMap<>(Jsonb.KEY_ORDER);
            m.forEach((k, v) -> {
                if (v != Jsonb.NULL) {
                    out.put((String) k, stripNulls(v));
                }
            });
            return out;
        }
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) {
                out.add(stripNulls(o));
            }
            return out;
        }
        return node;
    }
}
