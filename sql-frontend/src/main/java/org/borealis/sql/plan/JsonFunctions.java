package org.borealis.sql.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.FuncExpr;
import org.borealis.sql.types.ArrayType;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.JsonNav;
import org.borealis.sql.types.JsonParser;
import org.borealis.sql.types.JsonText;
import org.borealis.sql.types.Jsonb;
import org.borealis.sql.types.PgArray;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RecordType;
import org.borealis.sql.types.Types;

/**
 * The json and jsonb scalar functions: {@code json[b]_typeof}, {@code json[b]_array_length},
 * {@code json[b]_build_object}, {@code json[b]_build_array}, {@code json[b]_object} ({@link JsonObjects}),
 * {@code to_json[b]} and
 * {@code jsonb_pretty}. SQL values become JSON as PostgreSQL's datum_to_json[b] does: numbers
 * and booleans as themselves, json/jsonb as their document, arrays as JSON arrays, timestamps in
 * ISO 8601 with a {@code T}, anything else as its text in a JSON string.
 */
final class JsonFunctions {

    private final Coercion co;

    JsonFunctions(Coercion co) {
        this.co = co;
    }

    /** The bound call, or null when {@code name} is not a json function. */
    BoundExpr call(String name, List<BoundExpr> args, int pos) {
        switch (name) {
            case "jsonb_typeof", "json_typeof": {
                BoundExpr a = one(name, args, name.startsWith("jsonb") ? Types.JSONB : Types.JSON, pos);
                return fn(name, List.of(a), Types.TEXT, (c, v) -> Jsonb.typeOf(node(a.type(), v[0])), true);
            }
            case "jsonb_array_length", "json_array_length": {
                BoundExpr a = one(name, args, name.startsWith("jsonb") ? Types.JSONB : Types.JSON, pos);
                return fn(name, List.of(a), Types.INT4, (c, v) -> {
                    Object n = node(a.type(), v[0]);
                    if (n instanceof List<?> l) {
                        return l.size();
                    }
                    throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, n instanceof Map
                            ? "cannot get array length of a non-array" : "cannot get array length of a scalar");
                }, true);
            }
            case "jsonb_set": {
                List<BoundExpr> a = pathEdit(name, args, pos);
                return fn(name, a, Types.JSONB, (c, v) -> new Jsonb(JsonNav.set(((Jsonb) v[0]).root(), ((PgArray) v[1]).items(),
                        ((Jsonb) v[2]).root(), v.length < 4 || (Boolean) v[3])), true);
            }
            case "jsonb_insert": {
                List<BoundExpr> a = pathEdit(name, args, pos);
                return fn(name, a, Types.JSONB, (c, v) -> new Jsonb(JsonNav.insert(((Jsonb) v[0]).root(), ((PgArray) v[1]).items(),
                        ((Jsonb) v[2]).root(), v.length == 4 && (Boolean) v[3])), true);
            }
            case "jsonb_extract_path", "jsonb_extract_path_text", "json_extract_path", "json_extract_path_text": {
                if (args.size() < 2) {
                    throw Functions.undefined(name, args, pos);
                }
                boolean jsonb = name.startsWith("jsonb");
                boolean text = name.endsWith("_text");
                List<BoundExpr> a = new ArrayList<>();
                a.add(one(name, args.subList(0, 1), jsonb ? Types.JSONB : Types.JSON, pos));
                for (int i = 1; i < args.size(); i++) {
                    a.add(co.coerce(args.get(i), Types.TEXT, Casts.Context.IMPLICIT, pos));
                }
                return fn(name, a, text ? Types.TEXT : a.get(0).type(), (c, v) -> {
                    List<Object> path = java.util.Arrays.asList(v).subList(1, v.length);
                    if (path.contains(null)) {
                        return null;
                    }
                    if (jsonb) {
                        Object n = JsonNav.path(((Jsonb) v[0]).root(), path);
                        return n == null ? null : text ? JsonNav.text(n) : new Jsonb(n);
                    }
                    JsonParser.Raw r = JsonNav.rawPath(JsonParser.parseRaw((String) v[0]), path);
                    return r == null ? null : text ? JsonNav.rawText(r) : r.text();
                }, false);
            }
            case "jsonb_strip_nulls": {
                BoundExpr a = one(name, args, Types.JSONB, pos);
                return fn(name, List.of(a), Types.JSONB, (c, v) -> new Jsonb(JsonNav.stripNulls(((Jsonb) v[0]).root())), true);
            }
            case "jsonb_pretty": {
                BoundExpr a = one(name, args, Types.JSONB, pos);
                return fn(name, List.of(a), Types.TEXT, (c, v) -> JsonText.pretty(((Jsonb) v[0]).root()), true);
            }
            case "to_jsonb", "to_json": {
                Functions.arity(name, args, 1, pos);
                BoundExpr a = anyArg(args.get(0), pos);
                PgType t = a.type();
                boolean jsonb = name.equals("to_jsonb");
                return fn(name, List.of(a), jsonb ? Types.JSONB : Types.JSON, (c, v) -> jsonb
                        ? new Jsonb(toNode(v[0], t, c)) : toJsonText(v[0], t, c), true);
            }
            case "row_to_json": {
                if (args.isEmpty() || args.size() > 2 || !(Coercion.typeOf(args.get(0)) instanceof RecordType rt)) {
                    throw Functions.undefined(name, args, pos);
                }
                List<BoundExpr> a = new ArrayList<>(List.of(args.get(0)));
                if (args.size() == 2) {
                    a.add(co.coerce(args.get(1), Types.BOOL, Casts.Context.IMPLICIT, pos));
                }
                return fn(name, a, Types.JSON, (c, v) -> rowText((Object[]) v[0], rt,
                        v.length > 1 && Boolean.TRUE.equals(v[1]) ? ",\n " : ",", c), true);
            }
            case "json_object", "jsonb_object": {
                if (args.isEmpty() || args.size() > 2) {
                    throw Functions.undefined(name, args, pos);
                }
                List<BoundExpr> a = new ArrayList<>();
                for (BoundExpr e : args) {
                    a.add(co.coerce(e, Types.arrayOf(Types.TEXT), Casts.Context.IMPLICIT, pos));
                }
                boolean jsonb = name.equals("jsonb_object");
                return fn(name, a, jsonb ? Types.JSONB : Types.JSON, (c, v) -> v.length == 1
                        ? JsonObjects.pairs((PgArray) v[0], jsonb)
                        : JsonObjects.keysValues((PgArray) v[0], (PgArray) v[1], jsonb), true);
            }
            case "jsonb_build_object", "json_build_object", "jsonb_build_array", "json_build_array": {
                List<BoundExpr> a = new ArrayList<>();
                for (BoundExpr e : args) {
                    a.add(anyArg(e, pos));
                }
                boolean jsonb = name.startsWith("jsonb");
                boolean object = name.endsWith("object");
                if (object && a.size() % 2 != 0) {
                    throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "argument list must have even number of elements")
                            .withHint("The arguments of " + name + "() must consist of alternating keys and values.")
                            .withPosition(pos + 1);
                }
                for (int i = 0; object && i < a.size(); i += 2) {
                    PgType kt = a.get(i).type();
                    if (kt == Types.JSON || kt == Types.JSONB || kt instanceof ArrayType) {
                        throw new SqlException(SqlState.INVALID_PARAMETER_VALUE,
                                "key value must be scalar, not array, composite, or json").withPosition(pos + 1);
                    }
                }
                PgType[] types = a.stream().map(BoundExpr::type).toArray(PgType[]::new);
                return fn(name, a, jsonb ? Types.JSONB : Types.JSON, (c, v) -> build(v, types, c, jsonb, object), false);
            }
            default:
                return null;
        }
    }

    private Object build(Object[] v, PgType[] types, ExecContext c, boolean jsonb, boolean object) {
        if (object) {
            for (int i = 0; i < v.length; i += 2) {
                if (v[i] == null) {
                    throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "argument " + (i + 1) + ": key must not be null");
                }
            }
        }
        if (jsonb) {
            if (object) {
                TreeMap<String, Object> m = new TreeMap<>(Jsonb.KEY_ORDER);
                for (int i = 0; i < v.length; i += 2) {
                    m.put(keyText(v[i], types[i], c), v[i + 1] == null ? Jsonb.NULL : toNode(v[i + 1], types[i + 1], c));
                }
                return new Jsonb(m);
            }
            List<Object> l = new ArrayList<>();
            for (int i = 0; i < v.length; i++) {
                l.add(v[i] == null ? Jsonb.NULL : toNode(v[i], types[i], c));
            }
            return new Jsonb(l);
        }
        StringBuilder b = new StringBuilder(object ? "{" : "[");
        for (int i = 0; i < v.length; i += object ? 2 : 1) {
            b.append(i > 0 ? ", " : "");
            if (object) {
                JsonText.quote(keyText(v[i], types[i], c), b);
                b.append(" : ");
            }
            int k = object ? i + 1 : i;
            b.append(v[k] == null ? "null" : toJsonText(v[k], types[k], c));
        }
        return b.append(object ? "}" : "]").toString();
    }

    private static String keyText(Object v, PgType t, ExecContext c) {
        return t == Types.BOOL ? ((Boolean) v ? "true" : "false") : t.formatText(v, c.format());
    }

    /** A SQL value as a jsonb node. */
    static Object toNode(Object v, PgType t, ExecContext c) {
        if (v == null) {
            return Jsonb.NULL;
        }
        if (t == Types.JSONB) {
            return ((Jsonb) v).root();
        }
        if (t == Types.JSON) {
            return JsonParser.parseJsonb((String) v);
        }
        if (t instanceof RecordType rt) {
            java.util.TreeMap<String, Object> m = new java.util.TreeMap<>(Jsonb.KEY_ORDER);
            Object[] f = (Object[]) v;
            for (int i = 0; i < f.length; i++) {
                m.put(rt.fields().get(i).name(), toNode(f[i], rt.fields().get(i).type(), c));
            }
            return m;
        }
        if (t instanceof ArrayType at) {
            List<Object> out = new ArrayList<>();
            for (Object o : ((PgArray) v).items()) {
                out.add(toNode(o, at.element(), c));
            }
            return out;
        }
        if (t == Types.BOOL) {
            return v;
        }
        if (Casts.numericRank(t) > 0) {
            if (nonFinite(v)) {
                return t.formatText(v, c.format());
            }
            return (BigDecimal) Types.NUMERIC.parseText(t.formatText(v, c.format()));
        }
        return scalarText(v, t, c);
    }

    /** Float and numeric NaN and infinities, which json holds as strings. */
    private static boolean nonFinite(Object v) {
        return !(v instanceof BigDecimal) && !Double.isFinite(((Number) v).doubleValue());
    }

    /** A SQL value as json text (datum_to_json). */
    static String toJsonText(Object v, PgType t, ExecContext c) {
        if (v == null) {
            return "null";
        }
        if (t == Types.JSON) {
            return (String) v;
        }
        if (t == Types.JSONB) {
            return v.toString();
        }
        if (t instanceof RecordType rt) {
            return rowText((Object[]) v, rt, ",", c);
        }
        if (t instanceof ArrayType at) {
            StringBuilder b = new StringBuilder("[");
            List<Object> items = ((PgArray) v).items();
            for (int i = 0; i < items.size(); i++) {
                b.append(i > 0 ? "," : "").append(toJsonText(items.get(i), at.element(), c));
            }
            return b.append(']').toString();
        }
        if (t == Types.BOOL) {
            return (Boolean) v ? "true" : "false";
        }
        if (Casts.numericRank(t) > 0) {
            String s = t.formatText(v, c.format());
            return nonFinite(v) ? JsonText.quote(s) : s;
        }
        return JsonText.quote(scalarText(v, t, c));
    }

    /** A row as a json object (composite_to_json): fields in order, {@code sep} between them. */
    static String rowText(Object[] v, RecordType rt, String sep, ExecContext c) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < v.length; i++) {
            b.append(i > 0 ? sep : "");
            JsonText.quote(rt.fields().get(i).name(), b);
            b.append(':').append(toJsonText(v[i], rt.fields().get(i).type(), c));
        }
        return b.append('}').toString();
    }

    private static String scalarText(Object v, PgType t, ExecContext c) {
        String s = t.formatText(v, c.format());
        if (t == Types.TIMESTAMP || t == Types.TIMESTAMPTZ) {
            s = s.replace(' ', 'T');
            if (t == Types.TIMESTAMPTZ && s.matches(".*[+-]\\d\\d")) {
                s = s + ":00";
            }
        }
        return s;
    }

    /** An argument of a polymorphic ("any") parameter: untyped literals are text. */
    private BoundExpr anyArg(BoundExpr e, int pos) {
        return Coercion.isUnknown(e) ? co.coerce(e, Types.TEXT, Casts.Context.IMPLICIT, pos) : e;
    }

    private BoundExpr one(String name, List<BoundExpr> args, PgType t, int pos) {
        Functions.arity(name, args, 1, pos);
        PgType at = Coercion.typeOf(args.get(0));
        if (at != t && !Coercion.isUnknown(args.get(0))) {
            throw Functions.undefined(name, args, pos);
        }
        return co.coerce(args.get(0), t, Casts.Context.IMPLICIT, pos);
    }

    /** The arguments of jsonb_set and jsonb_insert: (jsonb, text[], jsonb [, boolean]). */
    private List<BoundExpr> pathEdit(String name, List<BoundExpr> args, int pos) {
        if (args.size() < 3 || args.size() > 4) {
            throw Functions.undefined(name, args, pos);
        }
        List<BoundExpr> a = new ArrayList<>(List.of(jsonbArg(name, args, 0, pos),
                co.coerce(args.get(1), Types.arrayOf(Types.TEXT), Casts.Context.IMPLICIT, pos), jsonbArg(name, args, 2, pos)));
        if (args.size() == 4) {
            a.add(co.coerce(args.get(3), Types.BOOL, Casts.Context.IMPLICIT, pos));
        }
        return a;
    }

    private BoundExpr jsonbArg(String name, List<BoundExpr> args, int i, int pos) {
        PgType t = Coercion.typeOf(args.get(i));
        if (t != Types.JSONB && !Coercion.isUnknown(args.get(i))) {
            throw Functions.undefined(name, args, pos);
        }
        return co.coerce(args.get(i), Types.JSONB, Casts.Context.IMPLICIT, pos);
    }

    /** The node of a json or jsonb value. */
    static Object node(PgType t, Object v) {
        return t == Types.JSONB ? ((Jsonb) v).root() : JsonParser.parseJsonb((String) v);
    }

    private static BoundExpr fn(String name, List<BoundExpr> args, PgType t, FuncExpr.Body body, boolean strict) {
        return new FuncExpr(name, args, t, body, strict, false);
    }
}
